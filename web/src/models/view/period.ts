// A period's ends as the URL and the filter hold them: a year (`2019`) or a month (`2019-06`).

/** A year or a month, ISO 8601 (`2019`, `2019-06`). */
export type PeriodEnd = string;

/** The earliest and latest years a period may name (the data sets' actions run from 1969). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A year or a month within the bounds, trimmed; null for anything else (a bad value is no criterion). */
export function parsePeriodEnd(raw: string | null | undefined): PeriodEnd | null {
  const text = raw?.trim() ?? '';
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
  }
  return text;
}

/** The year of a period end. */
export function yearOf(end: PeriodEnd): number {
  return Number(end.slice(0, 4));
}

/** The first day an end may stand for (`2019` → `2019-01-01`). */
export function firstDayOf(end: PeriodEnd): string {
  return end.length === 4 ? `${end}-01-01` : `${end}-01`;
}

/** The last day an end may stand for (`2019` → `2019-12-31`, `2019-02` → `2019-02-28`). */
export function lastDayOf(end: PeriodEnd): string {
  if (end.length === 4) return `${end}-12-31`;
  const [year, month] = end.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${end}-${String(days).padStart(2, '0')}`;
}

/** A period read from its two ends; ends given the wrong way round are swapped. */
export function orderedPeriod(
  since: PeriodEnd | null,
  until: PeriodEnd | null,
): { since: PeriodEnd | null; until: PeriodEnd | null } {
  if (since !== null && until !== null && firstDayOf(since) > lastDayOf(until)) return { since: until, until: since };
  return { since, until };
}

/** A period moved by whole years (step and play), keeping its ends' precision. */
export function shiftPeriod(
  { since, until }: { since: PeriodEnd; until: PeriodEnd },
  years: number,
): { since: PeriodEnd; until: PeriodEnd } {
  const shift = (end: PeriodEnd) => `${yearOf(end) + years}${end.slice(4)}`;
  return { since: shift(since), until: shift(until) };
}

/** How a period is said: `2015–2020`, `2019`, `2019-06–…`. */
export function formatPeriod(since: PeriodEnd | null, until: PeriodEnd | null): string {
  if (since !== null && since === until) return since;
  return `${since ?? '…'}–${until ?? '…'}`;
}
