import type { Dataset } from '../format/schema';
import { citedSources } from './citedSources';
import { overlaps, presences, timeOf, type DayInterval, type Presence, type TimeSpan } from './formats';

/** The time of each dated node and relationship, by id. */
export type Times = ReadonlyMap<string, TimeSpan>;

/** A data set read from the graph, with the time of its dated records. */
export interface TimedDataset extends Dataset {
  times: Times;
}

/** The times the records give themselves (an action's or an event's date), for a data set read from files. */
export function recordTimes(dataset: Dataset): Map<string, TimeSpan> {
  const times = new Map<string, TimeSpan>();
  for (const record of [...dataset.nodes, ...dataset.relationships]) {
    const time = timeOf(record);
    if (time) times.set(record.id, time);
  }
  return times;
}

/** When each node and relationship is present on a timeline (see `presences`). */
export function datasetPresences(dataset: Dataset, times: Times) {
  return presences(
    dataset.nodes.map((node) => ({ id: node.id, time: times.get(node.id) })),
    dataset.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to, time: times.get(r.id) })),
  );
}

/**
 * The part of a data set that holds in a period: the dated nodes and relationships one of whose
 * days lies in it (a relationship no source dates holds while its dated end does), what those
 * relationships tie (organisations, countries… that no source dates), and the undated
 * relationships between what is kept. Dated facts outside the period are left out.
 */
export function periodSubset(dataset: Dataset, times: Times, period: DayInterval): Dataset {
  const presence = datasetPresences(dataset, times);
  const holds = (p: Presence | undefined) => p !== undefined && p.intervals.some((days) => overlaps(days, period));
  const dated = (id: string) => presence.nodes.get(id)?.basis === 'stated';
  const kept = new Set(dataset.nodes.filter((n) => dated(n.id) && holds(presence.nodes.get(n.id))).map((n) => n.id));
  const keptDated = dataset.relationships.filter(
    (r) => holds(presence.edges.get(r.id)) && (!dated(r.from) || kept.has(r.from)) && (!dated(r.to) || kept.has(r.to)),
  );
  for (const r of keptDated) kept.add(r.from).add(r.to);
  const keptIds = new Set(keptDated.map((r) => r.id));
  const relationships = dataset.relationships.filter(
    (r) => keptIds.has(r.id) || (!presence.edges.has(r.id) && kept.has(r.from) && kept.has(r.to)),
  );
  const nodes = dataset.nodes.filter((node) => kept.has(node.id));
  const cited = citedSources([...nodes, ...relationships]);
  return { sources: dataset.sources.filter((source) => cited.has(source.id)), nodes, relationships };
}
