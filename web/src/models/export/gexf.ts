import { sourcesText, type ExportInput } from './exportInput';
import { escapeXml } from './xml';

const NODE_ATTRIBUTES = [
  ['0', 'type', 'string'],
  ['1', 'organisationKind', 'string'],
  ['2', 'countryCodes', 'string'],
  ['3', 'degree', 'integer'],
  ['4', 'basis', 'string'],
  ['5', 'sources', 'string'],
] as const;

const EDGE_ATTRIBUTES = [
  ['0', 'type', 'string'],
  ['1', 'basis', 'string'],
  ['2', 'sources', 'string'],
] as const;

function attvalues(values: (string | number | null | undefined)[]): string {
  const items = values
    .map((value, index) =>
      value === null || value === undefined || value === ''
        ? ''
        : `\n          <attvalue for="${index}" value="${escapeXml(String(value))}"/>`,
    )
    .join('');
  return items ? `\n        <attvalues>${items}\n        </attvalues>` : '';
}

function declarations(kind: 'node' | 'edge', attributes: readonly (readonly [string, string, string])[]): string {
  const lines = attributes
    .map(([id, title, type]) => `      <attribute id="${id}" title="${title}" type="${type}"/>`)
    .join('\n');
  return `    <attributes class="${kind}">\n${lines}\n    </attributes>`;
}

/** The view as GEXF 1.3 (directed; parallel relationships kept), with sources as attributes. */
export function buildGexf(input: ExportInput): string {
  const nodes = input.nodes
    .map((node) => {
      const provenance = input.provenance.get(node.id);
      return `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">${attvalues([
        node.type,
        node.organisationKind,
        node.countryCodes.join(' '),
        node.degree,
        provenance?.basis,
        sourcesText(provenance),
      ])}\n      </node>`;
    })
    .join('\n');
  const ids = new Set(input.nodes.map((node) => node.id));
  const edges = input.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => {
      const provenance = input.provenance.get(edge.id);
      return `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(
        edge.target,
      )}" label="${escapeXml(edge.label)}" kind="${escapeXml(edge.type)}">${attvalues([
        edge.type,
        edge.basis,
        sourcesText(provenance),
      ])}\n      </edge>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta lastmodifieddate="${escapeXml(input.generatedAt.slice(0, 10))}">
    <creator>Faire collectif</creator>
    <description>${escapeXml(input.viewUrl)}</description>
  </meta>
  <graph defaultedgetype="directed" mode="static">
${declarations('node', NODE_ATTRIBUTES)}
${declarations('edge', EDGE_ATTRIBUTES)}
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>
`;
}
