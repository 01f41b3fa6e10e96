import { isEmpty, type FormatValue } from './values';
import { escapeXml } from './xml';

export interface GraphmlKey {
  id: string;
  for: 'graph' | 'node' | 'edge';
  /** The attribute's name, as tools show it. */
  name: string;
  type: 'string' | 'int' | 'double';
}

/** Values by key id; empty values are left out. */
export type GraphmlData = ReadonlyArray<readonly [string, FormatValue]>;

export interface GraphmlDocument {
  keys: readonly GraphmlKey[];
  /** A comment after the root element's opening tag (who made the file, from what). */
  comment?: string;
  /** Data of the graph itself. */
  graphData?: GraphmlData;
  nodes: ReadonlyArray<{ id: string; data: GraphmlData }>;
  /** Directed; parallel edges stay separate. */
  edges: ReadonlyArray<{ id: string; source: string; target: string; data: GraphmlData }>;
}

function data(values: GraphmlData, indent: string): string {
  return values
    .filter(([, value]) => !isEmpty(value))
    .map(([key, value]) => `\n${indent}<data key="${escapeXml(key)}">${escapeXml(String(value))}</data>`)
    .join('');
}

/** GraphML for Gephi, Cytoscape desktop and yEd: declared keys, directed edges keyed by id. */
export function writeGraphml(document: GraphmlDocument): string {
  const keys = document.keys.map(
    (key) =>
      `  <key id="${escapeXml(key.id)}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`,
  );
  const nodes = document.nodes.map(
    (node) => `    <node id="${escapeXml(node.id)}">${data(node.data, '      ')}\n    </node>`,
  );
  const edges = document.edges.map(
    (edge) =>
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data(
        edge.data,
        '      ',
      )}\n    </edge>`,
  );
  const graphData = data(document.graphData ?? [], '    ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...(document.comment === undefined ? [] : [`  <!-- ${escapeXml(document.comment).replace(/--/g, '- -')} -->`]),
    ...keys,
    `  <graph id="faire-collectif" edgedefault="directed">${graphData}`,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
