import type { Dataset } from '../format/schema';
import { describeSources, edgeAttributes, nodeAttributes, type Scalar } from './attributes';

// XML 1.0 forbids most control characters even when escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Key {
  id: string;
  name: string;
  type: 'string' | 'int';
}

/** Declares one key per attribute name, typed from the values (int only if every value is one). */
function keysFor(prefix: string, elements: Record<string, Scalar>[]): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeof value === 'number' && Number.isInteger(value) ? 'int' : 'string';
      const key = keys.get(name);
      if (!key) keys.set(name, { id: `${prefix}_${name}`, name, type });
      else if (key.type !== type) key.type = 'string';
    }
  }
  return keys;
}

function data(keys: Map<string, Key>, attributes: Record<string, Scalar>, indent: string): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${indent}<data key="${keys.get(name)!.id}">${escapeXml(String(value))}</data>`)
    .join('\n');
}

/**
 * GraphML for Gephi, Cytoscape desktop, yEd: every attribute declared as a typed key, nodes keyed
 * by their graph id, edges directed and keyed by relationship id.
 */
export function toGraphml(dataset: Dataset): string {
  const nodes = dataset.nodes.map((node) => ({ id: node.id, attributes: nodeAttributes(node) }));
  const edges = dataset.relationships.map((r) => ({
    id: r.id,
    source: r.from,
    target: r.to,
    attributes: edgeAttributes(r),
  }));
  const nodeKeys = keysFor(
    'n',
    nodes.map((n) => n.attributes),
  );
  const edgeKeys = keysFor(
    'e',
    edges.map((e) => e.attributes),
  );
  const keyLine = (key: Key, kind: string) =>
    `  <key id="${escapeXml(key.id)}" for="${kind}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g_sources" for="graph" attr.name="sources" attr.type="string"/>',
    ...[...nodeKeys.values()].map((key) => keyLine(key, 'node')),
    ...[...edgeKeys.values()].map((key) => keyLine(key, 'edge')),
    '  <graph id="faire-collectif" edgedefault="directed">',
    `    <data key="g_sources">${escapeXml(describeSources(dataset))}</data>`,
    ...nodes.map((n) => `    <node id="${escapeXml(n.id)}">\n${data(nodeKeys, n.attributes, '      ')}\n    </node>`),
    ...edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n${data(edgeKeys, e.attributes, '      ')}\n    </edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
