import { ISO_COUNTRY_CODES } from '@faire-collectif/seed';
import type { EntityFilter } from '../data/filter';
import type { DatedFilter } from '../data/filter/types';
import { searchTextTooLong, toLuceneQuery } from '../data/fulltext';
import { MAX_DEPTH } from '../data/neighbourhood';
import { InvalidArgumentError, quoted } from '../errors';
import { decodeCursor } from './cursor';
import { checkDatedPeriod } from './period';
import type { GraphFilter, Period, UndatedFacts } from '../generated/graphql';

// Checks the arguments that GraphQL's types cannot (ranges, codes, cursors) and turns them into
// what the data layer takes. Every failure names the argument, for `extensions.argumentName`.

export function checkRange(argumentName: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(argumentName, `${argumentName} must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

/** The ranges of arguments; the schema states each in its argument's description (limits.test.ts). */
export const LIMITS = {
  pageSize: 100,
  nodes: 100,
  networkLimit: 2000,
  neighbourhoodDepth: MAX_DEPTH,
  neighbourhoodLimit: 500,
  pathLength: 10,
  paths: 50,
  searchHits: 50,
  timelineSeries: 20,
  /** A century of months: the real data's 54 years fit, a range of millennia does not. */
  timelineBuckets: 1200,
  facetOptions: 100,
} as const;

/** `first`/`after` as an offset and a page size. */
export function pageArgs(first: number, after: string | null | undefined): { offset: number; first: number } {
  checkRange('first', first, 1, LIMITS.pageSize);
  return { offset: after == null ? 0 : decodeCursor(after, 'after') + 1, first };
}

/** A list criterion: absent when null or empty (an empty selection filters nothing). */
function list<T>(values: readonly T[] | null | undefined): readonly T[] | undefined {
  return values && values.length > 0 ? values : undefined;
}

export function countryCodes(codes: readonly string[] | undefined, argumentName: string): string[] | undefined {
  if (codes === undefined) return undefined;
  return codes.map((code) => {
    const upper = code.trim().toUpperCase();
    if (!ISO_COUNTRY_CODES.has(upper)) {
      throw new InvalidArgumentError(
        argumentName,
        `${quoted(code)} is not an ISO 3166-1 alpha-2 country code (e.g. DE).`,
      );
    }
    return upper;
  });
}

/** A text to search for, refused when longer than the full-text index can take. */
function checkSearchText(text: string, argumentName: string): string {
  const tooLong = searchTextTooLong(text);
  if (tooLong) throw new InvalidArgumentError(argumentName, `${argumentName} may have ${tooLong}.`);
  return text;
}

/** The GraphQL filter as the data layer's; `argumentName` prefixes the paths of its fields. */
export function entityFilter(
  filter: GraphFilter | null | undefined,
  argumentName = 'filter',
): EntityFilter | undefined {
  if (!filter) return undefined;
  const text = filter.text == null ? undefined : toLuceneQuery(checkSearchText(filter.text, `${argumentName}.text`));
  const period = checkDatedPeriod(filter, `${argumentName}.`);
  const result: EntityFilter = {
    countries: countryCodes(list(filter.countries), `${argumentName}.countries`),
    workerTypes: list(filter.workerTypes),
    organisationKinds: list(filter.organisationKinds),
    organisingForms: list(filter.organisingForms),
    sessions: list(filter.sessions),
    text,
    types: list(filter.types),
    datasets: list(filter.datasets),
    struggles: list(filter.struggles),
    companies: list(filter.companies),
    organisers: list(filter.organisers),
    period,
    undated: period ? (filter.undated ?? 'EXCLUDE') : undefined,
  };
  const present = Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined));
  return Object.keys(present).length > 0 ? present : undefined;
}

/** A field's own `period`, `asOf` and `undated` arguments as the data layer's (asOf: a period of its days). */
export function datedFilter(args: {
  period?: Period | null;
  asOf?: string | null;
  undated?: UndatedFacts | null;
}): DatedFilter {
  const period = checkDatedPeriod(args);
  return period ? { period, undated: args.undated ?? 'EXCLUDE' } : {};
}

/** The full-text query of `search`; a text with no word in it is an error. */
export function searchQuery(query: string): string {
  const lucene = toLuceneQuery(checkSearchText(query, 'query'));
  if (lucene === undefined) {
    throw new InvalidArgumentError('query', 'query must contain at least one letter or digit.');
  }
  return lucene;
}
