import { useMemo } from 'react';
import { buildFacetCountsOperation } from '../models/graphql/operations';
import { facetOptions, readFacetCounts, type LiveCounts } from '../models/view/facetCounts';
import type { Facets } from '../models/types';
import type { Filters } from '../models/view/viewState';
import { useQuery } from './useQuery';

/**
 * Every facet's counts under the other active filters, and whether the filter matches anything,
 * in one request once the filter values are known (unknown until the answer arrives).
 */
export function useFacetCounts(filters: Filters, facets: Facets | null, { held = false } = {}): LiveCounts {
  const options = useMemo(() => (facets ? facetOptions(facets) : null), [facets]);
  const operation = useMemo(
    () => (options && options.size > 0 && !held ? buildFacetCountsOperation(filters, options) : null),
    [filters, options, held],
  );
  const query = useQuery(operation);
  return useMemo(
    () => readFacetCounts(query.loading ? null : query.data, options ?? new Map(), filters),
    [query.data, query.loading, options, filters],
  );
}
