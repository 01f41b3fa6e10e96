import { readFile } from 'node:fs/promises';
import type { Database } from '@faire-collectif/neo4j';
import { jsonDocument, loadDataset, validateDocuments } from '@faire-collectif/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME, seedAllDatasets, useSeededApi, type GraphQLBody } from './api-harness';
import { DATASET, actionsOf, derivedActions, tiesOf } from './support/collectiveActions';
import { FACETS, expectedTimeline, type ExpectedTimeline, type Facet, type Fact } from './support/timeline';

// The timeline over both data sets as `npm start` loads them, plus test actions: one dated to the
// year, one to the month, one dated long before the others, one dated by the stored time
// properties alone and one no source dates (these two written straight to the graph: the seed
// format dates every action by its `date`). What each answer should count is
// computed from the derived data, the programme file and these fixtures, never written out.

const FIXTURES = 'timeline-fixtures';
const PROGRAMME_DATASET = 'programme-2016-07-08';

const fixtureAction = (id: string, date: string, datePrecision: 'year' | 'month', dateRaw: string) => ({
  label: 'CollectiveAction',
  id,
  nameEn: `Test action dated ${dateRaw}`,
  nameFr: `Action de test datée ${dateRaw}`,
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
const DATED_FIXTURES = [
  fixtureAction('action:test-year', '2019-01-01', 'year', '2019'),
  fixtureAction('action:test-month', '2019-05-01', 'month', '2019/05'),
  fixtureAction('action:test-long-ago', '1899-01-01', 'year', '1899'),
];
const UNDATED = 'action:test-undated';
/** A test action dated only by the stored time properties (no `date`): the timeline reads those first. */
const STORED_TIME = { id: 'action:test-stored-time', timeStart: '2018-03', timeFirstDay: '2018-03-01' };
/** Where the undated test action took place: a country that has a series whatever the cut. */
const UNDATED_COUNTRY = 'country:US';

async function seedWithFixtures(db: Database): Promise<void> {
  await seedAllDatasets(db);
  const fixtures = jsonDocument('timeline-fixtures.json', {
    dataset: FIXTURES,
    sources: [
      {
        id: FIXTURES,
        title: 'Test actions dated to the year, to the month, and not at all',
        language: 'en',
        publisher: 'Faire collectif tests',
        date: '2026-01-01',
        url: 'https://example.org/timeline-fixtures',
      },
    ],
    nodes: DATED_FIXTURES,
    relationships: [],
  });
  await loadDataset(db, validateDocuments([fixtures]));
  await db.write((tx) =>
    tx.run(
      `MATCH (c:Country {id: $country})
       CREATE (a:Entity:CollectiveAction { id: $id, nameEn: 'Test action no source dates', nameFr: 'Action de test non datée',
                                           dataset: $dataset, basis: 'stated', citations: [$dataset + '#undated'] })
       CREATE (a)-[:TOOK_PLACE_IN { id: $id + '|TOOK_PLACE_IN|' + $country, dataset: $dataset, basis: 'stated',
                                    citations: [$dataset + '#undated'] }]->(c)`,
      { id: UNDATED, country: UNDATED_COUNTRY, dataset: FIXTURES },
    ),
  );
  await db.write((tx) =>
    tx.run(
      `CREATE (:Entity:CollectiveAction { id: $id, nameEn: 'Test action dated by its time', nameFr: 'Action de test datée par son temps',
                                         dataset: $dataset, basis: 'stated', citations: [$dataset + '#stored-time'],
                                         timeStart: $timeStart, timeStartPrecision: 'month', timeEnd: $timeStart,
                                         timeEndPrecision: 'month', timeFirstDay: $timeFirstDay, timeLastDay: '2018-03-31' })`,
      { ...STORED_TIME, dataset: FIXTURES },
    ),
  );
}

const api = useSeededApi(seedWithFixtures);

const noValues = (): Record<Facet, string[]> =>
  Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<Facet, string[]>;

/** Every fact of the graph: the data set's actions, the seminar's event, the fixtures. */
async function readFacts(): Promise<Fact[]> {
  const data = await derivedActions();
  const actions = actionsOf(data).map((action): Fact => ({
    id: action.id,
    date: action.date ?? null,
    precision: action.datePrecision as Fact['precision'],
    values: {
      DATASET: [DATASET],
      FORM: tiesOf(data, action.id, 'TOOK_FORM'),
      WORKER_TYPE: tiesOf(data, action.id, 'INVOLVES'),
      COUNTRY: tiesOf(data, action.id, 'TOOK_PLACE_IN'),
      STRUGGLE: tiesOf(data, action.id, 'CONCERNS'),
      ORGANISER: tiesOf(data, action.id, 'ORGANISED'),
    },
  }));
  const programme = JSON.parse(await readFile(PROGRAMME, 'utf8')) as {
    nodes: Array<{ id: string; label: string; date?: string }>;
    relationships: Array<{ type: string; from: string; to: string }>;
  };
  const events = programme.nodes
    .filter((node) => node.label === 'Event')
    .map((event): Fact => {
      const to = (type: string, prefix: string) =>
        programme.relationships
          .filter((r) => r.type === type && r.from === event.id && r.to.startsWith(prefix))
          .map((r) => r.to);
      return {
        id: event.id,
        date: event.date ?? null,
        precision: 'day',
        values: {
          DATASET: [PROGRAMME_DATASET],
          FORM: to('CONCERNS', 'form:'),
          WORKER_TYPE: to('CONCERNS', 'worker:'),
          COUNTRY: to('HELD_IN', 'country:'),
          STRUGGLE: [],
          ORGANISER: programme.relationships
            .filter((r) => (r.type === 'ORGANISED' || r.type === 'CO_ORGANISED') && r.to === event.id)
            .map((r) => r.from),
        },
      };
    });
  const fixtures = DATED_FIXTURES.map((action): Fact => ({
    id: action.id,
    date: action.date,
    precision: action.datePrecision,
    values: { ...noValues(), DATASET: [FIXTURES] },
  }));
  const storedTime: Fact = {
    id: STORED_TIME.id,
    date: STORED_TIME.timeFirstDay,
    precision: 'month',
    values: { ...noValues(), DATASET: [FIXTURES] },
  };
  const undated: Fact = {
    id: UNDATED,
    date: null,
    precision: 'day',
    values: { ...noValues(), DATASET: [FIXTURES], COUNTRY: [UNDATED_COUNTRY] },
  };
  return [...actions, ...events, ...fixtures, storedTime, undated];
}

let facts: Fact[];
beforeAll(async () => {
  facts = await readFacts();
});

interface TimelineAnswer {
  interval: string;
  by: string;
  series: Array<{ id: string; label: string; count: number }>;
  buckets: Array<{
    start: string;
    firstDay: string;
    lastDay: string;
    total: number;
    counts: number[];
    otherCount: number;
    noValueCount: number;
    imprecise: number;
  }>;
  datedCount: number;
  undatedCount: number;
  undatedCounts: number[];
}

const TIMELINE = `query($filter: GraphFilter, $interval: TimelineInterval, $by: TimelineFacet, $series: Int, $lang: Language) {
  timeline(filter: $filter, interval: $interval, by: $by, series: $series) {
    interval by datedCount undatedCount undatedCounts
    series { id label(lang: $lang) count }
    buckets { start firstDay lastDay total counts otherCount noValueCount imprecise }
  }
}`;

async function timeline(variables: Record<string, unknown>): Promise<TimelineAnswer> {
  const body = await api.query<{ timeline: TimelineAnswer }>(TIMELINE, variables);
  expect(body.errors).toBeUndefined();
  return body.data!.timeline;
}

/** The answer in the expected shape: series without labels, only the buckets that count facts. */
function counted(answer: TimelineAnswer): ExpectedTimeline {
  return {
    series: answer.series.map(({ id, count }) => ({ id, count })),
    buckets: answer.buckets
      .filter((bucket) => bucket.total > 0)
      .map(({ start, total, counts, otherCount, noValueCount, imprecise }) => ({
        start,
        total,
        counts,
        otherCount,
        noValueCount,
        imprecise,
      })),
    datedCount: answer.datedCount,
    undatedCount: answer.undatedCount,
    undatedCounts: answer.undatedCounts,
  };
}

/** The bucket after `start`, as the calendar has it. */
function following(start: string): string {
  if (start.length === 4) return String(Number(start) + 1);
  const [year, month] = start.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** Buckets follow one another with none missing, each from its first day to its last. */
function expectEveryBucket(answer: TimelineAnswer): void {
  answer.buckets.slice(1).forEach((bucket, i) => expect(bucket.start).toBe(following(answer.buckets[i]!.start)));
  for (const bucket of answer.buckets) {
    const next = following(bucket.start);
    const firstOfNext = next.length === 4 ? `${next}-01-01` : `${next}-01`;
    const dayBefore = new Date(Date.parse(`${firstOfNext}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect([bucket.firstDay, bucket.lastDay]).toEqual([
      bucket.start.length === 4 ? `${bucket.start}-01-01` : `${bucket.start}-01`,
      dayBefore,
    ]);
  }
}

interface ActionPage {
  collectiveActions: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The collective actions a filter matches, as the action list has them (page after page). */
async function actionIdsMatching(filter: Record<string, unknown>): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let after: string | null = null; ;) {
    const body: GraphQLBody<ActionPage> = await api.query<ActionPage>(
      `query($filter: GraphFilter, $after: String) { collectiveActions(filter: $filter, first: 100, after: $after) {
         nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    expect(body.errors).toBeUndefined();
    const page: ActionPage['collectiveActions'] = body.data!.collectiveActions;
    page.nodes.forEach((node) => ids.add(node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('the timeline of the whole graph', () => {
  it('counts every fact per year by data set, the undated apart, with every year between', async () => {
    const answer = await timeline({});
    expect(answer).toMatchObject({ interval: 'YEAR', by: 'DATASET' });
    expect(counted(answer)).toEqual(expectedTimeline(facts, 'YEAR', 'DATASET', 8));
    expect(answer.undatedCount).toBe(1);
    expect(answer.buckets[0]?.start).toBe('1899');
    expect(answer.buckets.at(-1)?.start).toBe(
      facts
        .map((fact) => fact.date ?? '')
        .sort()
        .at(-1)
        ?.slice(0, 4),
    );
    expectEveryBucket(answer);
  });

  it('reads the stored first day of a fact before its date', async () => {
    const answer = await timeline({});
    const fixtures = answer.series.findIndex((s) => s.id === FIXTURES);
    expect(answer.buckets.find((bucket) => bucket.start === '2018')?.counts[fixtures]).toBe(1);
    expect(answer.undatedCounts[fixtures]).toBe(1);
  });

  it.each(FACETS.filter((facet) => facet !== 'DATASET'))(
    'splits the counts by %s, the largest values first',
    async (by) => {
      const answer = await timeline({ by, series: 5 });
      expect(counted(answer)).toEqual(expectedTimeline(facts, 'YEAR', by, 5));
      expect(answer.series).toHaveLength(5);
    },
  );

  it('counts a fact with values outside the series in otherCount, and in each of its series', async () => {
    const answer = await timeline({ by: 'COUNTRY', series: 1 });
    const expected = expectedTimeline(facts, 'YEAR', 'COUNTRY', 1);
    expect(counted(answer)).toEqual(expected);
    expect(answer.series.map((s) => s.id)).toEqual([UNDATED_COUNTRY]);
    // The cut leaves countries out: the others are counted, not lost.
    expect(answer.buckets.reduce((sum, bucket) => sum + bucket.otherCount, 0)).toBeGreaterThan(0);
    // The seminar, held in France, is one of them.
    const seminarYear = answer.buckets.find((bucket) => bucket.start === '2016');
    expect(seminarYear?.otherCount).toBeGreaterThanOrEqual(1);
  });

  it('counts the facts with no value of the facet apart: the event and the test actions have no struggle', async () => {
    const answer = await timeline({ by: 'STRUGGLE', series: 20 });
    expect(counted(answer)).toEqual(expectedTimeline(facts, 'YEAR', 'STRUGGLE', 20));
    expect(answer.buckets.find((bucket) => bucket.start === '1899')).toMatchObject({ total: 1, noValueCount: 1 });
    expect(answer.buckets.find((bucket) => bucket.start === '2016')?.noValueCount).toBeGreaterThanOrEqual(1);
  });

  it('gives the undated facts per series', async () => {
    const answer = await timeline({ by: 'COUNTRY', series: 3 });
    expect(answer.undatedCount).toBe(1);
    expect(answer.undatedCounts).toEqual(answer.series.map((s) => (s.id === UNDATED_COUNTRY ? 1 : 0)));
    expect(answer.series.find((s) => s.id === UNDATED_COUNTRY)?.count).toBe(
      facts.filter((fact) => fact.values.COUNTRY.includes(UNDATED_COUNTRY)).length,
    );
  });

  it('keeps to the events or to the collective actions', async () => {
    const events = await timeline({ filter: { types: ['EVENT'] }, by: 'ORGANISER' });
    const eventFacts = facts.filter((fact) => fact.id.startsWith('event:'));
    expect(counted(events)).toEqual(expectedTimeline(eventFacts, 'YEAR', 'ORGANISER', 8));
    const actions = await timeline({ filter: { types: ['COLLECTIVE_ACTION', 'PERSON'] } });
    const actionFacts = facts.filter((fact) => fact.id.startsWith('action:'));
    expect(counted(actions)).toEqual(expectedTimeline(actionFacts, 'YEAR', 'DATASET', 8));
  });
});

describe('a monthly timeline', () => {
  it('counts the months of both data sets, every month between', async () => {
    const datasets = [DATASET, PROGRAMME_DATASET];
    const answer = await timeline({ filter: { datasets }, interval: 'MONTH', by: 'WORKER_TYPE' });
    const inDatasets = facts.filter((fact) => datasets.includes(fact.values.DATASET[0]!));
    expect(counted(answer)).toEqual(expectedTimeline(inDatasets, 'MONTH', 'WORKER_TYPE', 8));
    expect(answer.buckets.length).toBeGreaterThan(600);
    expectEveryBucket(answer);
  });

  it('puts a year-dated action in January, as imprecise, and a month-dated one in its month', async () => {
    const answer = await timeline({ filter: { period: { from: '2019', to: '2019' } }, interval: 'MONTH' });
    const in2019 = facts.filter((fact) => fact.date?.startsWith('2019'));
    expect(counted(answer)).toEqual(expectedTimeline(in2019, 'MONTH', 'DATASET', 8));
    const fixtures = answer.series.findIndex((s) => s.id === FIXTURES);
    const january = answer.buckets.find((bucket) => bucket.start === '2019-01');
    const may = answer.buckets.find((bucket) => bucket.start === '2019-05');
    expect(january?.imprecise).toBe(1);
    expect(january?.counts[fixtures]).toBe(1);
    expect(may?.counts[fixtures]).toBe(1);
    expect(may?.imprecise).toBe(0);
  });

  it('is not imprecise for a year-dated action in a yearly timeline', async () => {
    const answer = await timeline({ filter: { period: { from: '2019', to: '2019' } } });
    expect(answer.buckets.map((bucket) => [bucket.start, bucket.imprecise])).toEqual([['2019', 0]]);
  });

  it('refuses more than a century of months, suggesting years', async () => {
    const body = await api.query(`{ timeline(interval: MONTH) { datedCount } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'interval' });
    expect(body.errors?.[0]?.message).toContain('interval: YEAR');
  });
});

describe('a filtered timeline', () => {
  it('counts the actions about a struggle in a country, as the action list finds them', async () => {
    const filter = { struggles: ['struggle:ethics'], countries: ['US'] };
    const matched = await actionIdsMatching(filter);
    expect(matched.size).toBeGreaterThan(100);
    const answer = await timeline({ filter, by: 'FORM' });
    expect(counted(answer)).toEqual(
      expectedTimeline(
        facts.filter((fact) => matched.has(fact.id)),
        'YEAR',
        'FORM',
        8,
      ),
    );
  });

  it('keeps its buckets within a period, a fact that starts before it in the period’s first bucket', async () => {
    const period = { from: '2019-03', to: '2020-06' };
    const answer = await timeline({ filter: { period }, interval: 'MONTH', by: 'COUNTRY' });
    // The facts whose dates may mean a day of the period: the year-dated test action among them.
    const inPeriod = facts.filter((fact) => {
      const date = fact.date;
      if (date === null) return false;
      const last =
        fact.precision === 'year'
          ? `${date.slice(0, 4)}-12-31`
          : fact.precision === 'month'
            ? `${date.slice(0, 7)}-31`
            : date;
      const first =
        fact.precision === 'day'
          ? date
          : fact.precision === 'month'
            ? `${date.slice(0, 7)}-01`
            : `${date.slice(0, 4)}-01-01`;
      return first <= '2020-06-30' && last >= '2019-03-01';
    });
    expect(inPeriod.map((fact) => fact.id)).toContain('action:test-year');
    expect(counted(answer)).toEqual(expectedTimeline(inPeriod, 'MONTH', 'COUNTRY', 8, '2019-03-01'));
    expect(answer.buckets[0]!.start >= '2019-03').toBe(true);
    expect(answer.buckets.at(-1)!.start <= '2020-06').toBe(true);
    expect(answer.buckets[0]?.imprecise).toBe(answer.buckets[0]?.start === '2019-03' ? 1 : 0);
    expect(answer.undatedCount).toBe(0);
  });

  it('takes an as-of date as the period it stands for', async () => {
    const answer = await timeline({ filter: { asOf: '2019-05' }, interval: 'MONTH' });
    const inMay = facts.filter(
      (fact) => fact.date?.startsWith('2019-05') || (fact.precision === 'year' && fact.date?.startsWith('2019')),
    );
    expect(counted(answer)).toEqual(expectedTimeline(inMay, 'MONTH', 'DATASET', 8, '2019-05-01'));
    expect(answer.buckets.map((bucket) => bucket.start)).toEqual(['2019-05']);
    expect(answer.buckets[0]?.imprecise).toBe(1);
  });

  it('has no buckets when nothing matched is dated', async () => {
    const answer = await timeline({ filter: { period: { from: '1900', to: '1910' } } });
    expect(answer).toMatchObject({ buckets: [], datedCount: 0, undatedCount: 0 });
  });
});

describe('series labels', () => {
  it('name countries, forms and worker types in French', async () => {
    for (const by of ['COUNTRY', 'FORM', 'WORKER_TYPE'] as const) {
      const [fr, en] = [await timeline({ by, lang: 'FR' }), await timeline({ by, lang: 'EN' })];
      const body = await api.query<{ nodes: Array<{ fr: string; en: string }> }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { fr: name(lang: FR) en: name(lang: EN) } } }`,
        { ids: fr.series.map((s) => s.id) },
      );
      expect(fr.series.map((s) => s.label)).toEqual(body.data?.nodes.map((n) => n.fr));
      expect(en.series.map((s) => s.label)).toEqual(body.data?.nodes.map((n) => n.en));
      expect(fr.series.some((s, i) => s.label !== en.series[i]?.label)).toBe(true);
    }
  });

  it('name a data set by its title, or by its id when the graph has no record of it', async () => {
    const answer = await timeline({ lang: 'FR' });
    const body = await api.query<{ datasets: Array<{ id: string; title: string }> }>(`{ datasets { id title } }`);
    const titles = new Map(body.data?.datasets.map((d) => [d.id, d.title]));
    expect(answer.series.map((s) => s.label)).toEqual(answer.series.map((s) => titles.get(s.id) ?? s.id));
    expect(answer.series.map((s) => s.label)).toContain(FIXTURES);
  });
});

describe('bad arguments', () => {
  it.each([
    ['series: 0', 'series'],
    ['series: 21', 'series'],
    ['filter: { types: [PERSON, ORGANISATION] }', 'filter.types'],
    ['filter: { asOf: "2019", period: { from: "2018" } }', 'filter.asOf'],
    ['filter: { asOf: "2019-02-30" }', 'filter.asOf'],
    ['filter: { period: { from: "2020", to: "2019" } }', 'filter.period.from'],
    ['filter: { struggles: ["struggle:no-such-thing"] }', 'filter.struggles'],
    ['filter: { countries: ["XX"] }', 'filter.countries'],
  ])('refuses %s, naming %s', async (args, argumentName) => {
    const body = await api.query(`{ timeline(${args}) { datedCount } }`);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});
