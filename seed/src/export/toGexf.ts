import Graph from 'graphology';
import { write } from 'graphology-gexf';
import type { Dataset } from '../format/schema';
import { describeSources, edgeAttributes, nodeAttributes, type Scalar } from './attributes';

/**
 * GEXF 1.3 for Gephi: the node label is the English name, the edge label the relationship type,
 * every other field an attribute; the sources are the graph's description.
 */
export function toGexf(dataset: Dataset): string {
  const graph = new Graph<Record<string, Scalar>, Record<string, Scalar>>({ type: 'directed', multi: true });
  graph.setAttribute('creator', 'Faire collectif');
  graph.setAttribute('description', describeSources(dataset));
  for (const node of dataset.nodes) graph.addNode(node.id, nodeAttributes(node));
  for (const relationship of dataset.relationships) {
    graph.addDirectedEdgeWithKey(relationship.id, relationship.from, relationship.to, edgeAttributes(relationship));
  }
  return write(graph, {
    version: '1.3',
    formatNode: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
    formatEdge: (_key, { label, ...attributes }) => ({ label: String(label), attributes }),
  });
}
