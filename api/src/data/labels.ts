import type { EntityType } from './models';

// The only labels that data-access code puts into Cypher text: each comes from this whitelist,
// never from a request.

export const ENTITY_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  ORGANISATION: 'Organisation',
  COUNTRY: 'Country',
  WORKER_TYPE: 'WorkerType',
  ORGANISING_FORM: 'OrganisingForm',
  SESSION: 'Session',
  EVENT: 'Event',
};

const TYPE_OF_LABEL = new Map(Object.entries(ENTITY_LABELS).map(([type, label]) => [label, type as EntityType]));

/** The entity type named by a node's labels (besides `Entity`), if any. */
export function entityTypeOfLabels(labels: readonly string[]): EntityType | undefined {
  for (const label of labels) {
    const type = TYPE_OF_LABEL.get(label);
    if (type !== undefined) return type;
  }
  return undefined;
}

/** The labels of these entity types, for `any(l IN labels(n) WHERE l IN $labels)`. */
export function labelsOf(types: readonly EntityType[]): string[] {
  return types.map((type) => ENTITY_LABELS[type]);
}
