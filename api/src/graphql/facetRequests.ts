import type { Database } from '@faire-collectif/neo4j';
import { ORGANISATION_KINDS, labelOf } from '@faire-collectif/seed/model';
import type { FacetKey, FacetRequest } from '../data/facetCounts';
import type { EntityFilter } from '../data/filter';
import { findUnknownIds, ID_LIST_LABELS, type IdList } from '../data/unknownIds';
import { InvalidArgumentError, quoted } from '../errors';
import type { FacetOptionsInput, FilterFacet, GraphFilter } from '../generated/graphql';
import { countryCodes, entityFilter, LIMITS } from './arguments';
import { unknownIdsError } from './checkedFilter';

// The arguments of `facetCounts` checked: the filter as any filter, each facet once with 1 to 100
// options, each option a value its criterion takes. The ids of the filter and of the options are
// looked up together, in one query; an error names the field that holds the unknown id.

const FACET_KEYS: Readonly<Record<FilterFacet, FacetKey>> = {
  COUNTRIES: 'countries',
  WORKER_TYPES: 'workerTypes',
  ORGANISATION_KINDS: 'organisationKinds',
  ORGANISING_FORMS: 'organisingForms',
  SESSIONS: 'sessions',
  DATASETS: 'datasets',
  STRUGGLES: 'struggles',
  COMPANIES: 'companies',
  ORGANISERS: 'organisers',
};

/** How many facets one request may count: each facet once. */
export const MAX_FACETS = Object.keys(FACET_KEYS).length;

const KINDS: ReadonlySet<string> = new Set(ORGANISATION_KINDS);

const isIdList = (key: FacetKey): key is IdList => key in ID_LIST_LABELS;

/** One facet's options, checked (country codes in capitals, kinds known). */
function facetRequest(input: FacetOptionsInput, field: string): FacetRequest {
  const key = FACET_KEYS[input.facet];
  const optionsField = `${field}.options`;
  if (input.options.length < 1 || input.options.length > LIMITS.facetOptions) {
    throw new InvalidArgumentError(
      optionsField,
      `${optionsField} must name 1 to ${LIMITS.facetOptions} options, got ${input.options.length}.`,
    );
  }
  let options: readonly string[] = [...new Set(input.options)];
  if (key === 'countries') options = [...new Set(countryCodes(options, optionsField))];
  if (key === 'organisationKinds') {
    const unknown = options.find((kind) => !KINDS.has(kind));
    if (unknown !== undefined) {
      throw new InvalidArgumentError(optionsField, `${optionsField}: ${quoted(unknown)} is not an organisation kind.`);
    }
  }
  const counting = input.counting && input.counting.length > 0 ? input.counting.map(labelOf) : undefined;
  return { key, options, ...(counting ? { counting } : {}) };
}

/** The filter and the facets of `facetCounts`, checked; unknown ids are refused naming their field. */
export async function checkedFacetRequests(
  db: Database,
  filterInput: GraphFilter | null | undefined,
  inputs: readonly FacetOptionsInput[],
): Promise<{ filter: EntityFilter | undefined; facets: FacetRequest[] }> {
  const filter = entityFilter(filterInput);
  if (inputs.length < 1 || inputs.length > MAX_FACETS) {
    throw new InvalidArgumentError('facets', `facets must name 1 to ${MAX_FACETS} facets, got ${inputs.length}.`);
  }
  const seen = new Set<FilterFacet>();
  const facets = inputs.map((input, index) => {
    if (seen.has(input.facet)) {
      throw new InvalidArgumentError(
        `facets[${index}].facet`,
        `facets[${index}].facet: ${input.facet} is asked twice.`,
      );
    }
    seen.add(input.facet);
    return facetRequest(input, `facets[${index}]`);
  });
  // Each id looked up once, whichever fields name it.
  const lookedUp: Partial<Record<IdList, string[]>> = {};
  for (const key of Object.keys(ID_LIST_LABELS) as IdList[]) {
    const ids = [...(filter?.[key] ?? []), ...facets.flatMap((facet) => (facet.key === key ? facet.options : []))];
    if (ids.length > 0) lookedUp[key] = ids;
  }
  const unknown = await findUnknownIds(db, lookedUp);
  for (const { list, ids } of unknown) {
    const inFilter = ids.filter((id) => filter?.[list]?.includes(id));
    if (inFilter.length > 0) throw unknownIdsError(`filter.${list}`, list, inFilter);
    const index = facets.findIndex((facet) => isIdList(facet.key) && facet.key === list);
    throw unknownIdsError(`facets[${index}].options`, list, ids);
  }
  return { filter, facets };
}
