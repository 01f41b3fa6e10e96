import type { FacetCountsQuery, FilterFacet } from '../graphql/generated';
import type { EntityType, Facets } from '../types';
import { ORGANISATION_KINDS } from '../vocabulary';
import type { FacetKey } from './filters';
import type { Filters } from './viewState';

// Live facet counts (faceted search): each option counted under the other active criteria, the
// facet's own selection replaced by the option, in one request for every facet (`facetCounts`).

/** Each facet as the API names it, and what its counts count (absent: every kind of entity). */
export const LIVE_FACETS: Readonly<Record<FacetKey, { facet: FilterFacet; counting?: EntityType }>> = {
  datasets: { facet: 'DATASETS' },
  countries: { facet: 'COUNTRIES', counting: 'ORGANISATION' },
  workerTypes: { facet: 'WORKER_TYPES', counting: 'ORGANISATION' },
  organisationKinds: { facet: 'ORGANISATION_KINDS', counting: 'ORGANISATION' },
  organisingForms: { facet: 'ORGANISING_FORMS', counting: 'ORGANISATION' },
  sessions: { facet: 'SESSIONS', counting: 'PERSON' },
  struggles: { facet: 'STRUGGLES', counting: 'COLLECTIVE_ACTION' },
  companies: { facet: 'COMPANIES', counting: 'COLLECTIVE_ACTION' },
  organisers: { facet: 'ORGANISERS', counting: 'COLLECTIVE_ACTION' },
};

/** The options each facet lists (those the panel shows), for the facets that have any. */
export function facetOptions(facets: Facets): Map<FacetKey, string[]> {
  const options = new Map<FacetKey, string[]>();
  for (const key of Object.keys(LIVE_FACETS) as FacetKey[]) {
    const ids = key === 'organisationKinds' ? [...ORGANISATION_KINDS] : facets[key].map((option) => option.id);
    if (ids.length > 0) options.set(key, ids);
  }
  return options;
}

/** An option's state for the list: its count under the other filters, or unknown while not counted. */
export interface OptionCount {
  /** null: not known (not asked yet, or the request failed), not zero. */
  count: number | null;
  /** Choosing it would show nothing: shown, marked, and not selectable unless already selected. */
  disabled: boolean;
}

/** The live counts: per facet and option, and whether the filter as a whole matches anything. */
export interface LiveCounts {
  facets: Map<FacetKey, Map<string, OptionCount>>;
  /** How many entities the active filter matches, its named values aside; null while not known. */
  matching: number | null;
}

const KEY_OF = new Map(
  (Object.entries(LIVE_FACETS) as Array<[FacetKey, { facet: FilterFacet }]>).map(([key, { facet }]) => [facet, key]),
);

/**
 * Reads the answer for the options asked: an option is disabled when choosing it would match
 * nothing (its `matching` is 0), unless it is selected, so that it can be removed.
 */
export function readFacetCounts(
  answer: FacetCountsQuery | null,
  asked: ReadonlyMap<FacetKey, readonly string[]>,
  filters: Filters,
): LiveCounts {
  const answered = new Map<FacetKey, Map<string, { count: number; matching: number }>>();
  for (const facet of answer?.facetCounts.facets ?? []) {
    const key = KEY_OF.get(facet.facet);
    if (key) answered.set(key, new Map(facet.options.map((option) => [option.value, option])));
  }
  const facets = new Map<FacetKey, Map<string, OptionCount>>();
  for (const [key, options] of asked) {
    const selected = filters[key] as string[];
    const counts = new Map<string, OptionCount>();
    for (const option of options) {
      const counted = answered.get(key)?.get(option);
      counts.set(option, {
        count: counted?.count ?? null,
        disabled: counted !== undefined && counted.matching === 0 && !selected.includes(option),
      });
    }
    facets.set(key, counts);
  }
  return { facets, matching: answer?.facetCounts.matching ?? null };
}
