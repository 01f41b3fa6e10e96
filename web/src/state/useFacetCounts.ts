import { useMemo } from 'react';
import { buildFacetCountsOperation } from '../models/graphql/operations';
import { readOptionCounts, type OptionCount } from '../models/view/facetCounts';
import type { FacetKey } from '../models/view/filters';
import type { Facets } from '../models/types';
import type { Filters } from '../models/view/viewState';
import { useQuery } from './useQuery';

/** The facets whose options are few enough to count live, each in one batched request. */
export const LIVE_FACETS = ['datasets', 'struggles'] as const satisfies readonly FacetKey[];

/** Each live facet's counts under the other active filters (empty maps until they arrive). */
export function useFacetCounts(filters: Filters, facets: Facets | null): Map<FacetKey, Map<string, OptionCount>> {
  const datasets = useLiveCounts(filters, 'datasets', facets);
  const struggles = useLiveCounts(filters, 'struggles', facets);
  return useMemo(
    () =>
      new Map<FacetKey, Map<string, OptionCount>>([
        ['datasets', datasets],
        ['struggles', struggles],
      ]),
    [datasets, struggles],
  );
}

function useLiveCounts(
  filters: Filters,
  key: (typeof LIVE_FACETS)[number],
  facets: Facets | null,
): Map<string, OptionCount> {
  const options = useMemo(() => (facets?.[key] ?? []).map((option) => option.id), [facets, key]);
  const operation = useMemo(
    () => (options.length ? buildFacetCountsOperation(filters, key, options) : null),
    [filters, key, options],
  );
  const query = useQuery(operation);
  const selected = filters[key];
  return useMemo(
    () => readOptionCounts(query.loading ? null : query.data, options, selected),
    [query.data, query.loading, options, selected],
  );
}
