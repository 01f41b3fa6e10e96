import { describe, expect, it } from 'vitest';
import { EDGE_COLUMNS, GRAPH_NODE_COLUMNS } from './projections';
import { columnsOf, toGraphEdge, toGraphNode } from './records';

describe('rows returned as lists of columns', () => {
  it('names each value by its column', () => {
    expect(columnsOf(['id', 'degree', 'codes'], ['org:a', 3, ['FR', null]])).toEqual({
      id: 'org:a',
      degree: 3,
      codes: ['FR', null],
    });
  });

  it('refuses a row that is not a list of as many columns, saying what it got', () => {
    expect(() => columnsOf(['id', 'degree'], ['org:a'])).toThrow(
      'Expected a list of 2 columns from the database, got ["org:a"]',
    );
    expect(() => columnsOf(['id'], { id: 'org:a' })).toThrow(TypeError);
  });

  it('reads an entity and a relationship as the projections list them', () => {
    const undated = [null, null, null, null, null, null, null];
    const node = [
      'org:a',
      'A union',
      'Un syndicat',
      'UNION',
      ...undated,
      ['Entity', 'Organisation'],
      4,
      ['FR', 'DE', 'FR'],
    ];
    expect(GRAPH_NODE_COLUMNS).toHaveLength(node.length);
    expect(toGraphNode(node)).toEqual({
      id: 'org:a',
      type: 'ORGANISATION',
      nameEn: 'A union',
      nameFr: 'Un syndicat',
      organisationKind: 'UNION',
      countryCodes: ['DE', 'FR'],
      degree: 4,
      time: null,
    });
    const asOf = [null, null, null, null, '2016-07-08', '2016-07-08', '2016-07-08'];
    const edge = [
      'person:b|HOLDS_ROLE|org:a',
      'HOLDS_ROLE',
      'person:b',
      'org:a',
      'inferred',
      'Chair',
      'Présidente',
      ...asOf,
    ];
    expect(EDGE_COLUMNS).toHaveLength(edge.length);
    expect(toGraphEdge(edge)).toEqual({
      id: 'person:b|HOLDS_ROLE|org:a',
      type: 'HOLDS_ROLE',
      source: 'person:b',
      target: 'org:a',
      basis: 'INFERRED',
      roleEn: 'Chair',
      roleFr: 'Présidente',
      time: {
        start: null,
        startPrecision: null,
        end: null,
        endPrecision: null,
        asOf: '2016-07-08',
        firstDay: '2016-07-08',
        lastDay: '2016-07-08',
      },
    });
  });
});
