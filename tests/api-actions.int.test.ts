import { readFile } from 'node:fs/promises';
import type { Database } from '@faire-collectif/neo4j';
import { jsonDocument, loadDataset, validateDocuments } from '@faire-collectif/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME, seedAllDatasets, useSeededApi } from './api-harness';
import {
  DATASET,
  actionsOf,
  derivedActions,
  foldedLinks,
  latestFirst,
  tiesOf,
  type DerivedActions,
} from './support/collectiveActions';

// Collective actions, struggles and data sets through the API, over both data sets as `npm start`
// loads them, plus two test actions dated to the year and to the month (the data set dates every
// action to the day). Expected answers are computed from the derived data, not written out.

const FIXTURES = 'period-fixtures';
const fixtureAction = (id: string, date: string, datePrecision: string, dateRaw: string) => ({
  label: 'CollectiveAction',
  id,
  nameEn: `Test action dated ${dateRaw}`,
  nameFr: `Test action dated ${dateRaw}`,
  date,
  datePrecision,
  dateRaw,
  tags: [],
  tagsRaw: [],
  sourceUrls: [],
  sourcesRaw: [],
  locationsRaw: [],
  basis: 'stated',
  citations: [`${FIXTURES}#${id.replace('action:', '')}`],
});

async function seedWithFixtures(db: Database): Promise<void> {
  await seedAllDatasets(db);
  const fixtures = jsonDocument('period-fixtures.json', {
    dataset: FIXTURES,
    sources: [
      {
        id: FIXTURES,
        title: 'Test actions dated to the year and to the month',
        language: 'en',
        publisher: 'Faire collectif tests',
        date: '2026-01-01',
        url: 'https://example.org/period-fixtures',
      },
    ],
    nodes: [
      fixtureAction('action:test-year', '2019-01-01', 'year', '2019'),
      fixtureAction('action:test-month', '2019-05-01', 'month', '2019/05'),
    ],
    relationships: [],
  });
  await loadDataset(db, validateDocuments([fixtures]));
}

const api = useSeededApi(seedWithFixtures);
let data: DerivedActions;
beforeAll(async () => {
  data = await derivedActions();
});

const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();

/** A page of a list, as the queries here ask for it. */
interface Listed {
  totalCount: number;
  nodes: Array<{ id: string }>;
}

async function actionIds(filter: Record<string, unknown>): Promise<string[]> {
  const body = await api.query<{ collectiveActions: Listed }>(
    `query($filter: GraphFilter) { collectiveActions(filter: $filter, first: 100) { totalCount nodes { id } } }`,
    { filter },
  );
  expect(body.errors).toBeUndefined();
  return ids(body.data?.collectiveActions.nodes ?? []);
}

describe('data sets', () => {
  it('lists both data sets with what the graph holds of each', async () => {
    const body = await api.query(`{ datasets { id title authors version licence commit citation nodeCount
      countsByType { type count } } }`);
    const datasets = body.data?.['datasets'] as Array<Record<string, unknown>>;
    expect(datasets.map((d) => d['id'])).toEqual([DATASET, 'programme-2016-07-08']);
    const actions = actionsOf(data).length;
    expect(datasets[0]).toMatchObject({
      title: 'Collective Action In Tech',
      authors: ['JS Tan', 'Nataliya Nedzhvetskaya'],
      version: '1.0.0',
      licence: 'Unlicense',
      commit: 'b79996c1d1483412dcde0b82667d2fac857f9d4a',
      nodeCount: data.nodes.size,
    });
    expect(datasets[0]?.['countsByType']).toContainEqual({ type: 'COLLECTIVE_ACTION', count: actions });
  });

  it('names the data set of a source', async () => {
    const body = await api.query(`{ node(id: "${DATASET}") { ... on Source { id dataset { id title } } } }`);
    expect(body).toEqual({
      data: { node: { id: DATASET, dataset: { id: DATASET, title: 'Collective Action In Tech' } } },
    });
  });
});

