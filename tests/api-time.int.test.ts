import type { Database } from '@faire-collectif/neo4j';
import { jsonDocument, loadDataset, readInputFiles, validateDocuments } from '@faire-collectif/seed';
import { describe, expect, it } from 'vitest';
import { PROGRAMME, seedProgramme, useSeededApi } from './api-harness';

// Periods, as-of dates and undated facts through the API, over the seminar programme (its roles
// and affiliations as of 8 July 2016, its event and sessions on that day) and a few test facts:
// actions dated to the year, to a 31-day month, to February of a leap year and to the day; a
// relationship with an open end and one dated by its record; and facts no source dates.

const FIXTURES = 'time-fixtures';
const cite = { basis: 'stated', citations: [`${FIXTURES}#record`] };
const action = (id: string, date: string, datePrecision: string, dateRaw: string) => ({
  label: 'CollectiveAction',
  id,
  nameEn: `Timed action ${dateRaw}`,
  nameFr: `Timed action ${dateRaw}`,
  date,
  datePrecision,
  dateRaw,
  tags: [],
  tagsRaw: [],
  sourceUrls: [],
  sourcesRaw: [],
  locationsRaw: [],
  ...cite,
});
const organisation = (id: string, name: string) => ({
  label: 'Organisation',
  id,
  nameEn: name,
  nameFr: name,
  kind: 'UNION',
  kindBasis: 'stated',
  ...cite,
});

async function seedWithFixtures(db: Database): Promise<void> {
  await seedProgramme(db);
  const fixtures = jsonDocument(`${FIXTURES}.json`, {
    dataset: FIXTURES,
    // A source that describes nothing as of a day: what it does not date stays undated.
    sources: [{ id: FIXTURES, title: 'Timed facts', language: 'en', publisher: 'Tests', date: '2026-01-01' }],
    nodes: [
      action('action:t-year', '2019-01-01', 'year', '2019'),
      action('action:t-may', '2019-05-01', 'month', '2019/05'),
      action('action:t-feb', '2020-02-01', 'month', '2020/02'),
      action('action:t-day', '2019-06-15', 'day', '2019/06/15'),
      organisation('org:t-group', 'Timed group'),
      organisation('org:t-undated', 'Undated union'),
      { label: 'Person', id: 'person:t-speaker', nameEn: 'Undated speaker', nameFr: 'Undated speaker', ...cite },
      {
        label: 'Session',
        id: 'session:t-undated',
        nameEn: 'Undated talk',
        nameFr: 'Undated talk',
        order: 1,
        kind: 'TALK',
        ...cite,
      },
    ],
    relationships: [
      ...['t-year', 't-may', 't-feb', 't-day'].map((a) => ({
        type: 'ORGANISED',
        from: 'org:t-group',
        to: `action:${a}`,
        ...cite,
      })),
      { type: 'TOOK_PLACE_IN', from: 'action:t-day', to: 'country:DE', ...cite },
      // Dated by its record, in 2021; open-ended from 2018.
      { type: 'BASED_IN', from: 'org:t-group', to: 'country:DE', timeStart: '2021', timeEnd: '2021', ...cite },
      { type: 'LEADS', from: 'org:t-group', to: 'org:t-undated', timeStart: '2018-03', ...cite },
      // Undated.
      { type: 'BASED_IN', from: 'org:t-undated', to: 'country:FR', ...cite },
      { type: 'SPEAKS_IN', from: 'person:t-speaker', to: 'session:t-undated', order: 1, ...cite },
    ],
  });
  // Validated with the programme, whose countries they name (the programme's records are unchanged).
  await loadDataset(db, validateDocuments([...(await readInputFiles([PROGRAMME])), fixtures]));
}

const api = useSeededApi(seedWithFixtures);

interface Drawn {
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; type: string }>;
  undatedCount: number;
}

