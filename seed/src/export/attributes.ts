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

/** Each attribute name in these elements, in order of appearance: `int` where every value is an integer. */
export function attributeTypes(elements: ReadonlyArray<Record<string, Scalar>>): Map<string, 'int' | 'string'> {
  const types = new Map<string, 'int' | 'string'>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeof value === 'number' && Number.isInteger(value) ? 'int' : 'string';
      if (!types.has(name)) types.set(name, type);
      else if (types.get(name) !== type) types.set(name, 'string');
    }
  }
  return types;
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
