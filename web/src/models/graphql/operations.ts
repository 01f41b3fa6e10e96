import type { Explore, Filters } from '../view/viewState';
import { toGraphFilter, withoutPeriod, type GraphFilterInput } from '../view/filters';
import type { Language } from '../types';
import { LIVE_FACETS } from '../view/facetCounts';
import type { FacetKey } from '../view/filters';
import {
  ActionFacetsDocument,
  ActionRowsDocument,
  DatasetsDocument,
  EntityDetailsDocument,
  FacetCountsDocument,
  FoldedLinksFieldsFragmentDoc,
  FacetsDocument,
  MatrixDocument,
  NeighbourhoodFieldsFragmentDoc,
  NetworkFieldsFragmentDoc,
  PathResultFieldsFragmentDoc,
  ProvenanceFieldsFragmentDoc,
  SearchDocument,
  TimelineDocument,
  type ActionFacetsQuery,
  type ActionRowsQuery,
  type DatasetsQuery,
  type EntityDetailsQuery,
  type FacetCountsQuery,
  type FoldedLinksFieldsFragment,
  type FacetsQuery,
  type MatrixQuery,
  type NeighbourhoodFieldsFragment,
  type NetworkFieldsFragment,
  type PathResultFieldsFragment,
  type ProvenanceFieldsFragment,
  type SearchQuery,
  type TimelineFacet,
  type TimelineInterval,
  type TimelineQuery,
} from './generated';
import { documentText, fromDocument, type Operation } from './operation';

// The explorer's operations. Those of a fixed shape are documents in `documents/` with generated
// types; the view and the provenance batch ask for one alias per item, so their text is put
// together here from the generated fragments, and their answers typed by those fragments.

/** How many entities the network asks for at most. */
export const NETWORK_LIMIT = 500;

/** The alias under which the view operation asks for the neighbours of the `index`-th expanded node. */
export function expansionAlias(index: number): `expand${number}` {
  return `expand${index}`;
}

/** How many folded links the view asks for at most. */
export const FOLDED_LINKS_LIMIT = 500;

/** The answer of `buildViewOperation`: the network, or the folded links when actions are folded. */
export interface ViewAnswer {
  network?: NetworkFieldsFragment;
  folded?: FoldedLinksFieldsFragment;
  path?: PathResultFieldsFragment | null;
  [expansion: `expand${number}`]: NeighbourhoodFieldsFragment | null | undefined;
}

/**
 * The one operation that fetches a whole view: the filtered network, the neighbourhood of each
 * expanded node and the shortest paths asked for. The explorer sends exactly this, and shows it
 * behind "show GraphQL query".
 */
export function buildViewOperation(
  filters: Filters,
  explore: Explore,
  lang: Language,
  fold = false,
): Operation<ViewAnswer> {
  const variableDefs = ['$filter: GraphFilter', '$limit: Int!', '$lang: Language!'];
  const variables: Record<string, unknown> = {
    filter: toGraphFilter(filters),
    limit: fold ? FOLDED_LINKS_LIMIT : NETWORK_LIMIT,
    lang,
  };
  const fields = [
    fold
      ? '  folded: foldedLinks(filter: $filter, limit: $limit) { ...FoldedLinksFields }'
      : '  network(filter: $filter, limit: $limit) { ...NetworkFields }',
  ];
  const fragments: { toString(): string }[] = [fold ? FoldedLinksFieldsFragmentDoc : NetworkFieldsFragmentDoc];
  explore.expanded.forEach((expansion, index) => {
    const alias = expansionAlias(index);
    variableDefs.push(`$${alias}: ID!`, `$${alias}Limit: Int!`);
    variables[alias] = expansion.id;
    variables[`${alias}Limit`] = expansion.limit;
    fields.push(`  ${alias}: neighbourhood(id: $${alias}, depth: 1, limit: $${alias}Limit) { ...NeighbourhoodFields }`);
  });
  if (explore.expanded.length) fragments.push(NeighbourhoodFieldsFragmentDoc);
  if (explore.path) {
    variableDefs.push('$from: ID!', '$to: ID!');
    variables.from = explore.path.from;
    variables.to = explore.path.to;
    fields.push('  path: shortestPaths(from: $from, to: $to, maxLength: 6, limit: 5) { ...PathResultFields }');
    fragments.push(PathResultFieldsFragmentDoc);
  }
  const operation = `query ExplorerView(${variableDefs.join(', ')}) {\n${fields.join('\n')}\n}`;
  return { operationName: 'ExplorerView', query: documentText(operation, ...fragments), variables };
}

