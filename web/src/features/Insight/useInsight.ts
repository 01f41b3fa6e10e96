import { useEffect, useState } from 'react';
import type { GraphEdge, GraphNode } from '../../models/types';
import type { ColourBy, SizeBy } from '../../models/view/viewState';

export interface Insight {
  size: Map<string, number> | null;
  communities: Map<string, number> | null;
  communityCount: number | null;
}

const NONE: Insight = { size: null, communities: null, communityCount: null };

/** Centrality and communities on the current view, computed with graphology (loaded when first asked for). */
export function useInsight(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  sizeBy: SizeBy,
  colourBy: ColourBy,
): Insight {
  const [insight, setInsight] = useState<Insight>(NONE);
  const wanted = sizeBy !== 'none' || colourBy === 'community';
  // Nothing asked for drops what was computed, while rendering (not in an effect).
  if (!wanted && insight !== NONE) setInsight(NONE);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void import('../../models/metrics/metrics').then(({ centrality, communities }) => {
      if (cancelled) return;
      const found = colourBy === 'community' ? communities(nodes, edges) : null;
      setInsight({
        size: sizeBy === 'none' ? null : centrality(nodes, edges, sizeBy),
        communities: found?.byNode ?? null,
        communityCount: found?.count ?? null,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [wanted, nodes, edges, sizeBy, colourBy]);
  return insight;
}
