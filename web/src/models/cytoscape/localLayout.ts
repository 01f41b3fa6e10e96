import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import { hashText, layoutSeed, seededRandom, withSeededRandom } from './seededRandom';

type Point = { x: number; y: number };

/**
 * What a local layout needs: the new entities (free) and the drawn entities they are linked to
 * (fixed where they are), with their positions and sizes, and the relationships among them.
 */
export interface LocalLayoutRequest {
  elements: ElementDefinition[];
  /** The ids of the entities that must not move. */
  fixed: string[];
}

/** Above this many new entities, the refinement is shorter: they already sit by their neighbours. */
const MANY_NEW = 60;

/**
 * The part of the drawing a local layout works on: the new entities and their drawn neighbours
 * (not those fading out), read off the canvas once, so that the layout can run in the worker.
 */
export function localLayoutRequest(cy: Core, addedIds: readonly string[]): LocalLayoutRequest | null {
  const wanted = new Set(addedIds);
  const added = cy.nodes().filter((node) => wanted.has(node.id()));
  if (added.empty()) return null;
  const local = added.union(added.neighborhood().not('.leaving')).not('.group');
  const nodes = local.nodes();
  const elements: ElementDefinition[] = nodes.map((node) => ({
    group: 'nodes',
    data: { id: node.id(), size: node.data('size') as number },
    position: { ...node.position() },
  }));
  local.edges().forEach((edge) => {
    if (nodes.contains(edge.source()) && nodes.contains(edge.target()))
      elements.push({
        group: 'edges',
        data: { id: edge.id(), source: edge.source().id(), target: edge.target().id() },
      });
  });
  const fixed = nodes
    .difference(added)
    .map((node) => node.id())
    .filter((id) => !wanted.has(id));
  return { elements, fixed };
}

/**
 * fcose options for a local layout: from where the new entities were placed, a bounded
 * refinement (fewer iterations and less energy when many are new), the others fixed.
 */
export function localLayoutOptions(request: LocalLayoutRequest, freeCount: number): LayoutOptions {
  const fixedNodeConstraint = request.fixed.map((nodeId) => {
    const element = request.elements.find((candidate) => candidate.data.id === nodeId);
    return { nodeId, position: { ...(element?.position ?? { x: 0, y: 0 }) } };
  });
  return {
    name: 'fcose',
    quality: 'default',
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    idealEdgeLength: 65,
    nodeRepulsion: 5000,
    nodeSeparation: 60,
    packComponents: false,
    numIter: freeCount > MANY_NEW ? 120 : 600,
    initialEnergyOnIncremental: freeCount > MANY_NEW ? 0.15 : 0.3,
    ...(fixedNodeConstraint.length ? { fixedNodeConstraint } : {}),
  } as unknown as LayoutOptions;
}

/**
 * Runs a local layout on a headless Cytoscape (with fcose registered) and answers the new
 * positions of the free entities only: the fixed ones stay exactly where the canvas has them.
 */
export function runLocalLayout(
  cytoscape: (options: object) => Core,
  request: LocalLayoutRequest,
): Record<string, Point> {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // Copies: Cytoscape moves the position objects it is given.
    elements: request.elements.map((element) => ({
      ...element,
      ...(element.position ? { position: { ...element.position } } : {}),
    })),
    style: [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } }],
    // The positions given, not Cytoscape's default start (everything at the origin).
    layout: { name: 'preset' },
  });
  const fixed = new Set(request.fixed);
  const free = cy.nodes().filter((node) => !fixed.has(node.id()));
  try {
    withSeededRandom(layoutSeed(free.map((node) => node.id())), () =>
      cy.layout(localLayoutOptions(request, free.length)).run(),
    );
  } catch (error) {
    // The free entities stay where they were placed, by their neighbours: still readable.
    console.warn('The local layout could not run.', error);
  }
  const positions: Record<string, Point> = {};
  free.forEach((node) => {
    positions[node.id()] = { ...(node as NodeSingular).position() };
  });
  cy.destroy();
  return positions;
}

/**
 * Where each new entity starts: at the barycentre of its drawn neighbours (those that stay), then
 * of its new neighbours already placed, with a small jitter seeded by its id; linked to nothing
 * placed, on a ring just outside what stays. Every position is computed before any is set.
 */
export function placeNewcomers(
  newcomers: readonly string[],
  neighboursOf: (id: string) => readonly string[],
  positionOf: (id: string) => Point | null,
  staying: { x1: number; y1: number; w: number; h: number } | null,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const isNew = new Set(newcomers);
  const barycentre = (id: string, from: (other: string) => Point | null | undefined): Point | null => {
    let x = 0;
    let y = 0;
    let count = 0;
    for (const other of neighboursOf(id)) {
      const point = from(other);
      if (!point) continue;
      x += point.x;
      y += point.y;
      count += 1;
    }
    return count ? { x: x / count, y: y / count } : null;
  };
  const jittered = (id: string, centre: Point): Point => {
    const random = seededRandom(hashText(id));
    return { x: centre.x + (random() - 0.5) * 60, y: centre.y + (random() - 0.5) * 60 };
  };
  const waiting: string[] = [];
  for (const id of newcomers) {
    const centre = barycentre(id, (other) => (isNew.has(other) ? null : positionOf(other)));
    if (centre) placed.set(id, jittered(id, centre));
    else waiting.push(id);
  }
  const ring: string[] = [];
  for (const id of waiting) {
    const centre = barycentre(id, (other) => placed.get(other));
    if (centre) placed.set(id, jittered(id, centre));
    else ring.push(id);
  }
  if (staying && Number.isFinite(staying.w)) {
    const radius = Math.max(staying.w, staying.h) / 2 + 80;
    ring.forEach((id, index) => {
      const angle = 2 * Math.PI * seededRandom(hashText(id))() + index * 0.3;
      placed.set(id, {
        x: staying.x1 + staying.w / 2 + radius * Math.cos(angle),
        y: staying.y1 + staying.h / 2 + radius * Math.sin(angle),
      });
    });
  }
  return placed;
}
