import type { Dataset } from '../format/schema';
import { attributeTypes, describeSources, edgeAttributes, nodeAttributes, type Scalar } from './attributes';
import { timeBasisField, timeFields, writeGexf, type GexfAttribute, type Presence, type TimeSpan } from './formats';
import { datasetPresences, recordTimes, type Times } from './times';

/** The attributes of these elements (their `label` aside), declared, and each element's values in that order. */
function declared(elements: ReadonlyArray<Record<string, Scalar>>) {
  const names = [...attributeTypes(elements)].filter(([name]) => name !== 'label');
  const attributes: GexfAttribute[] = names.map(([title, type]) => ({
    title,
    type: type === 'int' ? 'integer' : 'string',
  }));
  return { attributes, valuesOf: (element: Record<string, Scalar>) => names.map(([name]) => element[name]) };
}

/** An element's attributes and its time fields, with the basis of its presence on a timeline. */
function withTime(
  attributes: Record<string, Scalar>,
  time: TimeSpan | undefined,
  presence: Presence | undefined,
): Record<string, Scalar> {
  return { ...attributes, ...timeFields(time), ...timeBasisField(presence) };
}

/** What the graph's description says of its dynamics. */
export const GEXF_TIME_NOTE =
  'Time: a node or edge with dates of its own is present on the days they stand for (timeBasis stated); ' +
  'one without, tied to dated facts, while those hold (timeBasis inferred, the project’s inference); ' +
  'one tied to nothing dated is always present.';

/**
 * GEXF 1.3 for Gephi: the node label is the English name, the edge label the relationship type,
 * every other field an attribute (the time fields as the source gives them among them); the
 * sources are the graph's description. With dated records the graph is dynamic: each node and
 * edge is present when it holds (see `presences`), so that Gephi's timeline plays it.
 */
export function toGexf(dataset: Dataset, times: Times = recordTimes(dataset)): string {
  const presence = datasetPresences(dataset, times);
  const nodes = dataset.nodes.map((node) => ({
    id: node.id,
    presence: presence.nodes.get(node.id),
    attributes: withTime(nodeAttributes(node), times.get(node.id), presence.nodes.get(node.id)),
  }));
  const edges = dataset.relationships.map((r) => ({
    r,
    presence: presence.edges.get(r.id),
    attributes: withTime(edgeAttributes(r), times.get(r.id), presence.edges.get(r.id)),
  }));
  const nodeColumns = declared(nodes.map((node) => node.attributes));
  const edgeColumns = declared(edges.map((edge) => edge.attributes));
  const dynamic = presence.nodes.size > 0 || presence.edges.size > 0;
  return writeGexf({
    creator: 'Faire collectif',
    description: dynamic ? `${describeSources(dataset)}\n${GEXF_TIME_NOTE}` : describeSources(dataset),
    nodeAttributes: nodeColumns.attributes,
    edgeAttributes: edgeColumns.attributes,
    nodes: nodes.map(({ id, attributes, presence }) => ({
      id,
      label: String(attributes['label']),
      values: nodeColumns.valuesOf(attributes),
      ...(presence ? { presence: presence.intervals } : {}),
    })),
    edges: edges.map(({ r, attributes, presence }) => ({
      id: r.id,
      source: r.from,
      target: r.to,
      label: String(attributes['label']),
      values: edgeColumns.valuesOf(attributes),
      ...(presence ? { presence: presence.intervals } : {}),
    })),
  });
}
