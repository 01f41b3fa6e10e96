import { describe, expect, it } from 'vitest';
import { EDGES, NODES, node } from '../../test/fixtures';
import { entityRows, nextSort, relationshipRows, sortRows } from './table';

describe('table rows', () => {
  it('describes entities in the interface language', () => {
    const [row] = entityRows([NODES[0]!], 'FR');
    expect(row).toEqual({
      id: 'org:ig-metall',
      name: 'IG Metall',
      type: 'Organisation',
      kind: 'Syndicat',
      countries: 'DE',
      degree: 5,
    });
  });

  it('sorts by name with accents in their place, and by number', () => {
    const rows = entityRows(
      [node('person:z', 'Zoé'), node('person:e', 'Émile'), node('person:a', 'Anne', { degree: 9 })],
      'FR',
    );
    expect(sortRows(rows, { column: 'name', direction: 'ascending' }, 'FR', 'name').map((row) => row.name)).toEqual([
      'Anne',
      'Émile',
      'Zoé',
    ]);
    expect(sortRows(rows, { column: 'degree', direction: 'descending' }, 'FR', 'name')[0]!.name).toBe('Anne');
  });

  it('describes relationships with both ends', () => {
    const rows = relationshipRows(EDGES, NODES, 'EN');
    expect(rows[3]).toMatchObject({
      from: 'Robert Fuss',
      relationship: 'holds a role at',
      label: 'Leader',
      to: 'FairCrowdWork Watch',
      basis: 'stated',
    });
  });

  it('flips the direction on a second click', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'degree', true)).toEqual({
      column: 'degree',
      direction: 'descending',
    });
  });
});