describe('a collective action', () => {
  it('gives its record, its ties and where it comes from', async () => {
    const record = data.nodes.get('action:382');
    const body = await api.query(`{ node(id: "action:382") { ... on CollectiveAction {
      id type name date datePrecision dateRaw workers online tags sourceUrls locations dataset { id }
      forms { id } struggles { id } workerTypes { id } companies { id } countries { code } organisers { id }
      provenance { basis sourceUrls citations { source { id } locator url quote } }
    } } }`);
    expect(body).toEqual({
      data: {
        node: {
          id: 'action:382',
          type: 'COLLECTIVE_ACTION',
          name: record?.['nameEn'],
          date: '1969-03-04',
          datePrecision: 'DAY',
          dateRaw: '1969/03/04',
          workers: 320,
          online: null,
          tags: record?.['tags'],
          sourceUrls: record?.['sourceUrls'],
          locations: record?.['locationsRaw'],
          dataset: { id: DATASET },
          forms: tiesOf(data, 'action:382', 'TOOK_FORM').map((id) => ({ id })),
          struggles: tiesOf(data, 'action:382', 'CONCERNS').map((id) => ({ id })),
          workerTypes: tiesOf(data, 'action:382', 'INVOLVES').map((id) => ({ id })),
          companies: tiesOf(data, 'action:382', 'TARGETS').map((id) => ({ id })),
          countries: [{ code: 'US' }],
          organisers: tiesOf(data, 'action:382', 'ORGANISED').map((id) => ({ id })),
          provenance: {
            basis: 'STATED',
            sourceUrls: record?.['sourceUrls'],
            citations: [{ source: { id: DATASET }, locator: 'action-382', url: null, quote: null }],
          },
        },
      },
    });
  });

  it('gives the reports behind each of its relationships', async () => {
    const tie = data.relationships.find((r) => r.type === 'TOOK_PLACE_IN' && r.from === 'action:382');
    const body = await api.query(`{ provenance(id: "action:382|TOOK_PLACE_IN|country:US") { basis sourceUrls
      citations { locator } } }`);
    expect(body).toEqual({
      data: { provenance: { basis: 'STATED', sourceUrls: tie?.sourceUrls, citations: [{ locator: 'action-382' }] } },
    });
  });

  it('is drawn with the countries it took place in, and found by search', async () => {
    const body = await api.query(`{
      neighbourhood(id: "action:382", depth: 1) { center { id type label countryCodes } }
      search(query: "Computer People for Peace", types: [COLLECTIVE_ACTION], first: 1) { entity { id } }
    }`);
    expect(body).toEqual({
      data: {
        neighbourhood: {
          center: {
            id: 'action:382',
            type: 'COLLECTIVE_ACTION',
            label: data.nodes.get('action:382')?.['nameEn'],
            countryCodes: ['US'],
          },
        },
        search: [{ entity: { id: 'action:382' } }],
      },
    });
  });

  it('quotes the source’s words for a fact, each citation once', async () => {
    const programme = JSON.parse(await readFile(PROGRAMME, 'utf8')) as {
      nodes: Array<{ id: string; citations: string[]; quotes?: string[] }>;
    };
    const quoted = programme.nodes.find((n) => (n.quotes ?? []).length > 0)!;
    const body = await api.query<{ provenance: { citations: Array<{ quote: string | null }> } }>(
      `query($id: ID!) { provenance(id: $id) { citations { source { id } locator quote } } }`,
      {
        id: quoted.id,
      },
    );
    expect(body).toEqual({
      data: {
        provenance: {
          citations: [...new Set(quoted.citations)].map((citation) => {
            const [source, locator] = citation.split('#');
            const quote = quoted.quotes?.find((q) => q.startsWith(`${citation}: `));
            return { source: { id: source }, locator, quote: quote?.slice(citation.length + 2) ?? null };
          }),
        },
      },
    });
    expect(body.data?.provenance.citations.some((c) => c.quote !== null)).toBe(true);
  });

  it('gives a date as precise as the source', async () => {
    const body = await api.query(`{ nodes(ids: ["action:test-year", "action:test-month"]) {
      ... on CollectiveAction { date datePrecision dateRaw } } }`);
    expect(body).toEqual({
      data: {
        nodes: [
          { date: '2019', datePrecision: 'YEAR', dateRaw: '2019' },
          { date: '2019-05', datePrecision: 'MONTH', dateRaw: '2019/05' },
        ],
      },
    });
  });
});