async function network(filter: Record<string, unknown>): Promise<Drawn> {
  const body = await api.query<{ network: Drawn }>(
    `query($filter: GraphFilter) { network(filter: $filter, limit: 2000) { nodes { id } edges { id type } undatedCount } }`,
    { filter },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.network;
}

const ids = (list: Array<{ id: string }>) => list.map((x) => x.id).sort();
/** The test actions a filter keeps. */
async function actions(time: Record<string, unknown>): Promise<string[]> {
  const drawn = await network({ ...time, types: ['COLLECTIVE_ACTION'] });
  return ids(drawn.nodes);
}

describe('a period against dates of every precision', () => {
  it.each([
    // A year: periods starting or ending inside it, on its first or last day, the day before or after.
    [{ from: '2019-06' }, ['action:t-day', 'action:t-feb', 'action:t-year']],
    [{ from: '2019-12-31' }, ['action:t-feb', 'action:t-year']],
    [{ from: '2020-01-01' }, ['action:t-feb']],
    [{ to: '2019-01-01' }, ['action:t-year']],
    [{ to: '2018-12-31' }, []],
    [{ from: '2019-06', to: '2019-06' }, ['action:t-day', 'action:t-year']],
    // A 31-day month: its last day and first, and the days either side.
    [{ from: '2019-05-31', to: '2019-05-31' }, ['action:t-may', 'action:t-year']],
    [{ from: '2019-06-01', to: '2019-06-14' }, ['action:t-year']],
    [{ from: '2019-04-01', to: '2019-05-01' }, ['action:t-may', 'action:t-year']],
    [{ from: '2019-04-01', to: '2019-04-30' }, ['action:t-year']],
    // February of a leap year ends on the 29th.
    [{ from: '2020-02-29' }, ['action:t-feb']],
    [{ from: '2020-03-01' }, []],
    [{ to: '2020-01-31', from: '2020-01-01' }, []],
    // A day: on it, the day after, the day before.
    [{ from: '2019-06-15', to: '2019-06-15' }, ['action:t-day', 'action:t-year']],
    [{ from: '2019-06-16', to: '2019-12' }, ['action:t-year']],
    [{ from: '2019-02', to: '2019-06-14' }, ['action:t-may', 'action:t-year']],
    // Open at both ends but one.
    [{ to: '2019' }, ['action:t-day', 'action:t-may', 'action:t-year']],
  ])('period %j keeps %j', async (period, expected) => {
    expect(await actions({ period })).toEqual(expected);
  });

  it.each([
    ['2019-06-15', ['action:t-day', 'action:t-year']],
    ['2019-06', ['action:t-day', 'action:t-year']],
    ['2019-05', ['action:t-may', 'action:t-year']],
    ['2019', ['action:t-day', 'action:t-may', 'action:t-year']],
    ['2020-02-29', ['action:t-feb']],
    ['2018', []],
  ])('as of %s keeps %j (an as-of date is the period of its days)', async (asOf, expected) => {
    expect(await actions({ asOf })).toEqual(expected);
  });

  it.each([
    [{ asOf: '2019', period: { from: '2019' } }, 'filter.asOf'],
    [{ asOf: '2019-02-29' }, 'filter.asOf'],
    [{ asOf: '2019-13' }, 'filter.asOf'],
    [{ asOf: 'June 2019' }, 'filter.asOf'],
    [{ period: { from: '2019-06-31' } }, 'filter.period.from'],
  ])('refuses %j, naming %s', async (filter, argumentName) => {
    const body = await api.query(`query($filter: GraphFilter) { network(filter: $filter) { totalCount } }`, { filter });
    expect(body.errors?.map((e) => [e.extensions?.['code'], e.extensions?.['argumentName']])).toEqual([
      ['BAD_USER_INPUT', argumentName],
    ]);
    expect(body.errors?.[0]?.message).toContain(argumentName);
  });
});

describe('the seminar as of its day', () => {
  const seminar = ['person:sarah-bormann', 'org:verdi', 'event:faire-collectif-2016-07-08'];

  it('holds its roles, speakers and affiliations on 8 July 2016, drawn with their edges', async () => {
    const drawn = await network({ asOf: '2016-07-08' });
    expect(ids(drawn.nodes)).toEqual(expect.arrayContaining(seminar));
    expect(drawn.edges).toContainEqual({ id: 'person:sarah-bormann|HOLDS_ROLE|org:verdi', type: 'HOLDS_ROLE' });
    expect(drawn.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['SPEAKS_IN', 'BASED_IN', 'PART_OF']));
    expect(ids(drawn.nodes).filter((id) => id.includes(':t-'))).toEqual([]);
  });

  it('holds none of them as of 2017, whether undated facts are kept or not (an as-of fact is dated)', async () => {
    for (const undated of ['EXCLUDE', 'INCLUDE']) {
      const drawn = await network({ asOf: '2017', undated });
      expect(ids(drawn.nodes).filter((id) => seminar.includes(id))).toEqual([]);
      expect(drawn.edges.filter((e) => e.type === 'HOLDS_ROLE')).toEqual([]);
    }
  });
});

