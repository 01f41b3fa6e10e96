import { sourcesText, type ExportInput } from './exportInput';
import { escapeXml } from './xml';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int';
}

const KEYS: readonly Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'type', for: 'node', name: 'type', type: 'string' },
  { id: 'kind', for: 'node', name: 'organisationKind', type: 'string' },
  { id: 'countries', for: 'node', name: 'countryCodes', type: 'string' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'nbasis', for: 'node', name: 'basis', type: 'string' },
  { id: 'nsources', for: 'node', name: 'sources', type: 'string' },
  { id: 'elabel', for: 'edge', name: 'label', type: 'string' },
  { id: 'etype', for: 'edge', name: 'type', type: 'string' },
  { id: 'ebasis', for: 'edge', name: 'basis', type: 'string' },
  { id: 'esources', for: 'edge', name: 'sources', type: 'string' },
];

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `\n      <data key="${key}">${escapeXml(String(value))}</data>`;
}

/** The view as GraphML (directed; parallel relationships kept as separate edges), with sources. */
export function buildGraphml(input: ExportInput): string {
  const keys = KEYS.map(
    (key) => `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
  ).join('\n');
  const nodes = input.nodes
    .map((node) => {
      const provenance = input.provenance.get(node.id);
      return `    <node id="${escapeXml(node.id)}">${data('label', node.label)}${data('type', node.type)}${data(
        'kind',
        node.organisationKind,
      )}${data('countries', node.countryCodes.join(' '))}${data('degree', node.degree)}${data(
        'nbasis',
        provenance?.basis,
      )}${data('nsources', sourcesText(provenance))}\n    </node>`;
    })
    .join('\n');
  const ids = new Set(input.nodes.map((node) => node.id));
  const edges = input.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => {
      const provenance = input.provenance.get(edge.id);
      return `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(
        edge.target,
      )}">${data('elabel', edge.label)}${data('etype', edge.type)}${data('ebasis', edge.basis)}${data(
        'esources',
        sourcesText(provenance),
      )}\n    </edge>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <!-- Faire collectif, ${escapeXml(input.generatedAt)}, ${escapeXml(input.viewUrl)} -->
${keys}
  <graph id="faire-collectif" edgedefault="directed">
${nodes}${nodes && edges ? '\n' : ''}${edges}
  </graph>
</graphml>
`;
}
