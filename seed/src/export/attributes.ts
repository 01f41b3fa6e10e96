import { joinMultiValue } from '../csv/multiValue';
import type { Dataset, NodeRecord, RelationshipRecord } from '../format/schema';

export type Scalar = string | number;

/**
 * Node attributes for graph tools: `label` is the display name (English), `labels` the Neo4j labels;
 * the id is the element's own id (an `id` attribute would clash with Gephi's Id column).
 */
export function nodeAttributes(node: NodeRecord): Record<string, Scalar> {
  return {
    label: node.nameEn,
    labels: `:Entity:${node.label}`,
    nodeLabel: node.label,
    ...flatten(node, ['label', 'id']),
  };
}

/** Edge attributes: `label` is the relationship type, as graph tools display it. */
export function edgeAttributes(relationship: RelationshipRecord): Record<string, Scalar> {
  return { label: relationship.type, ...flatten(relationship, ['from', 'to', 'id']) };
}

/** Lists become `;`-separated text (as in the CSV), since GraphML and most tools lack list types. */
function flatten(fields: object, omit: readonly string[]): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || omit.includes(key)) continue;
    if (Array.isArray(value)) {
      if (value.length) out[key] = joinMultiValue(value.map(String));
    } else out[key] = typeof value === 'number' ? value : String(value);
  }
  return out;
}

/** The sources, one line each, kept as a graph attribute so provenance travels with the file. */
export function describeSources(dataset: Dataset): string {
  return dataset.sources
    .map((s) => `${s.id}: ${s.title} (${s.language}, ${s.publisher}, ${s.date}${s.url ? `, ${s.url}` : ''})`)
    .join('\n');
}
