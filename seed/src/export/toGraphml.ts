import type { Dataset } from '../format/schema';
import { attributeTypes, describeSources, edgeAttributes, nodeAttributes } from './attributes';
import { timeFields, writeGraphml, type GraphmlKey } from './formats';
import { recordTimes, type Times } from './times';

/**
 * GraphML for Gephi, Cytoscape desktop, yEd: every attribute declared as a typed key (the time
 * fields of dated records among them), nodes keyed by their graph id, edges directed and keyed by
 * relationship id.
 */
export function toGraphml(dataset: Dataset, times: Times = recordTimes(dataset)): string {
  const nodes = dataset.nodes.map((node) => ({
    id: node.id,
    attributes: { ...nodeAttributes(node), ...timeFields(times.get(node.id)) },
  }));
  const edges = dataset.relationships.map((r) => ({
    id: r.id,
    source: r.from,
    target: r.to,
    attributes: { ...edgeAttributes(r), ...timeFields(times.get(r.id)) },
  }));
  const keysOf = (prefix: string, kind: GraphmlKey['for'], elements: typeof nodes): GraphmlKey[] =>
    [...attributeTypes(elements.map((e) => e.attributes))].map(([name, type]) => ({
      id: `${prefix}_${name}`,
      for: kind,
      name,
      type,
    }));
  const dataOf = (prefix: string, attributes: (typeof nodes)[number]['attributes']) =>
    Object.entries(attributes).map(([name, value]) => [`${prefix}_${name}`, value] as const);
  return writeGraphml({
    keys: [
      { id: 'g_sources', for: 'graph', name: 'sources', type: 'string' },
      ...keysOf('n', 'node', nodes),
      ...keysOf('e', 'edge', edges),
    ],
    graphData: [['g_sources', describeSources(dataset)]],
    nodes: nodes.map((node) => ({ id: node.id, data: dataOf('n', node.attributes) })),
    edges: edges.map((edge) => ({ ...edge, data: dataOf('e', edge.attributes) })),
  });
}
