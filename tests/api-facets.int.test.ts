import { ORGANISATION_KINDS } from '@faire-collectif/seed/model';
import { describe, expect, it } from 'vitest';
import { seedAllDatasets, useSeededApi } from './api-harness';

// Live facet counts over both data sets as `npm start` loads them. Every expected count is asked
// of the API another way: the typed lists (`organisations`, `people`, `collectiveActions`) with the
// option put in the filter, and the network with the values the filter names taken out.

const api = useSeededApi(seedAllDatasets);

type Filter = Record<string, unknown>;
type Facet =
  | 'COUNTRIES'
  | 'WORKER_TYPES'
  | 'ORGANISATION_KINDS'
  | 'ORGANISING_FORMS'
  | 'SESSIONS'
  | 'DATASETS'
  | 'STRUGGLES'
  | 'COMPANIES'
  | 'ORGANISERS';
type Counted = 'ORGANISATION' | 'PERSON' | 'COLLECTIVE_ACTION';

const FILTER_KEY: Readonly<Record<Facet, string>> = {
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
const LIST_OF: Readonly<Record<Counted, string>> = {
  ORGANISATION: 'organisations',
  PERSON: 'people',
  COLLECTIVE_ACTION: 'collectiveActions',
};

interface FacetAnswer {
  facetCounts: {
    matching: number;
    facets: Array<{ facet: Facet; options: Array<{ value: string; count: number; matching: number }> }>;
  };
}

const FACET_COUNTS = `query ($filter: GraphFilter, $facets: [FacetOptionsInput!]!) {
  facetCounts(filter: $filter, facets: $facets) { matching facets { facet options { value count matching } } }
}`;

async function facetCounts(
  filter: Filter | null,
  facets: Array<{ facet: Facet; options: string[]; counting?: Counted[] }>,
) {
  const body = await api.query<FacetAnswer>(FACET_COUNTS, { filter, facets });
  expect(body.errors).toBeUndefined();
  return body.data!.facetCounts;
}

async function ids(list: string, first = 100): Promise<string[]> {
  const body = await api.query<Record<string, { nodes: Array<{ id: string }> }>>(
    `{ list: ${list}(first: ${first}) { nodes { id } } }`,
  );
  return body.data!['list']!.nodes.map((node) => node.id);
}

/** The ids of the value nodes a filter names (its countries, worker types with their narrower ones, forms, sessions). */
async function valueIds(filter: Filter): Promise<Set<string>> {
  const result = await api.db.read((tx) =>
    tx.run(
      `CALL () { MATCH (c:Country) WHERE c.code IN $countries RETURN c.id AS id
         UNION MATCH (w:WorkerType)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes RETURN w.id AS id
         UNION MATCH (x:OrganisingForm|Session) WHERE x.id IN $others RETURN x.id AS id }
       RETURN collect(id) AS ids`,
      {
        countries: filter['countries'] ?? [],
        workerTypes: filter['workerTypes'] ?? [],
        others: [...((filter['organisingForms'] as string[]) ?? []), ...((filter['sessions'] as string[]) ?? [])],
      },
    ),
  );
  return new Set(result.records[0]?.get('ids') as string[]);
}

/** What the filter matches, counted from the network: its nodes but the values it names. */
async function networkMatching(filter: Filter): Promise<number> {
  const body = await api.query<{ network: { totalCount: number; truncated: boolean; nodes: Array<{ id: string }> } }>(
    `query ($filter: GraphFilter) { network(filter: $filter, limit: 2000) { totalCount truncated nodes { id } } }`,
    { filter },
  );
  const network = body.data!.network;
  expect(network.truncated).toBe(false);
  const values = await valueIds(filter);
  return network.nodes.filter((node) => !values.has(node.id)).length;
}

async function listCount(counted: Counted, filter: Filter): Promise<number> {
  const body = await api.query<Record<string, { totalCount: number }>>(
    `query ($filter: GraphFilter) { list: ${LIST_OF[counted]}(filter: $filter, first: 1) { totalCount } }`,
    { filter },
  );
  return body.data!['list']!.totalCount;
}

/** Checks each option's counts against the lists and the network with the option in place of the facet's selection. */
async function expectCountsOf(filter: Filter, facet: Facet, options: string[], counting?: Counted) {
  const answer = await facetCounts(filter, [{ facet, options, ...(counting ? { counting: [counting] } : {}) }]);
  const [counted] = answer.facets;
  expect(counted?.facet).toBe(facet);
  expect(counted?.options.map((option) => option.value)).toEqual(options);
  for (const option of counted?.options ?? []) {
    const optionFilter = { ...filter, [FILTER_KEY[facet]]: [option.value] };
    const matching = await networkMatching(optionFilter);
    expect(option.matching, `${facet} ${option.value}: matching`).toBe(matching);
    const expected = counting ? await listCount(counting, optionFilter) : matching;
    expect(option.count, `${facet} ${option.value}: count`).toBe(expected);
  }
  return counted?.options ?? [];
}

describe('facetCounts', () => {
  it('counts the whole filter as the network does, its named values aside', async () => {
    for (const filter of [{ countries: ['DE'] }, { countries: ['DE'], workerTypes: ['worker:freelancers'] }]) {
      const answer = await facetCounts(filter, [{ facet: 'DATASETS', options: ['collective-action-tech'] }]);
      expect(answer.matching).toBe(await networkMatching(filter));
    }
  });

  it('counts the worker types under Germany as organisations, Germany’s count changing them', async () => {
    const workerTypes = await ids('workerTypes');
    const underGermany = await expectCountsOf({ countries: ['DE'] }, 'WORKER_TYPES', workerTypes, 'ORGANISATION');
    const everywhere = await facetCounts(null, [
      { facet: 'WORKER_TYPES', options: workerTypes, counting: ['ORGANISATION'] },
    ]);
    expect(underGermany.map((option) => option.count)).not.toEqual(everywhere.facets[0]?.options.map((o) => o.count));
    // Some worker type is organised by nothing in Germany: that option would show nothing.
    expect(underGermany.some((option) => option.matching === 0)).toBe(true);
  }, 120_000);

  it('replaces the facet’s own selection by each option, and counts every organisation kind', async () => {
    const filter = { countries: ['DE'], organisationKinds: ['UNION'] };
    const kinds = await expectCountsOf(filter, 'ORGANISATION_KINDS', [...ORGANISATION_KINDS], 'ORGANISATION');
    expect(kinds.find((option) => option.value === 'UNION')?.count).toBe(await listCount('ORGANISATION', filter));
    expect(kinds.filter((option) => option.count > 0).length).toBeGreaterThan(1);
  }, 120_000);

  it('counts countries, forms and sessions under a worker type', async () => {
    const filter = { workerTypes: ['worker:crowd-workers'] };
    await expectCountsOf(filter, 'COUNTRIES', ['DE', 'FR', 'US', 'GB', 'JP'], 'ORGANISATION');
    await expectCountsOf(filter, 'ORGANISING_FORMS', await ids('organisingForms', 20), 'ORGANISATION');
    await expectCountsOf(filter, 'SESSIONS', await ids('sessions', 20), 'PERSON');
  }, 120_000);

  it('counts the collective-action facets as actions, and the data sets as entities', async () => {
    const filter = { countries: ['US'] };
    await expectCountsOf(filter, 'STRUGGLES', await ids('struggles'), 'COLLECTIVE_ACTION');
    const organisations = await api.query<{
      organisations: { nodes: Array<{ id: string; kind: string | null; organised: { totalCount: number } }> };
    }>(`{ organisations(orderBy: { field: DEGREE, direction: DESC }, first: 60) {
          nodes { id kind organised: actions(role: ORGANISED, first: 1) { totalCount } } } }`);
    const nodes = organisations.data!.organisations.nodes;
    const companies = nodes
      .filter((node) => node.kind === 'COMPANY')
      .slice(0, 12)
      .map((node) => node.id);
    const organisers = nodes
      .filter((node) => node.organised.totalCount > 0)
      .slice(0, 12)
      .map((node) => node.id);
    expect(companies.length).toBeGreaterThan(3);
    expect(organisers.length).toBeGreaterThan(3);
    await expectCountsOf(filter, 'COMPANIES', companies, 'COLLECTIVE_ACTION');
    await expectCountsOf(filter, 'ORGANISERS', organisers, 'COLLECTIVE_ACTION');
    const datasets = await api.query<{ datasets: Array<{ id: string }> }>('{ datasets { id } }');
    const datasetIds = datasets.data!.datasets.map((dataset) => dataset.id);
    expect(datasetIds.length).toBeGreaterThan(1);
    await expectCountsOf({ countries: ['DE'] }, 'DATASETS', datasetIds);
  }, 180_000);

  it('answers several facets in one request, in the order asked', async () => {
    const answer = await facetCounts({ countries: ['DE'] }, [
      { facet: 'ORGANISATION_KINDS', options: ['UNION'], counting: ['ORGANISATION'] },
      { facet: 'COUNTRIES', options: ['fr', 'DE'], counting: ['ORGANISATION'] },
    ]);
    expect(answer.facets.map((facet) => facet.facet)).toEqual(['ORGANISATION_KINDS', 'COUNTRIES']);
    expect(answer.facets[1]?.options.map((option) => option.value)).toEqual(['FR', 'DE']);
    expect(answer.facets[1]?.options[1]?.count).toBe(await listCount('ORGANISATION', { countries: ['DE'] }));
  });

  it.each([
    [
      { filter: { workerTypes: ['worker:nobody'] }, facets: [{ facet: 'COUNTRIES', options: ['DE'] }] },
      'filter.workerTypes',
      /worker type has the id "worker:nobody"/,
    ],
    [
      { facets: [{ facet: 'STRUGGLES', options: ['struggle:nothing'] }] },
      'facets[0].options',
      /no struggle has the id "struggle:nothing"/,
    ],
    [
      {
        facets: [
          { facet: 'COUNTRIES', options: ['DE'] },
          { facet: 'COMPANIES', options: ['org:ig-metall'] },
        ],
      },
      'facets[1].options',
      /no company has the id/,
    ],
    [{ facets: [{ facet: 'COUNTRIES', options: ['XX'] }] }, 'facets[0].options', /not an ISO 3166-1/],
    [
      { facets: [{ facet: 'ORGANISATION_KINDS', options: ['GUILD'] }] },
      'facets[0].options',
      /not an organisation kind/,
    ],
    [{ facets: [{ facet: 'COUNTRIES', options: [] }] }, 'facets[0].options', /1 to 100 options, got 0/],
    [
      {
        facets: [
          { facet: 'COUNTRIES', options: ['DE'] },
          { facet: 'COUNTRIES', options: ['FR'] },
        ],
      },
      'facets[1].facet',
      /asked twice/,
    ],
    [{ facets: [] }, 'facets', /1 to 9 facets, got 0/],
  ])('refuses %j naming %s', async (variables, argumentName, message) => {
    const body = await api.query(FACET_COUNTS, variables);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses more than 100 options of a facet', async () => {
    const options = Array.from({ length: 101 }, (_, index) => `struggle:${index}`);
    const body = await api.query(FACET_COUNTS, { facets: [{ facet: 'STRUGGLES', options }] });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'facets[0].options' });
  });
});
