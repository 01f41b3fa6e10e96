import {
  TIME_BASIS_FIELD,
  TIME_FIELDS,
  presences,
  timeFields,
  writeGexf,
  type GexfAttribute,
  type Presence,
  type TimeSpan,
} from '@faire-collectif/seed/formats';
import { edgesBetweenNodes, sourcesText, type ExportInput } from './exportInput';

/** The time attributes: the dates as the source gives them, their days, and what a presence on the timeline rests on. */
const TIME_ATTRIBUTES: readonly GexfAttribute[] = [...TIME_FIELDS, TIME_BASIS_FIELD].map((title) => ({
  title,
  type: 'string',
}));

function timeValues(time: Partial<TimeSpan> | null | undefined, presence: Presence | undefined) {
  const fields = timeFields(time);
  return [...TIME_FIELDS.map((field) => fields[field]), presence?.basis];
}

const NODE_ATTRIBUTES: readonly GexfAttribute[] = [
  { title: 'type', type: 'string' },
  { title: 'organisationKind', type: 'string' },
  { title: 'countryCodes', type: 'string' },
  { title: 'degree', type: 'integer' },
  { title: 'basis', type: 'string' },
  { title: 'sources', type: 'string' },
  ...TIME_ATTRIBUTES,
];

const EDGE_ATTRIBUTES: readonly GexfAttribute[] = [
  { title: 'type', type: 'string' },
  { title: 'basis', type: 'string' },
  { title: 'sources', type: 'string' },
  ...TIME_ATTRIBUTES,
];

/**
 * The view as GEXF 1.3 (directed; parallel relationships kept), with sources as attributes and
 * the drawing on screen (positions, sizes, colours), so that Gephi opens it as it was shown. When
 * the view's entities or relationships are dated, it is dynamic, as the export command writes it
 * (see `presences`): Gephi's timeline plays it.
 */
export function buildGexf(input: ExportInput): string {
  const edges = edgesBetweenNodes(input);
  const presence = presences(input.nodes, edges);
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
        ...presenceOf(presence.nodes.get(node.id)),
        values: [
          node.type,
          node.organisationKind,
          node.countryCodes.join(' '),
          node.degree,
          provenance?.basis,
          sourcesText(provenance),
          ...timeValues(node.time, presence.nodes.get(node.id)),
        ],
      };
    }),
    edges: edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      label: edge.label,
      kind: edge.type,
      ...presenceOf(presence.edges.get(edge.id)),
      values: [
        edge.type,
        edge.basis,
        sourcesText(input.provenance.get(edge.id)),
        ...timeValues(edge.time, presence.edges.get(edge.id)),
      ],
    })),
  });
}

function presenceOf(presence: Presence | undefined) {
  return presence ? { presence: presence.intervals } : {};
}
