import type { EntityType, OrganisationKind, RelationshipType } from './types';

/** Entity types in legend order. */
export const ENTITY_TYPES: readonly EntityType[] = [
  'PERSON',
  'ORGANISATION',
  'COUNTRY',
  'WORKER_TYPE',
  'ORGANISING_FORM',
  'SESSION',
  'EVENT',
];

/** Organisation kinds in legend order. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'UNION',
  'UNION_INITIATIVE',
  'COOPERATIVE',
  'ONLINE_COMMUNITY',
  'COWORKING_COLLECTIVE',
  'PROFESSIONAL_BODY',
  'RESEARCH_INSTITUTE',
  'PUBLIC_BODY',
  'NETWORK',
  'UNSPECIFIED',
];

/** Relationship types in legend order. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'HOLDS_ROLE',
  'SPEAKS_IN',
  'PART_OF',
  'ORGANISED',
  'CO_ORGANISED',
  'LEADS',
  'HELD_IN',
  'BASED_IN',
  'ORGANISES',
  'USES_FORM',
  'CONCERNS',
  'SUBTYPE_OF',
];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** Relationship ids are `from|TYPE|to`; entity ids never contain `|`. */
export function isEdgeId(id: string): boolean {
  return id.includes('|');
}