describe('undated facts', () => {
  const undated = ['country:FR', 'org:t-undated', 'person:t-speaker', 'session:t-undated'];

  it('are left out by default and kept with INCLUDE, counted either way', async () => {
    const excluded = await network({ period: { from: '2017', to: '2017' } });
    expect(ids(excluded.nodes)).toEqual([]);
    expect(excluded.undatedCount).toBe(1);
    const included = await network({ period: { from: '2017', to: '2017' }, undated: 'INCLUDE' });
    // The undated session, its speaker, the undated union and where it is based; not the dated.
    expect(ids(included.nodes)).toEqual(expect.arrayContaining(undated));
    expect(ids(included.nodes).filter((id) => id.startsWith('action:') || id === 'org:verdi')).toEqual([]);
    expect(included.undatedCount).toBe(1);
    expect(included.edges.map((e) => e.id).sort()).toEqual(
      expect.arrayContaining(['org:t-undated|BASED_IN|country:FR', 'person:t-speaker|SPEAKS_IN|session:t-undated']),
    );
  });

  it('count 0 without a period', async () => {
    expect((await network({ types: ['SESSION'] })).undatedCount).toBe(0);
  });
});

describe('relationships', () => {
  it('dated outside the period are not drawn between entities that are', async () => {
    const in2019 = await network({ period: { from: '2019', to: '2019' } });
    expect(ids(in2019.nodes)).toEqual(expect.arrayContaining(['org:t-group', 'country:DE']));
    expect(in2019.edges.map((e) => e.id)).not.toContain('org:t-group|BASED_IN|country:DE');
    expect(in2019.edges.map((e) => e.id)).toContain('action:t-day|TOOK_PLACE_IN|country:DE');
    const in2021 = await network({ period: { from: '2021', to: '2021' } });
    expect(in2021.edges.map((e) => e.id)).toContain('org:t-group|BASED_IN|country:DE');
    expect(ids(in2021.nodes).filter((id) => id.startsWith('action:'))).toEqual([]);
  });

  it('with an open end hold in every period after their start, not before', async () => {
    const later = await network({ period: { from: '2030' } });
    expect(later.edges.map((e) => e.id)).toEqual(['org:t-group|LEADS|org:t-undated']);
    const before = await network({ period: { to: '2018-02-28' } });
    expect(before.edges.map((e) => e.id)).not.toContain('org:t-group|LEADS|org:t-undated');
  });
});

