import { FACT_TYPES, type FactType, type TimelineCounts } from '../data/timeline';
import { bucketCount, everyBucket } from '../data/timelineBuckets';
import type { TimelineFacet, TimelineInterval, TimelineModel } from '../data/models';
import { InvalidArgumentError, quoted } from '../errors';
import type { GraphFilter } from '../generated/graphql';
import { LIMITS } from './arguments';

// The arguments of `timeline` that its filter's types and the calendar bound, and its answer with
// the empty buckets between those that count facts.

/** The facts the filter's types keep: collective actions, events or both; a filter that keeps neither is refused. */
export function timelineFacts(filter: GraphFilter | null | undefined): FactType[] {
  const types = filter?.types;
  if (!types || types.length === 0) return [...FACT_TYPES];
  const facts = FACT_TYPES.filter((type) => types.includes(type));
  if (facts.length === 0) {
    throw new InvalidArgumentError(
      'filter.types',
      `filter.types: a timeline counts collective actions and events; keep COLLECTIVE_ACTION, EVENT or both, got ${types.join(', ')}.`,
    );
  }
  return facts;
}

/** The timeline with every bucket from the first that counts facts to the last; too many is refused. */
export function timelineOf(counts: TimelineCounts, interval: TimelineInterval, by: TimelineFacet): TimelineModel {
  const keys = counts.counted.map((bucket) => bucket.start).sort();
  const [first, last] = [keys[0], keys[keys.length - 1]];
  if (first !== undefined && last !== undefined) {
    const count = bucketCount(first, last);
    if (count > LIMITS.timelineBuckets) {
      const [argument, advice] =
        interval === 'MONTH' ? ['interval', 'ask for interval: YEAR, or give'] : ['filter.period', 'give'];
      throw new InvalidArgumentError(
        argument,
        `A timeline has at most ${LIMITS.timelineBuckets} buckets; from ${quoted(first)} to ${quoted(last)} this one would have ${count}: ${advice} a shorter filter.period.`,
      );
    }
  }
  return {
    interval,
    by,
    series: counts.series,
    buckets: everyBucket(counts.counted, counts.series.length),
    datedCount: counts.counted.reduce((sum, bucket) => sum + bucket.total, 0),
    undatedCount: counts.undatedCount,
    undatedCounts: counts.undatedCounts,
  };
}
