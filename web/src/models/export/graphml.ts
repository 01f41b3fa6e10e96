import { TIME_FIELDS, timeFields, writeGraphml, type GraphmlKey, type TimeSpan } from '@faire-collectif/seed/formats';
import { edgesBetweenNodes, sourcesText, type ExportInput } from './exportInput';

/** The time of dated entities and relationships, under the export command's names (`timeStart`…). */
const TIME_KEYS: readonly GraphmlKey[] = (['node', 'edge'] as const).flatMap((kind) =>
  TIME_FIELDS.map((name) => ({
    id: `${kind === 'node' ? 'n' : 'e'}${name}`,
    for: kind,
    name,
    type: 'string' as const,
  })),
);

function timeData(kind: 'node' | 'edge', time: Partial<TimeSpan> | null | undefined) {
  const fields = timeFields(time);
  return TIME_FIELDS.map((name) => [`${kind === 'node' ? 'n' : 'e'}${name}`, fields[name]] as const);
}

const KEYS: readonly GraphmlKey[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'kind', for: 'node', name: 'organisationKind', type: 'string' },
  { id: 'countries', for: 'node', name: 'countryCodes', type: 'string' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'nbasis', for: 'node', name: 'basis', type: 'string' },
  { id: 'nsources', for: 'node', name: 'sources', type: 'string' },
  // The drawing on screen, under the names Gephi and Cytoscape desktop read as position, size and colour.
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
  { id: 'size', for: 'node', name: 'size', type: 'double' },
  { id: 'r', for: 'node', name: 'r', type: 'int' },
  { id: 'g', for: 'node', name: 'g', type: 'int' },
  { id: 'b', for: 'node', name: 'b', type: 'int' },
  { id: 'elabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'etype', for: 'edge', name: 'type', type: 'string' },
  { id: 'ebasis', for: 'edge', name: 'basis', type: 'string' },
  { id: 'esources', for: 'edge', name: 'sources', type: 'string' },
  ...TIME_KEYS,
];

/** The view as GraphML (directed; parallel relationships kept as separate edges), with sources and dates. */
export function buildGraphml(input: ExportInput): string {
  return writeGraphml({
    keys: KEYS,
    comment: `Faire collectif, ${input.generatedAt}, ${input.viewUrl}`,
    nodes: input.nodes.map((node) => {
      const provenance = input.provenance.get(node.id);
      const drawn = input.drawing?.get(node.id);
      const colour = drawn ? /^#(..)(..)(..)$/.exec(drawn.colour) : null;
      return {
        id: node.id,
        data: [
          ['x', drawn ? Math.round(drawn.x * 100) / 100 : undefined],
          ['y', drawn ? Math.round(drawn.y * 100) / 100 : undefined],
          ['size', drawn?.size],
          ['r', colour ? parseInt(colour[1]!, 16) : undefined],
          ['g', colour ? parseInt(colour[2]!, 16) : undefined],
          ['b', colour ? parseInt(colour[3]!, 16) : undefined],
          ['label', node.label],
          ['type', node.type],
          ['kind', node.organisationKind],
          ['countries', node.countryCodes.join(' ')],
          ['degree', node.degree],
          ['nbasis', provenance?.basis],
          ['nsources', sourcesText(provenance)],
          ...timeData('node', node.time),
        ],
      };
    }),
    edges: edgesBetweenNodes(input).map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      data: [
        ['elabel', edge.label],
        ['etype', edge.type],
        ['ebasis', edge.basis],
        ['esources', sourcesText(input.provenance.get(edge.id))],
        ...timeData('edge', edge.time),
      ],
    })),
  });
}
