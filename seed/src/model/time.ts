import type { DatePrecision } from './graphModel';

/**
 * When a fact holds, as its source dates it (seed/README.md, "Time"): a start and an end, each an
 * ISO date at the source's precision (`2019`, `2019-06`, `2019-06-15`), or the date the source
 * describes it as of. These are the stored properties; `timeFirstDay` and `timeLastDay` are
 * derived from them (timeDays) so a period is compared with plain ISO days.
 */
export interface TimeFields {
  timeStart?: string | undefined;
  timeStartPrecision?: DatePrecision | undefined;
  timeEnd?: string | undefined;
  timeEndPrecision?: DatePrecision | undefined;
  timeAsOf?: string | undefined;
}

export const TIME_FIELDS = ['timeStart', 'timeStartPrecision', 'timeEnd', 'timeEndPrecision', 'timeAsOf'] as const;
/** Derived on load, never in a data file: the first and last day a fact may hold (absent: open). */
export const TIME_DAY_FIELDS = ['timeFirstDay', 'timeLastDay'] as const;

/** An ISO date at year, month or day precision. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision an ISO date is written at, or undefined when it is no calendar date. */
export function precisionOf(value: string): DatePrecision | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month === undefined) return 'year';
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (day === undefined) return 'month';
  const d = Number(day);
  return d >= 1 && d <= daysIn(Number(year), m) ? 'day' : undefined;
}

/** A date cut to a precision: `2019-06-15` at `year` is `2019`. */
export function atPrecision(date: string, precision: DatePrecision): string {
  return date.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** The first day an ISO date at any precision may mean (`2019` → `2019-01-01`). */
export function firstDayOf(value: string): string {
  const [year, month = '01', day = '01'] = value.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day it may mean (`2019` → `2019-12-31`, `2020-02` → `2020-02-29`). */
export function lastDayOf(value: string): string {
  const [year = '', month = '12', day] = value.split('-');
  return `${year}-${month}-${day ?? String(daysIn(Number(year), Number(month))).padStart(2, '0')}`;
}

/**
 * The first and last day a fact may hold: from its start (or as-of date) to its end (or as-of
 * date); an end the source leaves open is absent. Nothing for an undated fact.
 */
export function timeDays(fields: TimeFields): { timeFirstDay?: string; timeLastDay?: string } {
  const first = fields.timeStart ?? fields.timeAsOf;
  const last = fields.timeEnd ?? fields.timeAsOf;
  return {
    ...(first === undefined ? {} : { timeFirstDay: firstDayOf(first) }),
    ...(last === undefined ? {} : { timeLastDay: lastDayOf(last) }),
  };
}

/** A fact that happened at one date: it starts and ends then. */
export function happenedOn(date: string, precision: DatePrecision): TimeFields {
  const at = atPrecision(date, precision);
  return { timeStart: at, timeStartPrecision: precision, timeEnd: at, timeEndPrecision: precision };
}

/** Whether a record carries any time of its own. */
export function isDated(fields: TimeFields): boolean {
  return TIME_FIELDS.some((field) => fields[field] !== undefined);
}

/** The time fields of a record, without the rest. */
export function timeFieldsOf(fields: TimeFields): TimeFields {
  const out: TimeFields = {};
  for (const field of TIME_FIELDS) if (fields[field] !== undefined) Object.assign(out, { [field]: fields[field] });
  return out;
}
