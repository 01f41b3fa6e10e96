import { describe, expect, it } from 'vitest';
import type { TimelineFacet, TimelineInterval } from '../data/models';
import type { TimelineCounts } from '../data/timeline';
import type { BucketCounts } from '../data/timelineBuckets';
import { InvalidArgumentError } from '../errors';
import type * as Generated from '../generated/graphql';
import { LIMITS, entityFilter } from './arguments';
import { timelineFacts, timelineOf } from './timeline';

// Compile-time: the data layer's intervals and facets are the schema's enums, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [Same<TimelineInterval, Generated.TimelineInterval>, Same<TimelineFacet, Generated.TimelineFacet>] = [
  true,
  true,
];

const bucket = (start: string, total: number): BucketCounts => ({
  start,
  total,
  counts: [total],
  otherCount: 0,
  noValueCount: 0,
  imprecise: 0,
});

const counts = (...counted: BucketCounts[]): TimelineCounts => ({
  series: [{ id: 'country:US', nameEn: 'United States', nameFr: 'États-Unis', count: 9 }],
  counted,
  undatedCount: 2,
  undatedCounts: [1],
});

function refusal(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidArgumentError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the facts of a timeline', () => {
  it('are split by the schema’s intervals and facets', () => {
    expect(sameTypes).toEqual([true, true]);
  });

  it('are actions and events, or those the filter’s types keep', () => {
    expect(timelineFacts(undefined)).toEqual(['COLLECTIVE_ACTION', 'EVENT']);
    expect(timelineFacts({ types: [] })).toEqual(['COLLECTIVE_ACTION', 'EVENT']);
    expect(timelineFacts({ types: ['EVENT', 'PERSON'] })).toEqual(['EVENT']);
  });

  it('are refused when the types keep neither', () => {
    expect(refusal(() => timelineFacts({ types: ['PERSON'] })).argumentName).toBe('filter.types');
  });
});

describe('an as-of date', () => {
  // The timeline's filter is read as every other query's.
  it('is the period of the days it may mean', () => {
    expect(entityFilter({ asOf: '2019-06', countries: ['DE'] })).toEqual({
      countries: ['DE'],
      period: { from: '2019-06-01', to: '2019-06-30' },
      undated: 'EXCLUDE',
    });
    expect(entityFilter({ countries: ['DE'] })).toEqual({ countries: ['DE'] });
  });

  it('is refused beside a period, or when it is no date', () => {
    expect(refusal(() => entityFilter({ asOf: '2019', period: { from: '2018' } })).argumentName).toBe('filter.asOf');
    expect(refusal(() => entityFilter({ asOf: 'last year' })).argumentName).toBe('filter.asOf');
  });
});

describe('a timeline’s answer', () => {
  it('has every bucket between the first and last that count facts, and their sum as the dated count', () => {
    const timeline = timelineOf(counts(bucket('2021', 4), bucket('2019', 5)), 'YEAR', 'COUNTRY');
    expect(timeline.buckets.map((b) => [b.start, b.total, b.counts])).toEqual([
      ['2019', 5, [5]],
      ['2020', 0, [0]],
      ['2021', 4, [4]],
    ]);
    expect(timeline).toMatchObject({ interval: 'YEAR', by: 'COUNTRY', datedCount: 9, undatedCount: 2 });
  });

  it('is refused over more buckets than the limit, naming the interval for months and the period for years', () => {
    const months = refusal(() => timelineOf(counts(bucket('1900-01', 1), bucket('2000-01', 1)), 'MONTH', 'DATASET'));
    expect(months.argumentName).toBe('interval');
    expect(months.message).toContain('interval: YEAR');
    const years = refusal(() => timelineOf(counts(bucket('0800', 1), bucket('2020', 1)), 'YEAR', 'DATASET'));
    expect(years.argumentName).toBe('filter.period');
  });

  it('takes the limit’s number of buckets', () => {
    const last = String(2000 + LIMITS.timelineBuckets - 1);
    expect(timelineOf(counts(bucket('2000', 1), bucket(last, 1)), 'YEAR', 'DATASET').buckets).toHaveLength(
      LIMITS.timelineBuckets,
    );
  });
});