/** Suggestions for the search box. */
export function buildSearchOperation(text: string, lang: Language, first = 8): Operation<SearchQuery> {
  return fromDocument(SearchDocument, { query: text, first, lang });
}

/** How many collective actions the table asks the dates of at once (the API's bound on `nodes`). */
export const ACTION_ROWS_LIMIT = 100;

/** The dates and data sets of collective actions, for the table. */
export function buildActionRowsOperation(ids: readonly string[]): Operation<ActionRowsQuery> {
  return fromDocument(ActionRowsDocument, { ids: [...ids] });
}

/** The data sets the graph was loaded from. */
export function buildDatasetsOperation(): Operation<DatasetsQuery> {
  return fromDocument(DatasetsDocument, {});
}

/** The collective-action filters' values: struggles, companies and organising groups. */
export function buildActionFacetsOperation(lang: Language): Operation<ActionFacetsQuery> {
  return fromDocument(ActionFacetsDocument, { lang });
}

/**
 * Live counts of every facet's options under the other active criteria, and what the filter as a
 * whole matches, in one request: organisations for the programme's facets, speakers for sessions,
 * collective actions for theirs, entities for data sets.
 */
export function buildFacetCountsOperation(
  filters: Filters,
  options: ReadonlyMap<FacetKey, readonly string[]>,
): Operation<FacetCountsQuery> {
  const facets = [...options].map(([key, values]) => {
    const { facet, counting } = LIVE_FACETS[key];
    return { facet, options: [...values], ...(counting ? { counting: [counting] } : {}) };
  });
  return fromDocument(FacetCountsDocument, { filter: toGraphFilter(filters), facets });
}

/** The values the filters offer, with how many organisations (or speakers) each concerns. */
export function buildFacetsOperation(lang: Language): Operation<FacetsQuery> {
  return fromDocument(FacetsDocument, { lang });
}

/** Countries × worker types for the matrix view. */
export function buildMatrixOperation(filter: GraphFilterInput | null, lang: Language): Operation<MatrixQuery> {
  return fromDocument(MatrixDocument, { filter, lang });
}

/**
 * The timeline strip: dated facts per year or month by `by`, under the filters without their period
 * (so the strip shows the whole range and the brush the period chosen in it).
 */
export function buildTimelineOperation(
  filters: Filters,
  interval: TimelineInterval,
  by: TimelineFacet,
  lang: Language,
): Operation<TimelineQuery> {
  return fromDocument(TimelineDocument, { filter: toGraphFilter(withoutPeriod(filters)), interval, by, lang });
}

/** Everything the details panel shows about one entity: its properties, its links and their sources. */
export function buildEntityDetailsOperation(id: string, lang: Language): Operation<EntityDetailsQuery> {
  return fromDocument(EntityDetailsDocument, { id, lang });
}

/** The answer of `buildProvenanceOperation`: one alias per id asked for. */
export type ProvenanceAnswer = Record<`p${number}`, ProvenanceFieldsFragment | null | undefined>;

/**
 * The provenance of several entities or relationships in one request, one alias per id
 * (`p0`, `p1`…). Used for the sources of a node's links and for exports "with sources".
 */
export function buildProvenanceOperation(ids: readonly string[], lang: Language): Operation<ProvenanceAnswer> {
  const defs = ['$lang: Language!', ...ids.map((_, index) => `$p${index}: ID!`)];
  const fields = ids.map((_, index) => `  p${index}: provenance(id: $p${index}) { ...ProvenanceFields }`);
  const variables: Record<string, unknown> = { lang };
  ids.forEach((id, index) => {
    variables[`p${index}`] = id;
  });
  const operation = `query Provenance(${defs.join(', ')}) {\n${fields.join('\n')}\n}`;
  return { operationName: 'Provenance', query: documentText(operation, ProvenanceFieldsFragmentDoc), variables };
}

export { formatOperation, type Operation } from './operation';