describe('lists of actions', () => {
  it('lists every action by date, oldest first', async () => {
    const body = await api.query<{ collectiveActions: Listed }>(
      `{ collectiveActions(first: 3) { totalCount nodes { id } } }`,
    );
    const all = actionsOf(data);
    const oldest = [...all].sort(latestFirst).reverse();
    expect(body.data?.collectiveActions.totalCount).toBe(all.length + 2);
    expect(body.data?.collectiveActions.nodes[0]).toEqual({ id: oldest[0]?.id });
  });

  it('gives the actions that stood up to a company, latest first', async () => {
    const targeted = data.relationships.filter((r) => r.type === 'TARGETS' && r.to === 'org:amazon').map((r) => r.from);
    const expected = targeted
      .map((id) => data.nodes.get(id)!)
      .sort(latestFirst)
      .slice(0, 5)
      .map((a) => ({ id: a.id }));
    const body = await api.query(`{ node(id: "org:amazon") { ... on Organisation {
      targeted: actions(role: TARGETED, first: 5) { totalCount nodes { id } }
      organised: actions(role: ORGANISED, first: 5) { totalCount }
      both: actions(first: 5) { totalCount }
    } } }`);
    expect(body).toEqual({
      data: {
        node: {
          targeted: { totalCount: targeted.length, nodes: expected },
          organised: { totalCount: 0 },
          both: { totalCount: targeted.length },
        },
      },
    });
  });

  it('gives the actions of a struggle and of a country', async () => {
    const about = data.relationships.filter((r) => r.type === 'CONCERNS' && r.to === 'struggle:ethics');
    const inFrance = data.relationships.filter((r) => r.type === 'TOOK_PLACE_IN' && r.to === 'country:FR');
    const body = await api.query<{
      struggles: { nodes: Array<{ id: string; actions: { totalCount: number } }> };
      node: { actions: { totalCount: number } } | null;
    }>(`{
      struggles(first: 100) { nodes { id actions(first: 1) { totalCount } } }
      node(id: "country:FR") { ... on Country { actions(first: 1) { totalCount } } }
    }`);
    const ethics = body.data?.struggles.nodes.find((s) => s.id === 'struggle:ethics');
    expect(ethics).toEqual({ id: 'struggle:ethics', actions: { totalCount: about.length } });
    expect(body.data?.node).toEqual({ actions: { totalCount: inFrance.length } });
  });
});

