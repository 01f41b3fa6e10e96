import type { TimelineBucketModel, TimelineInterval } from './models';

// A timeline's buckets as calendar arithmetic: a year's key is `2019`, a month's `2019-06` (the
// first 4 or 7 characters of an ISO day, which is how the query groups facts).

/** How many characters of an ISO day make a bucket's key. */
export const KEY_LENGTH: Readonly<Record<TimelineInterval, number>> = { YEAR: 4, MONTH: 7 };

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(key: string): { year: number; month: number | undefined } {
  return { year: Number(key.slice(0, 4)), month: key.length > 4 ? Number(key.slice(5, 7)) : undefined };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The bucket of an ISO day (`2019-06-15` → `2019` or `2019-06`). */
export function bucketOf(day: string, interval: TimelineInterval): string {
  return day.slice(0, KEY_LENGTH[interval]);
}

/** A bucket's first and last days, ISO. */
export function bucketDays(key: string): { firstDay: string; lastDay: string } {
  const { year, month } = parts(key);
  if (month === undefined) return { firstDay: `${key}-01-01`, lastDay: `${key}-12-31` };
  return { firstDay: `${key}-01`, lastDay: `${key}-${pad(daysIn(year, month), 2)}` };
}

/** The bucket after `key`. */
export function nextBucket(key: string): string {
  const { year, month } = parts(key);
  if (month === undefined) return pad(year + 1, 4);
  return month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1, 2)}`;
}

/** How many buckets run from `first` to `last`, both included (0 when `last` is before `first`). */
export function bucketCount(first: string, last: string): number {
  const a = parts(first);
  const b = parts(last);
  const count = a.month === undefined ? b.year - a.year + 1 : (b.year - a.year) * 12 + (b.month ?? 1) - a.month + 1;
  return Math.max(0, count);
}

/** The counts of a bucket that holds facts, by its key. */
export type BucketCounts = Omit<TimelineBucketModel, 'firstDay' | 'lastDay'>;

/**
 * Every bucket from the first key of `counted` to the last, in order, the empty ones with zero
 * counts (one per series); none when nothing is counted.
 */
export function everyBucket(counted: readonly BucketCounts[], seriesCount: number): TimelineBucketModel[] {
  if (counted.length === 0) return [];
  const byKey = new Map(counted.map((bucket) => [bucket.start, bucket]));
  const keys = [...byKey.keys()].sort();
  const last = keys[keys.length - 1] as string;
  const buckets: TimelineBucketModel[] = [];
  for (let key = keys[0] as string; key <= last; key = nextBucket(key)) {
    const found = byKey.get(key);
    buckets.push({
      ...bucketDays(key),
      ...(found ?? {
        start: key,
        total: 0,
        counts: new Array<number>(seriesCount).fill(0),
        otherCount: 0,
        noValueCount: 0,
        imprecise: 0,
      }),
    });
  }
  return buckets;
}
