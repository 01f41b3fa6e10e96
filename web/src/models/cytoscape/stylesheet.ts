import type { StylesheetJson } from 'cytoscape';
import { EDGE_LOOKS, NODE_LOOKS } from './palette';
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../vocabulary';

const LARGE_VIEW_EDGES: StylesheetJson = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
  { selector: 'edge:selected, edge.path', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' } },
];

export interface StylesheetOptions {
  /**
   * Cheaper relationships for large views (see `isLargeDrawing`): straight lines from centre to
   * centre (haystack edges, which skip the curve and arrow geometry), without arrows. Selected
   * and path relationships keep their arrow.
   */
  large?: boolean;
}

/** The Cytoscape stylesheet: look by entity and relationship type, states by class. */
export function buildStylesheet({ large = false }: StylesheetOptions = {}): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 14,
        color: '#111827',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        // Labels smaller than this on screen are left out: when zoomed out, only those of the
        // answer and of the most linked entities (kept at a legible size by the canvas) remain.
        'min-zoomed-font-size': 9,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    // Mapped only where the data is there (compound country groups have neither).
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { shape: NODE_LOOKS[type].shape },
    })),
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f3f4f6',
        'background-opacity': 0.6,
        'border-color': '#9ca3af',
        'border-width': 1,
        'border-style': 'dashed',
        label: 'data(label)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-size': 14,
        'font-weight': 'bold',
        color: '#374151',
        padding: '16px',
      },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' },
    },
    // Kept under a period though no source dates it: a dashed outline, and "undated" in its tooltip.
    {
      selector: 'node.undated',
      style: { 'border-width': 3, 'border-color': '#374151', 'border-style': 'dashed' },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        width: 'data(width)',
        'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.85,
        label: '',
        'font-size': 9,
        color: '#1f2937',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge[basis = "INFERRED"]', style: { opacity: 0.5 } },
    // Folded links: no direction; an inferred one is dashed, as the legend says.
    { selector: 'edge[type = "FOLDED"]', style: { 'target-arrow-shape': 'none', 'font-size': 11 } },
    {
      selector: 'edge[type = "FOLDED"][basis = "INFERRED"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] },
    },
    { selector: 'edge.labelled, edge:selected, edge.path', style: { label: 'data(label)' } },
    ...RELATIONSHIP_TYPES.map((type) => ({
      selector: `edge[type = "${type}"]`,
      style: {
        'line-style': EDGE_LOOKS[type].line,
        'line-dash-pattern': EDGE_LOOKS[type].line === 'dotted' ? [2, 4] : [7, 4],
      },
    })),
    ...(large ? LARGE_VIEW_EDGES : []),
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#111827', 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: { width: 4, opacity: 1, 'overlay-opacity': 0, 'z-index': 20 },
    },
    {
      selector: 'node.path',
      style: { 'border-width': 4, 'border-color': '#DC2626', 'z-index': 30 },
    },
    {
      selector: 'edge.path',
      style: { width: 5, 'line-color': '#DC2626', 'target-arrow-color': '#DC2626', opacity: 1, 'z-index': 30 },
    },
    // While a path is shown, the rest of the view steps back.
    { selector: 'node.off-path', style: { opacity: 0.45 } },
    { selector: 'edge.off-path', style: { opacity: 0.2 } },
    // The answer to the question asked stands out; the rest of the view steps back.
    {
      selector: 'node.answer',
      style: { 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111827', 'z-index': 40 },
    },
    { selector: 'edge.answer', style: { opacity: 1, 'z-index': 35 } },
    { selector: 'edge.undated', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 6] } },
    { selector: 'node.dimmed', style: { opacity: 0.3, 'text-opacity': 0.6 } },
    { selector: 'edge.dimmed', style: { opacity: 0.15 } },
    // What the last step added: a ring of the path colour's complement, until the next change.
    {
      selector: 'node.added',
      style: { 'overlay-color': '#F59E0B', 'overlay-opacity': 0.3, 'overlay-padding': 6, 'overlay-shape': 'ellipse' },
    },
    // The selection's neighbours and links come forward, whatever else is dimmed.
    { selector: 'node.near', style: { opacity: 1, 'text-opacity': 1, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.near', style: { opacity: 1, width: 3, label: 'data(label)', 'z-index': 45 } },
    {
      selector: 'node:selected',
      style: {
        'border-width': 5,
        'border-color': '#2563EB',
        'overlay-color': '#2563EB',
        'overlay-opacity': 0.2,
        'overlay-padding': 8,
      },
    },
    { selector: 'node.keyboard', style: { 'overlay-color': '#2563EB', 'overlay-opacity': 0.25, 'overlay-padding': 8 } },
  ];
  return sheet;
}
