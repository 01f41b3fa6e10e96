import { daysOf, mergeIntervals, type DayInterval, type TimeSpan } from './time';

// When each node and edge of a graph is present, for a timeline (Gephi's): what is dated holds on
// its own days; what is not is present while the dated facts it is tied to hold, which is the
// project's inference, not a source's word.

/** `stated`: the element's own dates; `inferred`: the days of the dated facts it is tied to. */
export type TimeBasis = 'stated' | 'inferred';

export interface Presence {
  /** The days it is present, in order, disjoint. */
  intervals: DayInterval[];
  basis: TimeBasis;
}

export interface TimedNode {
  id: string;
  /** Its time, when dated; only the days it stands for count. */
  time?: Partial<Pick<TimeSpan, 'firstDay' | 'lastDay'>> | null | undefined;
}

export interface TimedEdge extends TimedNode {
  source: string;
  target: string;
}

/**
 * The presence of each node and edge that has one: a dated node or edge is present on its days
 * (stated); an undated edge with a dated end while that end holds (an action's ties take its
 * date); an undated node during the merged days of its dated edges (inferred). Elements tied to
 * nothing dated have none: they are always present.
 */
export function presences(
  nodes: readonly TimedNode[],
  edges: readonly TimedEdge[],
): { nodes: Map<string, Presence>; edges: Map<string, Presence> } {
  const nodeDays = new Map<string, DayInterval>();
  for (const node of nodes) {
    const days = daysOf(node.time);
    if (days) nodeDays.set(node.id, days);
  }
  const edgePresence = new Map<string, Presence>();
  const tiedDays = new Map<string, DayInterval[]>();
  for (const edge of edges) {
    const own = daysOf(edge.time);
    const days = own ?? nodeDays.get(edge.source) ?? nodeDays.get(edge.target);
    if (!days) continue;
    edgePresence.set(edge.id, { intervals: [days], basis: own ? 'stated' : 'inferred' });
    for (const end of [edge.source, edge.target]) {
      if (nodeDays.has(end)) continue;
      const list = tiedDays.get(end);
      if (list) list.push(days);
      else tiedDays.set(end, [days]);
    }
  }
  const nodePresence = new Map<string, Presence>();
  for (const [id, days] of nodeDays) nodePresence.set(id, { intervals: [days], basis: 'stated' });
  for (const [id, days] of tiedDays) nodePresence.set(id, { intervals: mergeIntervals(days), basis: 'inferred' });
  return { nodes: nodePresence, edges: edgePresence };
}
