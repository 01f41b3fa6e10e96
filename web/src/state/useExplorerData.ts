import { useMemo, useState } from 'react';
import { composeView, type ViewGraph } from '../models/view/compose';
import { readActionFacets } from '../models/graphql/actionResponses';
import type { DatasetsQuery } from '../models/graphql/generated';
import {
  buildActionFacetsOperation,
  buildDatasetsOperation,
  buildFacetsOperation,
  buildViewOperation,
  type Operation,
  type ViewAnswer,
} from '../models/graphql/operations';
import type { LiveCounts } from '../models/view/facetCounts';
import { explainPaths, type PathExplanation } from '../models/view/path';
import { readFacets, readViewResponse } from '../models/graphql/responses';
import type { Facets, PathResultData } from '../models/types';
import type { Explore, Filters, ViewState } from '../models/view/viewState';
import { useFacetCounts } from './useFacetCounts';
import { useQuery, type QueryResult } from './useQuery';

export interface ExplorerData {
  operation: Operation<ViewAnswer>;
  /** The view's query; its `retry` asks again for the filter values too when they failed. */
  query: QueryResult<ViewAnswer>;
  /** The view on screen; null before the first answer. */
  graph: ViewGraph | null;
  /** The filters and fold the view on screen answers (the view's own may be newer, while it loads). */
  answeredFor: { filters: Filters; fold: boolean; explore: Explore } | null;
  path: PathResultData | null;
  pathExplanation: PathExplanation | null;
  facets: Facets | null;
  /** The data sets the graph was loaded from (null until they arrive). */
  datasets: DatasetsQuery['datasets'] | null;
  /** True when the filter values could not be fetched. */
  facetsFailed: boolean;
  /** Each facet's counts under the other filters, and whether the filter matches anything. */
  live: LiveCounts;
  countryNames: Map<string, string>;
  labelOf(id: string): string;
}

const EMPTY_GRAPH_NODES: never[] = [];

/**
 * Fetches the view (one operation) and the filter values, and composes what is on screen;
 * `held` keeps the view's request back until the view can be asked for.
 */
export function useExplorerData(view: ViewState, { held = false }: { held?: boolean } = {}): ExplorerData {
  const { filters, explore, lang, fold } = view;
  const { expanded, path: askedNow } = explore;
  const operation = useMemo(
    // Hiding and focus are applied here, without a request.
    () => buildViewOperation(filters, { expanded, path: askedNow, hidden: [], focus: null }, lang, fold),
    [filters, expanded, askedNow, lang, fold],
  );
  // Held while the address's ids are checked: a view named with unknown ones would fail whole.
  const query = useQuery(held ? null : operation);

  // The answer on screen belongs to the exploration state it was asked for.
  const [answered, setAnswered] = useState<{
    data: ViewAnswer;
    explore: Explore;
    filters: Filters;
    fold: boolean;
  } | null>(null);
  if (query.state.status === 'success' && answered?.data !== query.state.data) {
    setAnswered({ data: query.state.data, explore, filters, fold });
  }
  const data = query.data ? answered : null;

  const response = useMemo(() => (data ? readViewResponse(data.data, data.explore.expanded.length) : null), [data]);
  const graph = useMemo(() => {
    if (!response || !data) return null;
    return composeView(response, { ...explore, expanded: data.explore.expanded, path: data.explore.path });
  }, [response, data, explore]);

  const facetsOperation = useMemo(() => buildFacetsOperation(lang), [lang]);
  const facetsQuery = useQuery(facetsOperation);
  const facetsData = facetsQuery.data;
  const actionFacetsData = useQuery(useMemo(() => buildActionFacetsOperation(lang), [lang])).data;
  const datasetsData = useQuery(useMemo(() => buildDatasetsOperation(), [])).data;
  // The collective-action values are added once they arrive; the programme's do not wait for them.
  const facets = useMemo(
    () =>
      facetsData
        ? { ...readFacets(facetsData, lang), ...readActionFacets(actionFacetsData, datasetsData, lang) }
        : null,
    [facetsData, actionFacetsData, datasetsData, lang],
  );
  const live = useFacetCounts(filters, facets, { held });
  const countryNames = useMemo(
    () => new Map((facets?.countries ?? []).map((country) => [country.id, country.label])),
    [facets],
  );

  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const node of response?.network.nodes ?? EMPTY_GRAPH_NODES) map.set(node.id, node.label);
    for (const expansion of response?.expansions ?? []) {
      for (const node of expansion?.nodes ?? []) map.set(node.id, node.label);
    }
    for (const path of response?.path?.paths ?? []) for (const node of path.nodes) map.set(node.id, node.label);
    return map;
  }, [response]);
  const labelOf = (id: string) => labels.get(id) ?? id;

  const path = response?.path ?? null;
  const askedPath = data?.explore.path ?? null;
  const pathExplanation = useMemo(
    () =>
      path && askedPath
        ? explainPaths(
            path,
            labels.get(askedPath.from) ?? askedPath.from,
            labels.get(askedPath.to) ?? askedPath.to,
            lang,
          )
        : null,
    [path, askedPath, labels, lang],
  );

  const retry = () => {
    query.retry();
    if (facetsQuery.error) facetsQuery.retry();
  };
  return {
    operation,
    query: { ...query, retry },
    graph,
    answeredFor: data ? { filters: data.filters, fold: data.fold, explore: data.explore } : null,
    path,
    pathExplanation,
    facets,
    datasets: datasetsData?.datasets ?? null,
    facetsFailed: facetsQuery.error !== null,
    live,
    countryNames,
    labelOf,
  };
}
