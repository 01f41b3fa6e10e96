import { writeGexf, type GexfAttribute } from '@faire-collectif/seed/formats';
import { sourcesText, type ExportInput } from './exportInput';

const NODE_ATTRIBUTES: readonly GexfAttribute[] = [
  { title: 'type', type: 'string' },
  { title: 'organisationKind', type: 'string' },
  { title: 'countryCodes', type: 'string' },
  { title: 'degree', type: 'integer' },
  { title: 'basis', type: 'string' },
  { title: 'sources', type: 'string' },
];

const EDGE_ATTRIBUTES: readonly GexfAttribute[] = [
  { title: 'type', type: 'string' },
  { title: 'basis', type: 'string' },
  { title: 'sources', type: 'string' },
];

/**
 * The view as GEXF 1.3 (directed; parallel relationships kept), with sources as attributes and
 * the drawing on screen (positions, sizes, colours), so that Gephi opens it as it was shown.
 */
export function buildGexf(input: ExportInput): string {
  const ids = new Set(input.nodes.map((node) => node.id));
  return writeGexf({
    creator: 'Faire collectif',
    description: input.viewUrl,
    lastModified: input.generatedAt.slice(0, 10),
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes: input.nodes.map((node) => {
      const provenance = input.provenance.get(node.id);
      const drawn = input.drawing?.get(node.id);
      return {
        id: node.id,
        label: node.label,
        ...(drawn ? { viz: { x: drawn.x, y: drawn.y, size: drawn.size, colour: drawn.colour } } : {}),
        values: [
          node.type,
          node.organisationKind,
          node.countryCodes.join(' '),
          node.degree,
          provenance?.basis,
          sourcesText(provenance),
        ],
      };
    }),
    edges: input.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label,
        kind: edge.type,
        values: [edge.type, edge.basis, sourcesText(input.provenance.get(edge.id))],
      })),
  });
}
