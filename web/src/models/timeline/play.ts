// Stepping and playing through the years of a timeline: a one-year window moved a year at a time
// (a one-month window a month at a time when the strip shows months).
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

/** What playing shows at a time: a year, or a month when the strip shows months. */
export type PlayUnit = 'YEAR' | 'MONTH';

/** A month as a period end (`2019-06`). */
function monthEnd(year: number, month: number): PeriodEnd {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Where playing starts: the year (or month) chosen when one is, else the first year (or month) of
 * the period or of the range; at the end already, it starts over.
 */
export function playStart(
  since: PeriodEnd | null,
  until: PeriodEnd | null,
  range: YearRange,
  unit: PlayUnit = 'YEAR',
): PeriodEnd {
  const year = since !== null ? yearOf(since) : range.first;
  if (unit === 'MONTH') {
    const month = since !== null && since.length === 7 ? Number(since.slice(5)) : 1;
    const single = since !== null && since === until && since.length === 7;
    if (year < range.first || year > range.last || (single && since >= monthEnd(range.last, 12)))
      return monthEnd(range.first, 1);
    return monthEnd(year, month);
  }
  const single = since !== null && since === until && since.length === 4;
  // At the end already, playing starts over.
  if (single && year >= range.last) return String(range.first);
  return String(Math.min(Math.max(year, range.first), range.last));
}

/** The next one-year (or one-month) window while playing; null once the last is shown. */
export function playNext(since: PeriodEnd | null, range: YearRange, unit: PlayUnit = 'YEAR'): PeriodEnd | null {
  if (unit === 'MONTH') {
    if (since === null) return monthEnd(range.first, 1);
    const month = since.length === 7 ? Number(since.slice(5)) : 12;
    const next = month === 12 ? monthEnd(yearOf(since) + 1, 1) : monthEnd(yearOf(since), month + 1);
    return yearOf(next) > range.last ? null : next;
  }
  if (since === null) return String(range.first);
  const next = yearOf(since) + 1;
  return next > range.last ? null : String(next);
}
