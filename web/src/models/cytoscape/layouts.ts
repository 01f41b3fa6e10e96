import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { groupOf } from './elements';
import type { GraphNode } from '../types';
import type { LayoutName } from '../view/viewState';

/** Above this many entities, the hierarchical layout draws its levels as rings. */
export const HIERARCHY_AS_RINGS = 30;

/** Above this many entities, layouts run without animation and at draft quality. */
export const LARGE_VIEW = 300;

export interface LayoutContext {
  nodeCount: number;
  /** Whether the entities already have positions worth starting from (an expansion, not a new view). */
  incremental: boolean;
  /** Roots for the hierarchical layout (the selection, or the most connected entity). */
  roots: string[];
  /** Positions for the grouped-by-country layout. */
  positions?: Map<string, { x: number; y: number }>;
}

/**
 * Cytoscape layout options for a layout name, tuned to the size of the view. None fits: the
 * canvas moves to the answer once the layout is done. A new view is placed at once (its start
 * on a circle says nothing); an expansion moves the entities that stay, so the eye can follow.
 */
export function layoutOptions(name: LayoutName, context: LayoutContext): LayoutOptions {
  const large = context.nodeCount > LARGE_VIEW;
  const animate = context.incremental && !large && context.nodeCount <= 150;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        // A draft is the spectral layout alone, which only a new (randomised) run computes: fcose
        // fails on a draft that is not ("reading 'nodeIndexes'"). A large view that grows keeps its
        // positions with a short incremental run instead.
        quality: large && !context.incremental ? 'draft' : 'default',
        randomize: !context.incremental,
        animate,
        animationDuration: 400,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 65,
        nodeRepulsion: () => 5000,
        nodeSeparation: 60,
        packComponents: true,
        numIter: large ? 1200 : 2500,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        animationDuration: 400,
        fit: false,
        minNodeSpacing: 24,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (node: { degree: (includeLoops: boolean) => number }) => node.degree(false),
        levelWidth: () => 2,
      };
    case 'hierarchical':
      return {
        name: 'breadthfirst',
        directed: false,
        animate,
        animationDuration: 400,
        fit: false,
        // Levels (hops from the root) drawn top-down on small views; on larger ones a level
        // holds dozens of entities, so levels become rings around the root instead.
        circle: context.nodeCount > HIERARCHY_AS_RINGS,
        spacingFactor: context.nodeCount > HIERARCHY_AS_RINGS ? 0.9 : 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        ...(context.roots.length
          ? { roots: context.roots.map((id) => `[id = "${id.replace(/"/g, '\\"')}"]`).join(', ') }
          : {}),
      };
    case 'country':
      return {
        name: 'preset',
        positions: Object.fromEntries(context.positions ?? []),
        animate,
        animationDuration: 400,
        fit: false,
      };
  }
}

/**
 * Whether the view is a hierarchy (a forest: no chain of links closes on itself, parallel links
 * counted once). Elsewhere the hierarchical layout would draw levels and chains that are not there.
 */
export function isHierarchy(ids: Iterable<string>, links: Iterable<{ source: string; target: string }>): boolean {
  const parent = new Map<string, string>();
  for (const id of ids) parent.set(id, id);
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  const seen = new Set<string>();
  for (const { source, target } of links) {
    const pair = source < target ? `${source}\n${target}` : `${target}\n${source}`;
    if (seen.has(pair) || !parent.has(source) || !parent.has(target)) continue;
    seen.add(pair);
    const [a, b] = [root(source), root(target)];
    if (a === b) return false;
    parent.set(a, b);
  }
  return true;
}

/** Above this many entities, the force-directed layout runs in a web worker. */
export const WORKER_LAYOUT = 250;

/**
 * fcose options for a layout run in a worker: no animation or fit (the canvas fits once the
 * positions arrive), labels left out of node sizes (there is no canvas to measure them there),
 * plain values instead of functions (options cross to the worker as data).
 */
export function workerLayoutOptions(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    quality: nodeCount > LARGE_VIEW ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 90,
    nodeRepulsion: 8000,
    nodeSeparation: 90,
    packComponents: true,
    numIter: 2500,
  } as LayoutOptions;
}

/**
 * What the layout worker needs of a view, straight from its element definitions (so the request
 * can go out before the canvas has taken the elements in): entities with their size, and
 * relationships by their ends. Compound country groups are left out.
 */
export function layoutRequestElements(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const request: ElementDefinition[] = [];
  for (const { group, data, classes } of elements) {
    if (group === 'nodes') {
      if (classes !== 'group') request.push({ group: 'nodes', data: { id: data.id, size: data.size as number } });
    } else {
      request.push({
        group: 'edges',
        data: { id: data.id, source: data.source as string, target: data.target as string },
      });
    }
  }
  return request;
}

const CELL = 110;
const GROUP_GAP = 90;

/**
 * Positions for the grouped-by-country layout: one block per country (largest first, entities
 * without a country last), blocks laid out in rows, entities in a grid inside their block,
 * sorted by type then name.
 */
export function countryGroupPositions(nodes: readonly GraphNode[]): Map<string, { x: number; y: number }> {
  const groups = new Map<string | null, GraphNode[]>();
  for (const node of nodes) {
    const code = groupOf(node);
    const members = groups.get(code) ?? [];
    members.push(node);
    groups.set(code, members);
  }
  const ordered = [...groups.entries()].sort(([codeA, a], [codeB, b]) => {
    if (codeA === null) return 1;
    if (codeB === null) return -1;
    return b.length - a.length || codeA.localeCompare(codeB);
  });
  const blocksPerRow = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  ordered.forEach(([, members], index) => {
    if (index > 0 && index % blocksPerRow === 0) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    const columns = Math.max(1, Math.ceil(Math.sqrt(members.length)));
    const rows = Math.ceil(members.length / columns);
    const sorted = [...members].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
    sorted.forEach((node, position) => {
      positions.set(node.id, { x: x + (position % columns) * CELL, y: y + Math.floor(position / columns) * CELL });
    });
    x += columns * CELL + GROUP_GAP;
    rowHeight = Math.max(rowHeight, rows * CELL);
  });
  return positions;
}