describe('filters on actions', () => {
  const dayAction = () => actionsOf(data).find((a) => a.id === 'action:382')!;

  it('counts a year for a period that starts inside it', async () => {
    expect(await actionIds({ period: { from: '2019-06', to: '2019-06' } })).toEqual(
      [
        'action:test-year',
        ...actionsOf(data)
          .filter((a) => (a.date ?? '').startsWith('2019-06'))
          .map((a) => a.id),
      ].sort(),
    );
  });

  it('counts a month for a period that ends on its first day, and not before', async () => {
    expect(await actionIds({ period: { from: '2019-04-30', to: '2019-05-01' } })).toContain('action:test-month');
    expect(await actionIds({ period: { from: '2019-04-01', to: '2019-04-30' } })).not.toContain('action:test-month');
  });

  it('counts a day on the period’s last day and first day, open at either end', async () => {
    const action = dayAction();
    expect(await actionIds({ period: { to: action.date } })).toContain(action.id);
    expect(await actionIds({ period: { to: '1969-03-03' } })).toEqual([]);
    const from = await api.query<{ collectiveActions: { totalCount: number } }>(
      `{ collectiveActions(filter: { period: { from: "1969-03-04" } }, first: 1) { totalCount } }`,
    );
    expect(from.data?.collectiveActions.totalCount).toBe(actionsOf(data).length + 2);
  });

  it('leaves out entities tied to no date in the period', async () => {
    const inPeriod = actionsOf(data).filter((a) => (a.date ?? '') >= '2022-01-01');
    const struggles = new Set(inPeriod.flatMap((a) => tiesOf(data, a.id, 'CONCERNS')));
    const body = await api.query<{ struggles: { nodes: Array<{ id: string }> } }>(
      `{ struggles(filter: { period: { from: "2022" } }, first: 100) { nodes { id } } }`,
    );
    expect(ids(body.data!.struggles.nodes)).toEqual([...struggles].sort());
    const people = await api.query<{ people: { totalCount: number } }>(
      `{ people(filter: { period: { from: "2022" } }) { totalCount } }`,
    );
    expect(people.data?.people.totalCount).toBe(0);
  });

  it('keeps the seminar’s people in a period that holds its day', async () => {
    const all = await api.query<{ people: { totalCount: number } }>(`{ people(first: 1) { totalCount } }`);
    const body = await api.query<{ people: { totalCount: number } }>(
      `{ people(filter: { period: { from: "2016-07-08", to: "2016-07-08" } }, first: 1) { totalCount } }`,
    );
    expect(body.data?.people.totalCount).toBe(all.data?.people.totalCount);
  });

  it('finds the actions of a struggle against a company, and of an organiser', async () => {
    const expected = actionsOf(data)
      .filter((a) => tiesOf(data, a.id, 'CONCERNS').includes('struggle:ethics'))
      .filter((a) => tiesOf(data, a.id, 'TARGETS').includes('org:google'))
      .map((a) => a.id)
      .sort();
    expect(await actionIds({ struggles: ['struggle:ethics'], companies: ['org:google'] })).toEqual(
      expected.slice(0, 100),
    );
    const organised = data.relationships
      .filter((r) => r.type === 'ORGANISED' && r.from === 'org:communications-workers-of-america')
      .map((r) => r.to);
    expect(await actionIds({ organisers: ['org:communications-workers-of-america'] })).toEqual(
      [...new Set(organised)].sort(),
    );
  });

  it('finds the actions that took place in a country, involved workers or took a form', async () => {
    const inCountry = (code: string) =>
      data.relationships.filter((r) => r.type === 'TOOK_PLACE_IN' && r.to === `country:${code}`).map((r) => r.from);
    expect(await actionIds({ countries: ['FR'] })).toEqual(expect.arrayContaining(inCountry('FR')));
    const strikes = data.relationships
      .filter((r) => r.type === 'TOOK_FORM' && r.to === 'form:strike')
      .map((r) => r.from);
    const body = await api.query<{ collectiveActions: { totalCount: number } }>(
      `{ collectiveActions(filter: { organisingForms: ["form:strike"] }) { totalCount } }`,
    );
    expect(body.data?.collectiveActions.totalCount).toBe(strikes.length);
  });

  it('keeps to what a data set loaded', async () => {
    const body = await api.query(`{
      sessions(filter: { datasets: ["${DATASET}"] }) { totalCount }
      struggles(filter: { datasets: ["${DATASET}"] }) { totalCount }
    }`);
    const struggles = [...data.nodes.values()].filter((n) => n.label === 'Struggle').length;
    expect(body).toEqual({ data: { sessions: { totalCount: 0 }, struggles: { totalCount: struggles } } });
  });

  it.each([
    [{ period: { from: '2019-13' } }, 'filter.period.from'],
    [{ period: { to: '2019-02-30' } }, 'filter.period.to'],
    [{ period: { from: '2020', to: '2019' } }, 'filter.period.from'],
    [{ struggles: ['struggle:nope'] }, 'filter.struggles'],
    [{ companies: ['org:ig-metall'] }, 'filter.companies'],
    [{ organisers: ['org:nope'] }, 'filter.organisers'],
    [{ datasets: ['nope'] }, 'filter.datasets'],
  ])('refuses %j, naming %s', async (filter, argumentName) => {
    const body = await api.query(`query($filter: GraphFilter) { collectiveActions(filter: $filter) { totalCount } }`, {
      filter,
    });
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['argumentName']])).toEqual([
      ['BAD_USER_INPUT', argumentName],
    ]);
    expect(body.errors?.[0]?.message).toContain(argumentName);
  });
});

