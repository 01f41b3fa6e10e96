// How the details panel says when a fact holds: its span at the precision its source gives, or
// the date the source describes it as of, in the chosen language.
import type { Language } from '../types';

/** When a fact holds, as the API gives it (`TimeSpan`). */
export interface TimeSpanData {
  start: string | null;
  startPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  end: string | null;
  endPrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  asOf: string | null;
}

const WORDS = {
  EN: { locale: 'en-GB', asOf: 'as of {d}', since: 'since {d}', until: 'until {d}' },
  FR: { locale: 'fr-FR', asOf: 'au {d}', since: 'depuis {d}', until: 'jusqu’à {d}' },
} as const;

/** A date at its precision (`2019` → 2019, `2019-06` → June 2019, `2019-06-15` → 15 June 2019). */
export function formatDateAt(lang: Language, date: string, precision: TimeSpanData['startPrecision']): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const at = precision ?? (day ? 'DAY' : month ? 'MONTH' : 'YEAR');
  if (at === 'YEAR' || !month) return String(year);
  const format = new Intl.DateTimeFormat(WORDS[lang].locale, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(at === 'DAY' && day ? { day: 'numeric' } : {}),
  });
  return format.format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** The span in words: `June 2019 – 2020`, `15 June 2019`, `since 2019`, `as of 8 July 2016`; null when undated. */
export function describeTimeSpan(lang: Language, time: TimeSpanData | null | undefined): string | null {
  if (!time) return null;
  const words = WORDS[lang];
  const start = time.start ? formatDateAt(lang, time.start, time.startPrecision) : null;
  const end = time.end ? formatDateAt(lang, time.end, time.endPrecision) : null;
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return words.since.replace('{d}', start);
  if (end) return words.until.replace('{d}', end);
  if (time.asOf) return words.asOf.replace('{d}', formatDateAt(lang, time.asOf, null));
  return null;
}
