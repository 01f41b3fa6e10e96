import { describe, expect, it } from 'vitest';
import { bucketCount, bucketDays, bucketOf, everyBucket, nextBucket, type BucketCounts } from './timelineBuckets';

describe('a timeline bucket', () => {
  it('is the year or the month of a day', () => {
    expect(bucketOf('2019-06-15', 'YEAR')).toBe('2019');
    expect(bucketOf('2019-06-15', 'MONTH')).toBe('2019-06');
  });

  it('runs from its first to its last day, leap years included', () => {
    expect(bucketDays('2019')).toEqual({ firstDay: '2019-01-01', lastDay: '2019-12-31' });
    expect(bucketDays('2020-02')).toEqual({ firstDay: '2020-02-01', lastDay: '2020-02-29' });
    expect(bucketDays('2019-02')).toEqual({ firstDay: '2019-02-01', lastDay: '2019-02-28' });
    expect(bucketDays('2019-04')).toEqual({ firstDay: '2019-04-01', lastDay: '2019-04-30' });
    expect(bucketDays('2019-12')).toEqual({ firstDay: '2019-12-01', lastDay: '2019-12-31' });
  });

  it('is followed by the next year or month, across a year’s end', () => {
    expect(nextBucket('1999')).toBe('2000');
    expect(nextBucket('2019-09')).toBe('2019-10');
    expect(nextBucket('2019-12')).toBe('2020-01');
  });

  it('counts the buckets between two, both included', () => {
    expect(bucketCount('1969', '2022')).toBe(54);
    expect(bucketCount('1969-03', '2022-12')).toBe(646);
    expect(bucketCount('2019-05', '2019-05')).toBe(1);
    expect(bucketCount('2020', '2019')).toBe(0);
  });
});

describe('every bucket', () => {
  const counted = (start: string, total: number): BucketCounts => ({
    start,
    total,
    counts: [total, 0],
    otherCount: 0,
    noValueCount: 0,
    imprecise: 0,
  });

  it('fills the empty buckets between those that count facts, in order', () => {
    const buckets = everyBucket([counted('2019-02', 3), counted('2018-11', 1)], 2);
    expect(buckets.map((b) => [b.start, b.total, b.counts])).toEqual([
      ['2018-11', 1, [1, 0]],
      ['2018-12', 0, [0, 0]],
      ['2019-01', 0, [0, 0]],
      ['2019-02', 3, [3, 0]],
    ]);
    expect(buckets[1]).toMatchObject({ firstDay: '2018-12-01', lastDay: '2018-12-31', otherCount: 0, imprecise: 0 });
  });

  it('has none when nothing is dated', () => {
    expect(everyBucket([], 3)).toEqual([]);
  });
});
