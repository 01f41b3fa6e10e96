import type { DatePrecision } from '../../model/graphModel';

/**
 * Pure normalisation of Collective Action in Tech's values. Each function keeps the meaning of
 * the raw value and only removes spelling noise (case, underscores, spacing), so the raw value
 * can always be shown beside the result.
 */

/** A controlled value's key: `open_letter`, `Open Letter` and ` open  letter` are one. */
export function valueKey(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A tag as CONTRIBUTING.md spells them: lower case, words joined by underscores. */
export function tagKey(raw: string): string {
  return valueKey(raw).replace(/[\s-]+/g, '_');
}

/** The slug of an id: lower-case letters and digits, words joined by hyphens. */
export function slugOf(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/** `the new york times` → `The New York Times`: the display name of a key nobody reviewed. */
export function titleCase(key: string): string {
  return key
    .split(' ')
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (m) => m.toUpperCase())))
    .join(' ');
}

export interface ParsedDate {
  date: string;
  precision: DatePrecision;
}

/** `YYYY/MM/DD` (the data set's format), `YYYY/MM` or `YYYY`, `-` also accepted; undefined if not a date. */
export function parseDate(raw: string): ParsedDate | undefined {
  const match = /^(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const pad = (part: string | undefined) => (part ?? '1').padStart(2, '0');
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(date)) return undefined;
  return { date, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

/** The URLs of one `sources` entry (one entry sometimes holds several, one per line) and what is not a URL. */
export function splitUrls(raw: string): { urls: string[]; rejected: string[] } {
  const urls: string[] = [];
  const rejected: string[] = [];
  for (const piece of raw.split(/\s+/).filter((p) => p !== '')) {
    (/^https?:\/\/\S+$/.test(piece) ? urls : rejected).push(piece);
  }
  if (raw.trim() === '') rejected.push(raw);
  return { urls, rejected };
}

export interface ParsedLocation {
  /** The last part: the country (or a place that is no country, e.g. `worldwide`). */
  country: string;
  /** The parts before it as given, e.g. `staten island, new york city, new york`. */
  place: string | undefined;
}

/** A `city-state-country` string (any number of parts; the country is the last). */
export function parseLocation(raw: string): ParsedLocation {
  const parts = raw.split('-').map((part) => part.trim());
  const country = valueKey(parts.pop() ?? '');
  const place = parts.filter((part) => part !== '').join(', ');
  return { country, place: place === '' ? undefined : place };
}

const SENTENCE_END = /[.!?](?=\s|$)/;
const TITLE_WORDS = 12;

/**
 * The name of an action: its description's first sentence, cut by the project after twelve
 * words (marked by an ellipsis). The data set gives actions no title.
 */
export function titleFrom(description: string): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  const words = sentence.split(' ');
  if (words.length <= TITLE_WORDS) return sentence;
  return `${words
    .slice(0, TITLE_WORDS)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}
