// When a fact holds, as the exports carry it: the API's `TimeSpan`, read from a node's or a
// relationship's properties, and the days it stands for. Pure, safe in the browser.

import { atPrecision, firstDayOf, lastDayOf, precisionOf } from '../../model/time';

export type TimePrecision = 'day' | 'month' | 'year';

/**
 * The API's `TimeSpan`: dates as the source gives them, their precision (`day`, `month`, `year`;
 * the API's enum spells them in capitals), and the first and last day they may mean (null: open).
 */
export interface TimeSpan {
  start: string | null;
  startPrecision: string | null;
  end: string | null;
  endPrecision: string | null;
  asOf: string | null;
  firstDay: string | null;
  lastDay: string | null;
}

/** Days from `start` to `end`, both included, `YYYY-MM-DD`; null is an open end. */
export interface DayInterval {
  start: string | null;
  end: string | null;
}

const PRECISIONS: readonly string[] = ['day', 'month', 'year'];
/**
 * The first or last day an ISO date may mean, at its own precision or a coarser one given
 * (`2019` → 2019-01-01 … 2019-12-31; `2019-06-15` at `month` precision → 2019-06-01 … 2019-06-30);
 * null when it is no real date. The seed's own day rules (model/time.ts).
 */
export function dayOf(value: string, end: 'first' | 'last', precision?: TimePrecision | null): string | null {
  const date = value.trim();
  if (precisionOf(date) === undefined) return null;
  const cut = precision ? atPrecision(date, precision) : date;
  return end === 'first' ? firstDayOf(cut) : lastDayOf(cut);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function precision(value: unknown): TimePrecision | null {
  return typeof value === 'string' && PRECISIONS.includes(value) ? (value as TimePrecision) : null;
}

/**
 * A node's or a relationship's time from its properties: the `time*` ones (`timeStart`,
 * `timeStartPrecision`, `timeEnd`, `timeEndPrecision`, `timeAsOf`, `timeFirstDay`, `timeLastDay`),
 * or else a dated record's `date` and `datePrecision` (an action or an event happens on its date:
 * it starts and ends then). Null when nothing dates it.
 */
export function timeOf(props: Readonly<Record<string, unknown>>): TimeSpan | null {
  const hasTime = ['timeStart', 'timeEnd', 'timeAsOf', 'timeFirstDay', 'timeLastDay'].some(
    (key) => text(props[key]) !== null,
  );
  if (hasTime) {
    const start = text(props['timeStart']);
    const end = text(props['timeEnd']);
    const asOf = text(props['timeAsOf']);
    const startPrecision = precision(props['timeStartPrecision']);
    const endPrecision = precision(props['timeEndPrecision']);
    const from = start ?? asOf;
    const to = end ?? (start === null ? asOf : null);
    return {
      start,
      startPrecision,
      end,
      endPrecision,
      asOf,
      firstDay: text(props['timeFirstDay']) ?? (from === null ? null : dayOf(from, 'first', startPrecision)),
      lastDay: text(props['timeLastDay']) ?? (to === null ? null : dayOf(to, 'last', endPrecision)),
    };
  }
  const date = text(props['date']);
  if (date === null) return null;
  const datePrecision = precision(props['datePrecision']) ?? 'day';
  return {
    start: date,
    startPrecision: datePrecision,
    end: date,
    endPrecision: datePrecision,
    asOf: null,
    firstDay: dayOf(date, 'first', datePrecision),
    lastDay: dayOf(date, 'last', datePrecision),
  };
}

/** The days a time stands for; null when it gives none (no first nor last day). */
export function daysOf(time: Partial<Pick<TimeSpan, 'firstDay' | 'lastDay'>> | null | undefined): DayInterval | null {
  const start = time?.firstDay ?? null;
  const end = time?.lastDay ?? null;
  return start === null && end === null ? null : { start, end };
}

/** Whether two intervals share a day (open ends reach every day on their side). */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return (
    (a.start === null || b.end === null || a.start <= b.end) && (a.end === null || b.start === null || b.start <= a.end)
  );
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The union of these intervals as the fewest disjoint ones, in order: overlapping or touching days merge. */
export function mergeIntervals(intervals: readonly DayInterval[]): DayInterval[] {
  const sorted = [...intervals].sort((a, b) =>
    a.start === b.start ? 0 : a.start === null ? -1 : b.start === null ? 1 : a.start < b.start ? -1 : 1,
  );
  const merged: DayInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && (last.end === null || interval.start === null || interval.start <= nextDay(last.end))) {
      if (last.end !== null && (interval.end === null || interval.end > last.end)) last.end = interval.end;
    } else merged.push({ ...interval });
  }
  return merged;
}
