import {
  ENTITY_TYPES as MODEL_ENTITY_TYPES,
  ORGANISATION_KINDS as MODEL_ORGANISATION_KINDS,
  RELATIONSHIP_TYPES as MODEL_RELATIONSHIP_TYPES,
} from '@faire-collectif/seed/model';
import type { EntityType, OrganisationKind, RelationshipType } from './types';

// The lists come from the graph model, in its order, which is also the legend's: a type added
// there shows up in the legend, the stylesheet and the filters without an edit here.

/** Entity types in legend order. */
export const ENTITY_TYPES: readonly EntityType[] = MODEL_ENTITY_TYPES;

/** Organisation kinds in legend order. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = MODEL_ORGANISATION_KINDS;

/** Relationship types in legend order. */
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = MODEL_RELATIONSHIP_TYPES;

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** Relationship ids are `from|TYPE|to`; entity ids never contain `|`. */
export function isEdgeId(id: string): boolean {
  return id.includes('|');
}
