import type { DayInterval } from './time';
import { isEmpty, type FormatValue } from './values';
import { escapeXml } from './xml';

export interface GexfAttribute {
  /** The attribute's name, as tools show it. */
  title: string;
  type: 'string' | 'integer';
}

/** How a node is drawn: where (layout coordinates), how large, in what colour (`#rrggbb`). */
export interface GexfViz {
  x: number;
  y: number;
  size?: number;
  colour?: string;
}

/**
 * When a node or an edge is present, as days (`YYYY-MM-DD`, both included; null: open): one
 * interval becomes its `start`/`end`, several its `spells`. Without it, it is always present.
 */
export type GexfPresence = readonly DayInterval[];

export interface GexfDocument {
  creator: string;
  description: string;
  /** ISO date (YYYY-MM-DD) of the meta element, when the file should carry one. */
  lastModified?: string;
  nodeAttributes: readonly GexfAttribute[];
  edgeAttributes: readonly GexfAttribute[];
  /**
   * `values` in the order of the attributes declared; empty ones are left out. `viz` carries the
   * drawing, so that Gephi opens the graph laid out and coloured as it was shown.
   */
  nodes: ReadonlyArray<{
    id: string;
    label: string;
    values: readonly FormatValue[];
    viz?: GexfViz;
    presence?: GexfPresence;
  }>;
  /** Directed; parallel edges stay separate. `kind` is GEXF's edge kind (the relationship type). */
  edges: ReadonlyArray<{
    id: string;
    source: string;
    target: string;
    label: string;
    kind?: string;
    values: readonly FormatValue[];
    presence?: GexfPresence;
  }>;
}

/** Intervals that bound something: an interval open at both ends holds always, as does an element without any. */
function bounded(presence: GexfPresence | undefined): readonly DayInterval[] {
  if (!presence || presence.some((interval) => interval.start === null && interval.end === null)) return [];
  return presence;
}

function bounds(interval: DayInterval): string {
  return (
    (interval.start === null ? '' : ` start="${escapeXml(interval.start)}"`) +
    (interval.end === null ? '' : ` end="${escapeXml(interval.end)}"`)
  );
}

/** The `start`/`end` attributes of an element present in one interval. */
function presenceAttributes(presence: GexfPresence | undefined): string {
  const intervals = bounded(presence);
  return intervals.length === 1 ? bounds(intervals[0]!) : '';
}

/** The `spells` of an element present in several intervals. */
function spells(presence: GexfPresence | undefined): string {
  const intervals = bounded(presence);
  if (intervals.length < 2) return '';
  const items = intervals.map((interval) => `\n          <spell${bounds(interval)}/>`).join('');
  return `\n        <spells>${items}\n        </spells>`;
}

function attvalues(values: readonly FormatValue[]): string {
  const items = values
    .map((value, index) =>
      isEmpty(value) ? '' : `\n          <attvalue for="${index}" value="${escapeXml(String(value))}"/>`,
    )
    .join('');
  return items ? `\n        <attvalues>${items}\n        </attvalues>` : '';
}

function rgb(colour: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : null;
}

/** Finite numbers only, rounded to hundredths (NaN or infinity would make the file unreadable). */
function coordinate(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
}

function vizElements(viz: GexfViz | undefined): string {
  if (!viz) return '';
  // GEXF's y axis points up, the screen's down.
  const parts = [`\n        <viz:position x="${coordinate(viz.x)}" y="${coordinate(-viz.y)}" z="0"/>`];
  if (viz.size !== undefined) parts.push(`\n        <viz:size value="${coordinate(viz.size)}"/>`);
  const colour = viz.colour === undefined ? null : rgb(viz.colour);
  if (colour) parts.push(`\n        <viz:color r="${colour[0]}" g="${colour[1]}" b="${colour[2]}"/>`);
  return parts.join('');
}

function declarations(kind: 'node' | 'edge', attributes: readonly GexfAttribute[]): string {
  const lines = attributes
    .map(({ title, type }, index) => `      <attribute id="${index}" title="${escapeXml(title)}" type="${type}"/>`)
    .join('\n');
  return `    <attributes class="${kind}">\n${lines}\n    </attributes>`;
}

/**
 * GEXF 1.3 for Gephi: labels, declared attributes and their values, the drawing of nodes that
 * have one (viz), directed edges keyed by id. When some node or edge has a presence, the graph is
 * dynamic (dates as `YYYY-MM-DD`, inclusive intervals), so that Gephi's timeline plays it.
 */
export function writeGexf(document: GexfDocument): string {
  const nodes = document.nodes.map(
    (node) =>
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}"${presenceAttributes(
        node.presence,
      )}>${attvalues(node.values)}${spells(node.presence)}${vizElements(node.viz)}\n      </node>`,
  );
  const edges = document.edges.map((edge) => {
    const kind = edge.kind === undefined ? '' : ` kind="${escapeXml(edge.kind)}"`;
    return `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(
      edge.target,
    )}" label="${escapeXml(edge.label)}"${kind}${presenceAttributes(edge.presence)}>${attvalues(edge.values)}${spells(
      edge.presence,
    )}\n      </edge>`;
  });
  const dynamic = [...document.nodes, ...document.edges].some((element) => bounded(element.presence).length > 0);
  const mode = dynamic ? 'mode="dynamic" timeformat="date"' : 'mode="static"';
  const modified = document.lastModified === undefined ? '' : ` lastmodifieddate="${escapeXml(document.lastModified)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${modified}>`,
    `    <creator>${escapeXml(document.creator)}</creator>`,
    `    <description>${escapeXml(document.description)}</description>`,
    '  </meta>',
    `  <graph defaultedgetype="directed" ${mode}>`,
    declarations('node', document.nodeAttributes),
    declarations('edge', document.edgeAttributes),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
