import { InvalidArgumentError, quoted } from '../errors';

// A period's ends as the days they stand for: `from: "2019-06"` starts on 2019-06-01, `to: "2020"`
// ends on 2020-12-31. An end that is no date (or no real day) is refused, naming the field.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first or last day `value` may mean, `YYYY-MM-DD`. */
export function periodEnd(value: string, end: 'first' | 'last', argumentName: string): string {
  const match = ISO_DATE.exec(value.trim());
  const [, year = '', month, day] = match ?? [];
  const monthNumber = month === undefined ? undefined : Number(month);
  const valid =
    match !== null &&
    (monthNumber === undefined || (monthNumber >= 1 && monthNumber <= 12)) &&
    (day === undefined || (Number(day) >= 1 && Number(day) <= daysIn(Number(year), monthNumber ?? 1)));
  if (!valid) {
    throw new InvalidArgumentError(
      argumentName,
      `${argumentName} must be an ISO 8601 date (2019, 2019-06 or 2019-06-15), got ${quoted(value)}.`,
    );
  }
  const mm = month ?? (end === 'first' ? '01' : '12');
  const dd = day ?? (end === 'first' ? '01' : String(daysIn(Number(year), Number(mm))).padStart(2, '0'));
  return `${year}-${mm}-${dd}`;
}

/** The period's first and last days (null: open); an empty period is refused. */
export function checkPeriod(
  period: { from?: string | null; to?: string | null },
  argumentName: string,
): { from: string | null; to: string | null } | undefined {
  const from = period.from == null ? null : periodEnd(period.from, 'first', `${argumentName}.from`);
  const to = period.to == null ? null : periodEnd(period.to, 'last', `${argumentName}.to`);
  if (from !== null && to !== null && from > to) {
    throw new InvalidArgumentError(
      `${argumentName}.from`,
      `${argumentName}.from (${from}) must not be after ${argumentName}.to (${to}).`,
    );
  }
  return from === null && to === null ? undefined : { from, to };
}

/**
 * A `period` or an `asOf` date as the days they stand for: `asOf` is the period of the days it may
 * mean (`2019-06` → 2019-06-01 … 2019-06-30). Both at once are refused, naming `asOf`.
 * `prefix` is what the argument names start with (`filter.`, or nothing for a field's own).
 */
export function checkDatedPeriod(
  time: { period?: { from?: string | null; to?: string | null } | null; asOf?: string | null },
  prefix = '',
): { from: string | null; to: string | null } | undefined {
  const asOfName = `${prefix}asOf`;
  if (time.asOf != null) {
    if (time.period != null) {
      throw new InvalidArgumentError(asOfName, `${asOfName} and ${prefix}period cannot be given together.`);
    }
    return { from: periodEnd(time.asOf, 'first', asOfName), to: periodEnd(time.asOf, 'last', asOfName) };
  }
  return time.period ? checkPeriod(time.period, `${prefix}period`) : undefined;
}
