import { NODE_LABELS, entityTypeOf, isNodeLabel, labelOf, type NodeLabel } from '@faire-collectif/seed/model';
import type { EntityType } from './models';

// The only labels that data-access code puts into Cypher text: each comes from the graph model's
// whitelist, never from a request.

export const ENTITY_LABELS: Readonly<Record<EntityType, NodeLabel>> = Object.fromEntries(
  NODE_LABELS.map((label) => [entityTypeOf(label), label]),
) as Record<EntityType, NodeLabel>;

/** The entity type named by a node's labels (besides `Entity`), if any. */
export function entityTypeOfLabels(labels: readonly string[]): EntityType | undefined {
  const label = labels.find(isNodeLabel);
  return label === undefined ? undefined : entityTypeOf(label);
}

/** The labels of these entity types, for `any(l IN labels(n) WHERE l IN $labels)`. */
export function labelsOf(types: readonly EntityType[]): NodeLabel[] {
  return types.map(labelOf);
}