describe('folded links', () => {
  it('weighs each pair the same actions join, heaviest first', async () => {
    const all = new Set(actionsOf(data).map((a) => a.id));
    const expected = foldedLinks(data, all);
    const body = await api.query<{
      foldedLinks: {
        actionCount: number;
        truncated: boolean;
        links: Array<{
          id: string;
          source: string;
          target: string;
          weight: number;
          basis: string;
          actions: Array<{ id: string }>;
        }>;
        nodes: Array<{ id: string }>;
      };
    }>(`{ foldedLinks(limit: 25) { actionCount truncated
      links { id source target weight basis actions { id } } nodes { id } } }`);
    const folded = body.data!.foldedLinks;
    expect(folded.actionCount).toBe(all.size + 2);
    expect(folded.truncated).toBe(expected.length > 25);
    expect(folded.links).toEqual(
      expected.slice(0, 25).map((l) => ({
        id: `${l.source}|FOLDED|${l.target}`,
        source: l.source,
        target: l.target,
        weight: l.weight,
        basis: l.basis,
        actions: l.actions.map((id) => ({ id })),
      })),
    );
    expect(ids(folded.nodes)).toEqual([...new Set(expected.slice(0, 25).flatMap((l) => [l.source, l.target]))].sort());
  });

  it('folds only the actions the filter matches', async () => {
    const ethics = new Set(
      actionsOf(data)
        .filter((a) => tiesOf(data, a.id, 'CONCERNS').includes('struggle:ethics'))
        .map((a) => a.id),
    );
    const expected = foldedLinks(data, ethics);
    const body = await api.query(`{ foldedLinks(filter: { struggles: ["struggle:ethics"] }, limit: 2000) {
      actionCount truncated links { source target weight basis } } }`);
    expect(body).toEqual({
      data: {
        foldedLinks: {
          actionCount: ethics.size,
          truncated: false,
          links: expected.map(({ source, target, weight, basis }) => ({ source, target, weight, basis })),
        },
      },
    });
  });
});

describe('the whole graph', () => {
  it('draws the network and its actions with their countries, within the limit', async () => {
    const body = await api.query<{
      network: { totalCount: number; nodes: Array<{ id: string; type: string; countryCodes: string[] }> };
    }>(`{ network(limit: 2000) { totalCount truncated nodes { id type countryCodes } } }`);
    const action = body.data?.network.nodes.find((n) => n.id === 'action:382');
    expect(action).toEqual({ id: 'action:382', type: 'COLLECTIVE_ACTION', countryCodes: ['US'] });
    expect(body.data?.network.totalCount).toBeGreaterThan(actionsOf(data).length);
  });
});

describe('the matrix over both data sets', () => {
  it('counts the organisers of actions of these workers there, as inferred', async () => {
    const worker = 'worker:gig-workers';
    const actions = actionsOf(data).filter(
      (a) =>
        tiesOf(data, a.id, 'INVOLVES').includes(worker) && tiesOf(data, a.id, 'TOOK_PLACE_IN').includes('country:US'),
    );
    const organisers = new Set(actions.flatMap((a) => tiesOf(data, a.id, 'ORGANISED')));
    const counted = actions.filter((a) => tiesOf(data, a.id, 'ORGANISED').length > 0);
    const body = await api.query<{
      matrix: { cells: Array<{ organisations: Array<{ id: string }> }> };
    }>(`{ matrix(filter: { countries: ["US"], workerTypes: ["${worker}"] }) {
      cells { country { code } workerType { id } organisations { id } inferred { id } actionCount unknown }
      withoutCountry { workerType { id } } } }`);
    expect(body).toEqual({
      data: {
        matrix: {
          cells: [
            {
              country: { code: 'US' },
              workerType: { id: worker },
              organisations: expect.arrayContaining([...organisers].map((id) => ({ id }))) as Array<{ id: string }>,
              inferred: expect.arrayContaining([...organisers].map((id) => ({ id }))) as Array<{ id: string }>,
              actionCount: counted.length,
              unknown: organisers.size === 0,
            },
          ],
          withoutCountry: [],
        },
      },
    });
    expect(body.data?.matrix.cells[0]?.organisations).toHaveLength(organisers.size);
  });
});
