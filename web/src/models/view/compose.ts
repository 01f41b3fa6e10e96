import type { DrawnNetwork, GraphEdge, GraphNode, NeighbourhoodData, PathResultData } from '../types';
import type { Explore } from './viewState';

/** What the view operation answers (expansions in the order of `explore.expanded`, null for unknown ids). */
export interface ViewResponse {
  /** The filtered network, or the collective actions folded into weighted links. */
  network: DrawnNetwork;
  expansions: (NeighbourhoodData | null)[];
  path: PathResultData | null;
}

/** How one expansion went: how many neighbours it shows out of how many there are. */
export interface ExpansionInfo {
  id: string;
  label: string;
  shown: number;
  total: number;
  limit: number;
}

/** The graph on screen after the exploration steps, and what the counters say about it. */
export interface ViewGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Entities the view could show without the limit, hiding and focus (the `M` of `showing N of M`). */
  total: number;
  truncated: boolean;
  expansions: ExpansionInfo[];
  /** Ids of the entities and relationships on the shortest paths, when a path was asked for. */
  pathNodeIds: Set<string>;
  pathEdgeIds: Set<string>;
  /** Hidden entities that would otherwise be shown. */
  hiddenCount: number;
  /** Entities brought in by expansions or paths (not in the filtered network). */
  addedIds: Set<string>;
  /** Under a period: how many matched entities no source dates (null when not counted). */
  undatedCount: number | null;
}

/** Merges the filtered network with the expansions and paths, then applies hiding and focus. */
export function composeView(response: ViewResponse, explore: Explore): ViewGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const baseIds = new Set<string>();
  for (const node of response.network.nodes) {
    nodes.set(node.id, node);
    baseIds.add(node.id);
  }
  for (const edge of response.network.edges) edges.set(edge.id, edge);

  const expansions: ExpansionInfo[] = [];
  response.expansions.forEach((neighbourhood, index) => {
    const asked = explore.expanded[index];
    if (!neighbourhood || !asked) return;
    for (const node of neighbourhood.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    if (!nodes.has(neighbourhood.center.id)) nodes.set(neighbourhood.center.id, neighbourhood.center);
    for (const edge of neighbourhood.edges) edges.set(edge.id, edge);
    expansions.push({
      id: neighbourhood.center.id,
      label: neighbourhood.center.label,
      shown: neighbourhood.totalCount - neighbourhood.omittedCount,
      total: neighbourhood.totalCount,
      limit: asked.limit,
    });
  });

  const pathNodeIds = new Set<string>();
  const pathEdgeIds = new Set<string>();
  for (const path of response.path?.paths ?? []) {
    for (const node of path.nodes) {
      pathNodeIds.add(node.id);
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    }
    for (const step of path.steps) {
      pathEdgeIds.add(step.edge.id);
      edges.set(step.edge.id, step.edge);
    }
  }

  const addedIds = new Set([...nodes.keys()].filter((id) => !baseIds.has(id)));
  const hidden = new Set(explore.hidden);
  let visible = [...nodes.values()].filter((node) => !hidden.has(node.id));
  const hiddenCount = nodes.size - visible.length;
  let visibleIds = new Set(visible.map((node) => node.id));
  let visibleEdges = [...edges.values()].filter((edge) => visibleIds.has(edge.source) && visibleIds.has(edge.target));

  if (explore.focus && visibleIds.has(explore.focus)) {
    const focus = explore.focus;
    const keep = new Set([focus]);
    for (const edge of visibleEdges) {
      if (edge.source === focus) keep.add(edge.target);
      if (edge.target === focus) keep.add(edge.source);
    }
    visible = visible.filter((node) => keep.has(node.id));
    visibleIds = keep;
    visibleEdges = visibleEdges.filter((edge) => keep.has(edge.source) && keep.has(edge.target));
  }

  return {
    nodes: visible,
    edges: visibleEdges,
    total: response.network.totalCount + addedIds.size,
    truncated: response.network.truncated,
    expansions,
    pathNodeIds,
    pathEdgeIds,
    hiddenCount,
    addedIds,
    undatedCount: response.network.undatedCount,
  };
}