describe('time on entities, edges, roles and appearances', () => {
  it('gives an action its date at its precision, and leaves an organisation undated', async () => {
    const body = await api.query(`{
      year: node(id: "action:t-year") { ... on CollectiveAction { time { start startPrecision end endPrecision asOf firstDay lastDay } } }
      feb: node(id: "action:t-feb") { ... on Entity { time { start firstDay lastDay } } }
      org: node(id: "org:t-group") { ... on Entity { time { start } } }
      event: node(id: "event:faire-collectif-2016-07-08") { ... on Event { time { start end startPrecision } } }
    }`);
    expect(body).toEqual({
      data: {
        year: {
          time: {
            start: '2019',
            startPrecision: 'YEAR',
            end: '2019',
            endPrecision: 'YEAR',
            asOf: null,
            firstDay: '2019-01-01',
            lastDay: '2019-12-31',
          },
        },
        feb: { time: { start: '2020-02', firstDay: '2020-02-01', lastDay: '2020-02-29' } },
        org: { time: null },
        event: { time: { start: '2016-07-08', end: '2016-07-08', startPrecision: 'DAY' } },
      },
    });
  });

  it('gives the seminar’s roles as of its day and its speakers’ appearances on it', async () => {
    const body = await api.query(`{ node(id: "person:sarah-bormann") { ... on Person {
      roles { time { asOf start firstDay lastDay } } appearances { time { start end asOf } } } } }`);
    expect(body).toEqual({
      data: {
        node: {
          roles: [{ time: { asOf: '2016-07-08', start: null, firstDay: '2016-07-08', lastDay: '2016-07-08' } }],
          appearances: [{ time: { start: '2016-07-08', end: '2016-07-08', asOf: null } }],
        },
      },
    });
  });

  it('gives drawn nodes and edges their time', async () => {
    const body = await api.query(`{ network(filter: { asOf: "2019-06-15", types: [COLLECTIVE_ACTION, COUNTRY] }) {
      nodes { id time { start } } edges { id time { start end lastDay } } } }`);
    expect(body.errors).toBeUndefined();
    const drawn = body.data!['network'] as { nodes: Array<{ id: string; time: unknown }>; edges: unknown[] };
    expect(drawn.nodes).toContainEqual({ id: 'action:t-day', time: { start: '2019-06-15' } });
    expect(drawn.nodes).toContainEqual({ id: 'country:DE', time: null });
    expect(drawn.edges).toContainEqual({
      id: 'action:t-day|TOOK_PLACE_IN|country:DE',
      time: { start: '2019-06-15', end: '2019-06-15', lastDay: '2019-06-15' },
    });
  });
});

describe('neighbourhood and search follow a period', () => {
  it('walks only what holds in the period, and always returns the centre', async () => {
    const query = `query($period: Period, $asOf: String, $undated: UndatedFacts) {
      neighbourhood(id: "org:t-group", period: $period, asOf: $asOf, undated: $undated) { center { id } nodes { id } edges { id } } }`;
    type Around = { neighbourhood: { center: { id: string }; nodes: Array<{ id: string }> } };
    const around = async (variables: Record<string, unknown>) =>
      (await api.query<Around>(query, variables)).data!.neighbourhood;
    expect(ids((await around({})).nodes)).toContain('action:t-year');
    expect(ids((await around({ period: { from: '2020' } })).nodes)).toEqual([
      'action:t-feb',
      'country:DE',
      'org:t-group',
      'org:t-undated',
    ]);
    const asOf2017 = await around({ asOf: '2017' });
    expect(ids(asOf2017.nodes)).toEqual(['org:t-group']);
    expect(asOf2017.center).toEqual({ id: 'org:t-group' });
    const bad = await api.query(query, { asOf: '2017', period: { from: '2017' } });
    expect(bad.errors?.map((e) => e.extensions?.['argumentName'])).toEqual(['asOf']);
  });

  it('finds only the entities that hold in the period', async () => {
    const query = `query($asOf: String, $undated: UndatedFacts) {
      search(query: "timed", first: 50, asOf: $asOf, undated: $undated) { entity { id } } }`;
    const hits = async (variables: Record<string, unknown>) =>
      ((await api.query(query, variables)).data!['search'] as Array<{ entity: { id: string } }>)
        .map((hit) => hit.entity.id)
        .sort();
    expect(await hits({})).toEqual(['action:t-day', 'action:t-feb', 'action:t-may', 'action:t-year', 'org:t-group']);
    expect(await hits({ asOf: '2019-05' })).toEqual(['action:t-may', 'action:t-year', 'org:t-group']);
    expect(await hits({ asOf: '2017' })).toEqual([]);
    const undated = `{ search(query: "undated", asOf: "2017", undated: INCLUDE) { entity { id } } }`;
    const included = (await api.query(undated)).data!['search'] as Array<{ entity: { id: string } }>;
    expect(included.map((hit) => hit.entity.id).sort()).toEqual([
      'org:t-undated',
      'person:t-speaker',
      'session:t-undated',
    ]);
    const excluded = (await api.query(undated.replace('INCLUDE', 'EXCLUDE'))).data!['search'] as unknown[];
    expect(excluded).toEqual([]);
  });
});
