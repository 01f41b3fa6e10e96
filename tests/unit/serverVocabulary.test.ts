import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  ID_PREFIXES,
  INTERFACE_LANGUAGES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_WORDS,
  entityTypeOf,
  type NodeLabel,
} from '@faire-collectif/seed/model';
import { ENTITY_LABELS, entityTypeOfLabels, labelsOf } from '../../api/src/data/labels';
import type * as Models from '../../api/src/data/models';
import { edgeLabel } from '../../api/src/domain/relationshipWords';
import type * as Generated from '../../api/src/generated/graphql';
import { Entity, Node } from '../../api/src/graphql/resolvers/entities';
import { nodeAttributes } from '../../seed/src/export/attributes';
import { validateDataset } from '../../seed/src/format/validate';

// Every layer of the server knows every entity and relationship type of the graph model, so a new
// label is one edit to the model (plus `npm run codegen`), and this file says what else lags behind.

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

// Compile-time: the API's unions are the generated schema enums, both ways (`npx tsc -b` fails otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<Models.EntityType, Generated.EntityType>,
  Same<Models.RelationshipType, Generated.RelationshipType>,
  Same<Models.OrganisationKind, Generated.OrganisationKind>,
  Same<Models.SessionKind, Generated.SessionKind>,
  Same<Models.Basis, Generated.Basis>,
  Same<Models.Language, Generated.Language>,
] = [true, true, true, true, true, true];

/** The fields a label needs besides the common ones, for a record the data-file schema accepts. */
const REQUIRED_FIELDS: Partial<Record<NodeLabel, Record<string, unknown>>> = {
  Organisation: { kind: 'UNION', kindBasis: 'stated' },
  Country: { code: 'DE' },
  Event: { date: '2016-07-08' },
  Session: { order: 1, kind: 'TALK' },
  CollectiveAction: {
    date: '2019-06-15',
    datePrecision: 'day',
    dateRaw: '2019/06/15',
    tags: [],
    tagsRaw: [],
    sourceUrls: ['https://example.org/report'],
    sourcesRaw: ['https://example.org/report'],
    locationsRaw: [],
  },
};

function recordOf(label: NodeLabel): Record<string, unknown> {
  const id = label === 'Country' ? 'country:DE' : `${ID_PREFIXES[label]}:one`;
  return { id, label, nameEn: label, nameFr: label, basis: 'stated', citations: ['src#a'], ...REQUIRED_FIELDS[label] };
}

describe('every layer of the server', () => {
  it('speaks the generated schema enums', () => {
    expect(sameTypes.every(Boolean)).toBe(true);
  });

  it('puts every label, and only the model’s labels, into Cypher', () => {
    expect(new Set(Object.keys(ENTITY_LABELS))).toEqual(new Set(ENTITY_TYPES));
    for (const label of NODE_LABELS) {
      expect(ENTITY_LABELS[entityTypeOf(label)]).toBe(label);
      expect(entityTypeOfLabels(['Entity', label])).toBe(entityTypeOf(label));
    }
    expect(labelsOf([...ENTITY_TYPES])).toEqual([...NODE_LABELS]);
    expect(entityTypeOfLabels(['Entity', 'Unknown'])).toBeUndefined();
  });

  it('resolves every entity type to a GraphQL object type that is an Entity and a Node', () => {
    for (const type of ENTITY_TYPES) {
      const entity = {
        type,
        provenance: { basis: 'STATED', note: null, citations: [] },
      } as unknown as Models.EntityModel;
      const name = Entity.__resolveType(entity);
      expect(Node.__resolveType(entity)).toBe(name);
      const objectType = schema.getType(name);
      expect(isObjectType(objectType), `${name} is an object type`).toBe(true);
      if (!isObjectType(objectType)) continue;
      expect(objectType.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Entity', 'Node']));
    }
  });

  it('words every relationship type in every interface language', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const edge = {
        id: 'e',
        type,
        source: 'a',
        target: 'b',
        basis: 'STATED',
        roleEn: null,
        roleFr: null,
        time: null,
      } as const;
      for (const lang of INTERFACE_LANGUAGES) expect(edgeLabel(edge, lang)).toBe(RELATIONSHIP_WORDS[type][lang]);
    }
  });

  it('accepts a data-file record of every label, and exports its label', () => {
    const nodes = NODE_LABELS.map(recordOf);
    const source = { id: 'src', title: 'A source', language: 'en', publisher: 'A publisher', date: '2016-07-08' };
    const dataset = validateDataset({ dataset: 'every-label', sources: [source], nodes, relationships: [] });
    expect(dataset.nodes.map((node) => node.label)).toEqual([...NODE_LABELS]);
    for (const node of dataset.nodes) {
      expect(nodeAttributes(node)).toMatchObject({ nodeLabel: node.label, labels: `:Entity:${node.label}` });
    }
  });
});
