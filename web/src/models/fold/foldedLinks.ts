import type { FoldedLinksFieldsFragment } from '../graphql/generated';
import type { DrawnNetwork, GraphEdge } from '../types';

/** The answer of the folded-links query. */
export type FoldedLinksData = FoldedLinksFieldsFragment;

/** The thinnest and thickest folded link (px): the width grows with the square root of the weight. */
export const FOLD_MIN_WIDTH = 1.5;
export const FOLD_MAX_WIDTH = 12;

/** A folded link's width for `weight` actions, the heaviest link on screen weighing `maxWeight`. */
export function foldedWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 1 || weight <= 1) return FOLD_MIN_WIDTH;
  const share = Math.sqrt((weight - 1) / (maxWeight - 1));
  return Math.round((FOLD_MIN_WIDTH + (FOLD_MAX_WIDTH - FOLD_MIN_WIDTH) * Math.min(share, 1)) * 10) / 10;
}

/** The folded links as a network the explorer draws: their ends as entities, each link an edge labelled with its weight. */
export function foldedNetwork(data: FoldedLinksData): DrawnNetwork {
  const edges: GraphEdge[] = data.links.map((link) => ({
    id: link.id,
    type: 'FOLDED',
    source: link.source,
    target: link.target,
    label: String(link.weight),
    basis: link.basis,
    // A folded link stands for actions of many dates: the actions carry them.
    time: null,
    weight: link.weight,
    actions: link.actions.map((action) => ({ id: action.id, name: action.name, date: action.date })),
  }));
  return { nodes: data.nodes, edges, totalCount: data.nodes.length, truncated: data.truncated, undatedCount: null };
}

/** What a folded link says in words: its weight and the actions behind it, latest first, as the API lists them. */
export function describeFoldedLink(edge: GraphEdge): { weight: number; actions: string[]; more: number } {
  const actions = (edge.actions ?? []).map((action) => `${action.date} · ${action.name}`);
  const weight = edge.weight ?? actions.length;
  return { weight, actions, more: Math.max(0, weight - actions.length) };
}
