import type { GraphEdgeModel, GraphNodeModel } from './models';
import { toGraphEdge, toGraphNode } from './records';

// Shared by network.ts and neighbourhood.ts: the queries return the chosen nodes and the
// relationships among them (only those are drawn), in no particular order.

export interface GraphRows {
  nodes: unknown[];
  edges: unknown[];
}

export function toGraph({ nodes, edges }: GraphRows): { nodes: GraphNodeModel[]; edges: GraphEdgeModel[] } {
  const drawn = nodes.map(toGraphNode);
  const ids = new Set(drawn.map((node) => node.id));
  const links = edges
    .map(toGraphEdge)
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes: drawn, edges: links };
}
