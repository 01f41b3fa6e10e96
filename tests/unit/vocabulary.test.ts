import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ENTITY_TYPES,
  ENTITY_TYPE_WORDS,
  INTERFACE_LANGUAGES,
  NODE_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_KIND_WORDS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_WORDS,
  SESSION_KINDS,
  SESSION_KIND_WORDS,
  entityTypeOf,
  isEntityType,
  labelOf,
} from '@faire-collectif/seed/model';

// The model is the one source of the domain's vocabulary: every layer must know every value of it.

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

function enumValues(name: string): string[] {
  return (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);
}

describe('the graph model and the GraphQL schema', () => {
  it('name the same entity types, relationship types, organisation and session kinds', () => {
    expect(new Set(enumValues('EntityType'))).toEqual(new Set(ENTITY_TYPES));
    expect(new Set(enumValues('RelationshipType'))).toEqual(new Set(RELATIONSHIP_TYPES));
    expect(new Set(enumValues('OrganisationKind'))).toEqual(new Set(ORGANISATION_KINDS));
    expect(new Set(enumValues('SessionKind'))).toEqual(new Set(SESSION_KINDS));
    expect(new Set(enumValues('Language'))).toEqual(new Set(INTERFACE_LANGUAGES));
  });

  it('documents every enum value of the vocabulary in the schema', () => {
    for (const name of ['EntityType', 'RelationshipType', 'OrganisationKind', 'SessionKind']) {
      const undocumented = (schema.getType(name) as GraphQLEnumType)
        .getValues()
        .filter((value) => !value.description?.trim());
      expect(undocumented.map((value) => `${name}.${value.name}`)).toEqual([]);
    }
  });
});

describe('the vocabulary', () => {
  it('maps labels and entity types both ways', () => {
    for (const label of NODE_LABELS) {
      const type = entityTypeOf(label);
      expect(type).toMatch(/^[A-Z]+(_[A-Z]+)*$/);
      expect(isEntityType(type)).toBe(true);
      expect(labelOf(type)).toBe(label);
    }
    expect(entityTypeOf('WorkerType')).toBe('WORKER_TYPE');
    expect(isEntityType('Worker_Type')).toBe(false);
  });

  it('words every controlled value in every interface language, distinctly', () => {
    const tables = [
      Object.values(ENTITY_TYPE_WORDS).map((words) => words.one),
      Object.values(ENTITY_TYPE_WORDS).map((words) => words.many),
      Object.values(RELATIONSHIP_WORDS),
      Object.values(ORGANISATION_KIND_WORDS),
      Object.values(SESSION_KIND_WORDS),
    ];
    for (const table of tables) {
      for (const lang of INTERFACE_LANGUAGES) {
        const words = table.map((wording) => wording[lang]);
        expect(words.every((word) => word.trim().length > 0)).toBe(true);
        expect(new Set(words).size).toBe(words.length);
      }
    }
  });
});
