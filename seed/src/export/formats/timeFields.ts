import type { Presence } from './dynamics';
import type { TimeSpan } from './time';

// The time of a node or an edge as flat fields, for the formats without nested values (GraphML
// keys, GEXF attributes, CSV columns): the dates as the source gives them, the days they stand
// for, and what the presence on a timeline rests on.

/** The field names, in the order the formats write them. */
export const TIME_FIELDS = [
  'timeStart',
  'timeStartPrecision',
  'timeEnd',
  'timeEndPrecision',
  'timeAsOf',
  'timeFirstDay',
  'timeLastDay',
] as const;

export type TimeField = (typeof TIME_FIELDS)[number];

/** `timeBasis`: `stated` when the element's own dates place it on a timeline, `inferred` when its ties' do. */
export const TIME_BASIS_FIELD = 'timeBasis';

/** The time's fields by name; those a time lacks (or all, without one) are absent. */
export function timeFields(time: Partial<TimeSpan> | null | undefined): Partial<Record<TimeField, string>> {
  if (!time) return {};
  const values: Record<TimeField, string | null | undefined> = {
    timeStart: time.start,
    timeStartPrecision: time.startPrecision,
    timeEnd: time.end,
    timeEndPrecision: time.endPrecision,
    timeAsOf: time.asOf,
    timeFirstDay: time.firstDay,
    timeLastDay: time.lastDay,
  };
  const out: Partial<Record<TimeField, string>> = {};
  for (const field of TIME_FIELDS) {
    const value = values[field];
    if (value !== null && value !== undefined) out[field] = value;
  }
  return out;
}

/** The presence's basis as a field, when the element has a presence. */
export function timeBasisField(presence: Presence | undefined): { timeBasis?: string } {
  return presence ? { timeBasis: presence.basis } : {};
}
