// What `timeline` should answer, counted here from the facts themselves (the derived data set, the
// programme file, the test's fixtures), for tests/api-timeline.int.test.ts. Deliberately plain:
// one pass over the facts, none of the query's grouping.

export const FACETS = ['DATASET', 'FORM', 'WORKER_TYPE', 'COUNTRY', 'STRUGGLE', 'ORGANISER'] as const;
export type Facet = (typeof FACETS)[number];

/** A collective action or an event as the timeline sees it. */
export interface Fact {
  id: string;
  /** ISO date at its precision, as stored; null when undated. */
  date: string | null;
  precision: 'day' | 'month' | 'year';
  values: Record<Facet, string[]>;
}

export interface ExpectedBucket {
  start: string;
  total: number;
  counts: number[];
  otherCount: number;
  noValueCount: number;
  imprecise: number;
}

export interface ExpectedTimeline {
  series: Array<{ id: string; count: number }>;
  /** The buckets that count facts, in order. */
  buckets: ExpectedBucket[];
  datedCount: number;
  undatedCount: number;
  undatedCounts: number[];
}

/** The first day a date may stand for. */
export function firstDayOf(fact: Fact): string | null {
  if (fact.date === null) return null;
  if (fact.precision === 'year') return `${fact.date.slice(0, 4)}-01-01`;
  if (fact.precision === 'month') return `${fact.date.slice(0, 7)}-01`;
  return fact.date;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function expectedTimeline(
  facts: readonly Fact[],
  interval: 'YEAR' | 'MONTH',
  by: Facet,
  seriesCount: number,
  periodFrom: string | null = null,
): ExpectedTimeline {
  const totals = new Map<string, number>();
  for (const fact of facts) for (const value of fact.values[by]) totals.set(value, (totals.get(value) ?? 0) + 1);
  const series = [...totals]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || byId(a.id, b.id))
    .slice(0, seriesCount);
  const ids = series.map((s) => s.id);
  const buckets = new Map<string, ExpectedBucket>();
  const undated = facts.filter((fact) => firstDayOf(fact) === null);
  for (const fact of facts) {
    const first = firstDayOf(fact);
    if (first === null) continue;
    const day = periodFrom !== null && first < periodFrom ? periodFrom : first;
    const start = day.slice(0, interval === 'YEAR' ? 4 : 7);
    const bucket = buckets.get(start) ?? {
      start,
      total: 0,
      counts: ids.map(() => 0),
      otherCount: 0,
      noValueCount: 0,
      imprecise: 0,
    };
    const values = fact.values[by];
    bucket.total += 1;
    ids.forEach((id, i) => {
      if (values.includes(id)) bucket.counts[i] = (bucket.counts[i] ?? 0) + 1;
    });
    if (values.some((value) => !ids.includes(value))) bucket.otherCount += 1;
    if (values.length === 0) bucket.noValueCount += 1;
    if (interval === 'MONTH' && fact.precision === 'year') bucket.imprecise += 1;
    buckets.set(start, bucket);
  }
  return {
    series,
    buckets: [...buckets.values()].sort((a, b) => byId(a.start, b.start)),
    datedCount: facts.length - undated.length,
    undatedCount: undated.length,
    undatedCounts: ids.map((id) => undated.filter((fact) => fact.values[by].includes(id)).length),
  };
}
