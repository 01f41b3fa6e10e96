// Stepping and playing through the years of a timeline: a one-year window moved a year at a time.
import { shiftPeriod, yearOf, type PeriodEnd } from '../view/period';

/** The years a timeline spans, first and last inclusive. */
export interface YearRange {
  first: number;
  last: number;
}

/** The period a step of `years` leads to (none chosen: the first or the last year); null past either end. */
export function stepPeriod(
  since: PeriodEnd | null,
  until: PeriodEnd | null,
  years: number,
  range: YearRange,
): { since: PeriodEnd; until: PeriodEnd } | null {
  if (since === null || until === null) {
    const start = since ?? until;
    const year = start !== null ? yearOf(start) + years : years > 0 ? range.first : range.last;
    return year < range.first || year > range.last ? null : { since: String(year), until: String(year) };
  }
  const next = shiftPeriod({ since, until }, years);
  if (yearOf(next.until) < range.first || yearOf(next.since) > range.last) return null;
  return next;
}

/** Where playing starts: the year chosen when one year is, else the first year of the period or of the range. */
export function playStart(since: PeriodEnd | null, until: PeriodEnd | null, range: YearRange): PeriodEnd {
  const year = since !== null ? yearOf(since) : range.first;
  const single = since !== null && since === until && since.length === 4;
  // At the end already, playing starts over.
  if (single && year >= range.last) return String(range.first);
  return String(Math.min(Math.max(year, range.first), range.last));
}

/** The next one-year window while playing; null once the last year is shown. */
export function playNext(since: PeriodEnd | null, range: YearRange): PeriodEnd | null {
  if (since === null) return String(range.first);
  const next = yearOf(since) + 1;
  return next > range.last ? null : String(next);
}
