import type { ElementDefinition } from 'cytoscape';
import { communityColour, edgeLook, nodeColour } from './palette';
import { foldedWidth } from '../fold/foldedLinks';
import type { GraphEdge, GraphNode } from '../types';
import type { ColourBy } from '../view/viewState';

/** Node sizes (px) when all entities are drawn the same size. */
export const BASE_SIZE = 34;
export const MIN_SIZE = 22;
export const MAX_SIZE = 72;

/** What the mapping needs besides the graph. */
export interface ElementOptions {
  /** Metric per node in [0, 1] to size by, or null for the same size everywhere. */
  sizeMetric: Map<string, number> | null;
  colourBy: ColourBy;
  /** Community per node (when colouring by community). */
  communities: Map<string, number> | null;
  /** Wrap nodes in one compound node per country (label from `countryNames`). */
  groupByCountry: boolean;
  countryNames: Map<string, string>;
  noCountryLabel: string;
  expandedIds: ReadonlySet<string>;
  pathNodeIds: ReadonlySet<string>;
  pathEdgeIds: ReadonlySet<string>;
  /** Under a period, the word that marks what no source dates (kept as if it held at any time); null: none marked. */
  undatedMark: string | null;
}

/** The entity types a source dates (an action, an event, a session): undated ones are marked under a period. */
const DATED_TYPES: ReadonlySet<string> = new Set(['COLLECTIVE_ACTION', 'EVENT', 'SESSION']);

/** Whether an entity is a fact no source dates. */
export function isUndatedNode(node: GraphNode): boolean {
  return DATED_TYPES.has(node.type) && !node.time;
}

/** Whether a relationship is a fact no source dates (a folded link stands for actions, each dated). */
export function isUndatedEdge(edge: GraphEdge): boolean {
  return edge.type !== 'FOLDED' && !edge.time;
}

export const DEFAULT_ELEMENT_OPTIONS: ElementOptions = {
  sizeMetric: null,
  colourBy: 'type',
  communities: null,
  groupByCountry: false,
  countryNames: new Map(),
  noCountryLabel: 'No country',
  expandedIds: new Set(),
  pathNodeIds: new Set(),
  pathEdgeIds: new Set(),
  undatedMark: null,
};

/** How many characters of a collective action's title the canvas shows (its title is a sentence). */
export const ACTION_LABEL_LENGTH = 32;

/** A label cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shortLabel(label: string, max = ACTION_LABEL_LENGTH): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The id of the compound node grouping a country's entities. */
export function groupId(code: string | null): string {
  return `group:${code ?? 'none'}`;
}

/** The country an entity is grouped under: its own code for a country, else its first country. */
export function groupOf(node: GraphNode): string | null {
  return node.countryCodes[0] ?? null;
}

/** Maps the graph to Cytoscape elements: data for the stylesheet, classes for state. */
export function toElements(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  options: ElementOptions = DEFAULT_ELEMENT_OPTIONS,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  if (options.groupByCountry) {
    const codes = new Set(nodes.map(groupOf));
    const sorted = [...codes].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)));
    for (const code of sorted) {
      elements.push({
        group: 'nodes',
        data: {
          id: groupId(code),
          label: code ? (options.countryNames.get(code) ?? code) : options.noCountryLabel,
          type: 'GROUP',
        },
        classes: 'group',
        selectable: false,
        grabbable: false,
      });
    }
  }
  for (const node of nodes) {
    const metric = options.sizeMetric?.get(node.id);
    const size = options.sizeMetric ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(metric ?? 0) : BASE_SIZE;
    const community = options.communities?.get(node.id);
    const colour =
      options.colourBy === 'community' && community !== undefined
        ? communityColour(community)
        : nodeColour(node.type, node.organisationKind);
    const onPath = options.pathNodeIds.has(node.id);
    const classes = [
      options.expandedIds.has(node.id) ? 'expanded' : '',
      onPath ? 'path' : '',
      options.pathNodeIds.size > 0 && !onPath ? 'off-path' : '',
    ].filter(Boolean);
    const undated = options.undatedMark !== null && isUndatedNode(node);
    if (undated) classes.push('undated');
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.type === 'COLLECTIVE_ACTION' ? shortLabel(node.label) : node.label,
        type: node.type,
        kind: node.organisationKind ?? '',
        degree: node.degree,
        colour,
        size: Math.round(size),
        ...(undated ? { undated: options.undatedMark } : {}),
        ...(options.groupByCountry ? { parent: groupId(groupOf(node)) } : {}),
      },
      classes: classes.join(' '),
    });
  }
  const ids = new Set(nodes.map((node) => node.id));
  const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight ?? 1));
  for (const edge of edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    const look = edgeLook(edge.type);
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label,
        type: edge.type,
        basis: edge.basis,
        colour: look.colour,
        width: edge.weight === undefined ? look.width : foldedWidth(edge.weight, maxWeight),
      },
      classes: [
        options.pathEdgeIds.has(edge.id) ? 'path' : options.pathEdgeIds.size > 0 ? 'off-path' : '',
        // A folded link always shows its weight.
        edge.type === 'FOLDED' ? 'labelled' : '',
        options.undatedMark !== null && isUndatedEdge(edge) ? 'undated' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  return elements;
}
