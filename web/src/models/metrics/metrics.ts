import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import type { GraphEdge, GraphNode } from '../types';

export type Metric = 'degree' | 'betweenness';

/** The view as an undirected simple graph (parallel relationships merged, loops dropped). */
export function toGraphology(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.mergeNode(node.id);
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}

/** A centrality on the current view, scaled to [0, 1] (1 for the most central entity). */
export function centrality(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  metric: Metric,
): Map<string, number> {
  const graph = toGraphology(nodes, edges);
  if (graph.order === 0) return new Map();
  const raw =
    metric === 'degree'
      ? graph.order > 1
        ? degreeCentrality(graph)
        : Object.fromEntries(graph.mapNodes((id) => [id, 0]))
      : betweennessCentrality(graph, { normalized: true });
  const max = Math.max(...Object.values(raw), 0);
  return new Map(Object.entries(raw).map(([id, value]) => [id, max > 0 ? value / max : 0]));
}

/** A deterministic random source, so the same view always gets the same communities. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Louvain communities on the current view, numbered by decreasing size (0 = largest). */
export function communities(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): { byNode: Map<string, number>; count: number } {
  const graph = toGraphology(nodes, edges);
  if (graph.order === 0) return { byNode: new Map(), count: 0 };
  const raw: Record<string, number> =
    graph.size === 0
      ? Object.fromEntries(graph.mapNodes((id, _attributes) => id).map((id, index) => [id, index]))
      : louvain(graph, { rng: seededRandom(42), randomWalk: false });
  const sizes = new Map<number, number>();
  for (const community of Object.values(raw)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(order.map((community, index) => [community, index]));
  return {
    byNode: new Map(Object.entries(raw).map(([id, community]) => [id, rank.get(community) ?? 0])),
    count: order.length,
  };
}
