import type { Dataset } from '../format/schema';
import { attributeTypes, describeSources, edgeAttributes, nodeAttributes, type Scalar } from './attributes';
import { writeGexf, type GexfAttribute } from './formats';

/** The attributes of these elements (their `label` aside), declared, and each element's values in that order. */
function declared(elements: ReadonlyArray<Record<string, Scalar>>) {
  const names = [...attributeTypes(elements)].filter(([name]) => name !== 'label');
  const attributes: GexfAttribute[] = names.map(([title, type]) => ({
    title,
    type: type === 'int' ? 'integer' : 'string',
  }));
  return { attributes, valuesOf: (element: Record<string, Scalar>) => names.map(([name]) => element[name]) };
}

/**
 * GEXF 1.3 for Gephi: the node label is the English name, the edge label the relationship type,
 * every other field an attribute; the sources are the graph's description.
 */
export function toGexf(dataset: Dataset): string {
  const nodes = dataset.nodes.map((node) => ({ id: node.id, attributes: nodeAttributes(node) }));
  const edges = dataset.relationships.map((r) => ({ r, attributes: edgeAttributes(r) }));
  const nodeColumns = declared(nodes.map((node) => node.attributes));
  const edgeColumns = declared(edges.map((edge) => edge.attributes));
  return writeGexf({
    creator: 'Faire collectif',
    description: describeSources(dataset),
    nodeAttributes: nodeColumns.attributes,
    edgeAttributes: edgeColumns.attributes,
    nodes: nodes.map(({ id, attributes }) => ({
      id,
      label: String(attributes['label']),
      values: nodeColumns.valuesOf(attributes),
    })),
    edges: edges.map(({ r, attributes }) => ({
      id: r.id,
      source: r.from,
      target: r.to,
      label: String(attributes['label']),
      values: edgeColumns.valuesOf(attributes),
    })),
  });
}
