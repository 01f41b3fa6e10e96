import { describe, expect, it } from 'vitest';
import { useProgrammeApi } from './api-harness';

// The filtered, ordered and paginated lists (Relay connections) and full-text search.

const api = useProgrammeApi();

const SESSION_2 = 'session:faire-collectif-2016-07-08-session-2';

const ORGANISATION_NAMES = `query($filter: GraphFilter, $orderBy: EntityOrder) {
  organisations(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { name } }
}`;

async function organisationNames(filter: Record<string, unknown>, orderBy?: Record<string, unknown>) {
  return api.query(ORGANISATION_NAMES, { filter, orderBy });
}

const names = (...list: string[]) => list.map((name) => ({ name }));

describe('filters', () => {
  it('finds the organisations in Germany', async () => {
    expect(await organisationNames({ countries: ['DE'] })).toEqual({
      data: { organisations: { totalCount: 3, nodes: names('FairCrowdWork Watch', 'IG Metall', 'Ver.di') } },
    });
  });

  it('finds who organises crowd workers, and where', async () => {
    const body = await api.query(`{
      organisations(filter: { workerTypes: ["worker:crowd-workers"] }) {
        totalCount nodes { name countries { code } }
      }
    }`);
    expect(body).toEqual({
      data: {
        organisations: {
          // IG Metall is not among them: only its platform's leader spoke on crowd workers.
          totalCount: 3,
          nodes: [
            { name: 'FairCrowdWork Watch', countries: [{ code: 'DE' }] },
            { name: 'TurkerNation.com', countries: [{ code: 'CA' }] },
            { name: 'Ver.di', countries: [{ code: 'DE' }] },
          ],
        },
      },
    });
  });

  it("finds Session 2's speakers and their countries", async () => {
    const body = await api.query(
      `query($session: ID!) {
      people(filter: { sessions: [$session] }) { totalCount nodes { name countries { code name(lang: FR) } } }
    }`,
      { session: SESSION_2 },
    );
    expect(body).toEqual({
      data: {
        people: {
          totalCount: 3,
          nodes: [
            { name: 'Caitlin Pearce', countries: [{ code: 'US', name: 'États-Unis' }] },
            { name: 'César Garcia Arnal', countries: [{ code: 'ES', name: 'Espagne' }] },
            { name: 'Claudio Treves', countries: [{ code: 'IT', name: 'Italie' }] },
          ],
        },
      },
    });
  });

  it('combines criteria with AND and the values of one criterion with OR', async () => {
    expect(await organisationNames({ countries: ['DE'], workerTypes: ['worker:crowd-workers'] })).toEqual({
      data: { organisations: { totalCount: 2, nodes: names('FairCrowdWork Watch', 'Ver.di') } },
    });
    expect(await organisationNames({ countries: ['CA'], workerTypes: ['worker:crowd-workers'] })).toEqual({
      data: { organisations: { totalCount: 1, nodes: names('TurkerNation.com') } },
    });
    expect(
      await organisationNames({ countries: ['ca', 'IT'], organisationKinds: ['UNION', 'ONLINE_COMMUNITY'] }),
    ).toEqual({
      data: { organisations: { totalCount: 2, nodes: names('NIdiL-Cgil', 'TurkerNation.com') } },
    });
    expect(await organisationNames({ countries: ['DE'], organisationKinds: ['UNION'] })).toEqual({
      data: { organisations: { totalCount: 2, nodes: names('IG Metall', 'Ver.di') } },
    });
    expect(await organisationNames({ countries: ['DE'], sessions: [SESSION_2] })).toEqual({
      data: { organisations: { totalCount: 0, nodes: [] } },
    });
  });

  it('counts the narrower worker types of a worker type, and forms of organising', async () => {
    expect(await organisationNames({ workerTypes: ['worker:self-employed'] })).toEqual({
      data: { organisations: { totalCount: 3, nodes: names('Freelancers Union', 'NIdiL-Cgil', 'UPTA') } },
    });
    expect(
      await organisationNames({ organisingForms: ['form:coworking', 'form:business-employment-cooperatives'] }),
    ).toEqual({
      data: { organisations: { totalCount: 2, nodes: names('Collectif des tiers-lieux', 'Coopaname') } },
    });
    const narrower = await api.query(`{
      workerTypes(filter: { workerTypes: ["worker:creative-professions"] }) { nodes { id } }
      people(filter: { workerTypes: ["worker:creative-professions"] }) { nodes { name } }
    }`);
    expect(narrower).toEqual({
      data: {
        workerTypes: {
          nodes: [{ id: 'worker:creative-professions' }, { id: 'worker:designers' }],
        },
        // Christophe Lemaire's organisation organises designers; the others spoke in Session 3, which is about creative professions.
        people: { nodes: names('Christophe Lemaire', 'Delphine Chenuet', 'Stéphane Veyer') },
      },
    });
  });

  it('matches free text in both languages, whatever the case and accents', async () => {
    // "union" matches Freelancers Union, UPTA through its alias "Unión de Profesionales…", the
    // other unions through their kind (Trade union) and FairCrowdWork Watch through its
    // description ("Platform of the German union IG Metall").
    expect(await organisationNames({ text: 'UNION' })).toEqual({
      data: {
        organisations: {
          totalCount: 6,
          nodes: names('FairCrowdWork Watch', 'Freelancers Union', 'IG Metall', 'NIdiL-Cgil', 'UPTA', 'Ver.di'),
        },
      },
    });
    expect(await organisationNames({ text: 'alliance française', countries: ['FR'] })).toEqual({
      data: { organisations: { totalCount: 1, nodes: names('French Allianz for Design') } },
    });
    // An empty text filters nothing, like an empty list.
    expect(await organisationNames({ text: '  ', countries: [] })).toMatchObject({
      data: { organisations: { totalCount: 16 } },
    });
  });

  it('lists the countries and worker types tied to a filter', async () => {
    const body = await api.query(`{
      countries(filter: { workerTypes: ["worker:crowd-workers"] }) { nodes { code } }
      workerTypes(filter: { countries: ["IT"] }) { nodes { id } }
      organisingForms(filter: { sessions: ["${SESSION_2}"] }) { nodes { id } }
    }`);
    expect(body).toEqual({
      data: {
        countries: { nodes: [{ code: 'CA' }, { code: 'DE' }] },
        workerTypes: { nodes: [{ id: 'worker:atypical-workers' }, { id: 'worker:self-employed' }] },
        organisingForms: { nodes: [{ id: 'form:unions-for-self-employed' }] },
      },
    });
  });

  it('finds the sessions about a theme, not the event that is about it too', async () => {
    // Only the event is about platform workers (the French introduction); session 1 and the event about crowd workers.
    const body = await api.query(`{
      platform: sessions(filter: { workerTypes: ["worker:platform-workers"] }) { totalCount }
      crowd: sessions(filter: { workerTypes: ["worker:crowd-workers"] }) { nodes { id } }
      sharing: sessions(filter: { organisingForms: ["form:sharing-risks"] }) { totalCount }
    }`);
    expect(body).toEqual({
      data: {
        platform: { totalCount: 0 },
        crowd: { nodes: [{ id: 'session:faire-collectif-2016-07-08-session-1' }] },
        sharing: { totalCount: 0 },
      },
    });
  });
});

describe('ordering', () => {
  it('sorts by English name, French name or degree, either way', async () => {
    const body = await api.query(`{
      byName: countries(orderBy: { field: NAME, direction: DESC }) { nodes { name } }
      byNameFr: countries(orderBy: { field: NAME_FR, direction: ASC }) { nodes { name(lang: FR) } }
      byDegree: organisations(orderBy: { field: DEGREE, direction: DESC }, first: 3) { nodes { name degree } }
    }`);
    expect(body).toEqual({
      data: {
        byName: { nodes: names('United States', 'United Kingdom', 'Spain', 'Italy', 'Germany', 'France', 'Canada') },
        byNameFr: { nodes: names('Allemagne', 'Canada', 'Espagne', 'États-Unis', 'France', 'Italie', 'Royaume-Uni') },
        byDegree: {
          nodes: [
            { name: 'FairCrowdWork Watch', degree: 6 },
            { name: 'Freelancers Union', degree: 5 },
            { name: 'French Allianz for Design', degree: 5 },
          ],
        },
      },
    });
  });

  it('lists sessions in programme order by default, and events by date', async () => {
    const body = await api.query(`{
      sessions { nodes { startTime kind } }
      reversed: sessions(orderBy: { field: START_TIME, direction: DESC }, first: 2) { nodes { startTime } }
      events { totalCount nodes { id date } pageInfo { hasNextPage hasPreviousPage } }
    }`);
    expect(body).toEqual({
      data: {
        sessions: {
          nodes: [
            { startTime: '08:45', kind: 'WELCOME' },
            { startTime: '09:00', kind: 'INTRODUCTION' },
            { startTime: '09:05', kind: 'TALK' },
            { startTime: '09:15', kind: 'SESSION' },
            { startTime: '09:30', kind: 'DEBATE' },
            { startTime: '10:15', kind: 'SESSION' },
            { startTime: '10:30', kind: 'DEBATE' },
            { startTime: '11:15', kind: 'BREAK' },
            { startTime: '11:30', kind: 'SESSION' },
            { startTime: '11:45', kind: 'DEBATE' },
            { startTime: '12:10', kind: 'SYNTHESIS' },
            { startTime: '13:00', kind: 'MEAL' },
          ],
        },
        reversed: { nodes: [{ startTime: '13:00' }, { startTime: '12:10' }] },
        events: {
          totalCount: 1,
          nodes: [{ id: 'event:faire-collectif-2016-07-08', date: '2016-07-08' }],
          pageInfo: { hasNextPage: false, hasPreviousPage: false },
        },
      },
    });
  });
});

describe('pagination', () => {
  const PAGE = `query($first: Int!, $after: String, $orderBy: EntityOrder) {
    people(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id } }
      nodes { id }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  interface Page {
    people: {
      totalCount: number;
      edges: Array<{ cursor: string; node: { id: string } }>;
      nodes: Array<{ id: string }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  }

  it.each([[{ field: 'NAME', direction: 'ASC' }], [{ field: 'DEGREE', direction: 'DESC' }]])(
    'walks every page (%j) to the same list as one big page',
    async (orderBy) => {
      const all = await api.query<Page>(PAGE, { first: 100, orderBy });
      expect(all.errors).toBeUndefined();
      const everyone = all.data!.people.nodes.map((node) => node.id);
      expect(everyone).toHaveLength(11);
      expect(all.data!.people.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

      const walked: string[] = [];
      const pages: Page['people'][] = [];
      let after: string | null = null;
      do {
        const body: { data?: Page | null; errors?: unknown } = await api.query<Page>(PAGE, {
          first: 4,
          after,
          orderBy,
        });
        expect(body.errors).toBeUndefined();
        const page: Page['people'] = body.data!.people;
        pages.push(page);
        expect(page.edges.map((edge) => edge.node)).toEqual(page.nodes);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
        walked.push(...page.nodes.map((node) => node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);

      expect(walked).toEqual(everyone);
      expect(pages.map((page) => [page.nodes.length, page.totalCount, page.pageInfo.hasPreviousPage])).toEqual([
        [4, 11, false],
        [4, 11, true],
        [3, 11, true],
      ]);
    },
  );

  it('gives an empty page after the last item', async () => {
    const last = await api.query<Page>(PAGE, { first: 100 });
    const endCursor = last.data!.people.pageInfo.endCursor;
    expect(await api.query(PAGE, { first: 5, after: endCursor })).toEqual({
      data: {
        people: {
          totalCount: 11,
          edges: [],
          nodes: [],
          pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
        },
      },
    });
  });
});

describe('search', () => {
  const SEARCH = `query($query: String!, $types: [EntityType!], $first: Int) {
    search(query: $query, types: $types, first: $first) { matched entity { id } }
  }`;

  async function hits(query: string, types?: string[]) {
    const body = await api.query<{ search: Array<{ matched: string; entity: { id: string } }> }>(SEARCH, {
      query,
      types,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.search.map((hit) => [hit.entity.id, hit.matched]);
  }

  it('finds a name with or without its accents, in any case', async () => {
    const cesar = [['person:cesar-garcia-arnal', 'César Garcia Arnal']];
    expect(await hits('cesar garcia')).toEqual(cesar);
    expect(await hits('César García')).toEqual(cesar);
    expect(await hits('CESAR')).toEqual(cesar);
    expect(await hits('meriaux')).toEqual([['person:olivier-meriaux', 'Olivier Mériaux']]);
    expect(await hits('stratégie')).toEqual([['org:france-strategie', 'France Stratégie']]);
  });

  it('finds an organisation by its French name, its English name or an alias', async () => {
    const alliance = ['org:alliance-francaise-des-designers', 'Alliance française des designers'];
    expect(await hits('designers', ['ORGANISATION'])).toEqual([alliance]);
    expect(await hits('designers')).toEqual([['worker:designers', 'Designers'], alliance]);
    expect(await hits('alliance francaise')).toEqual([alliance]);
    expect(await hits('Allianz')).toEqual([['org:alliance-francaise-des-designers', 'French Allianz for Design']]);
    expect(await hits('ver.di')).toEqual([['org:verdi', 'Ver.di']]);
    expect(await hits('trabajadores autonomos', ['ORGANISATION'])).toEqual([
      ['org:upta', 'Unión de Profesionales y Trabajadores Autónomos'],
    ]);
  });

  it('treats query syntax in the text as words', async () => {
    expect(await hits('crowd* OR "freelancers"')).toEqual([]);
    expect(await hits('(crowd)', ['WORKER_TYPE'])).toEqual([['worker:crowd-workers', 'Crowd workers']]);
  });

  it('ranks the best hits first and returns at most `first`', async () => {
    const body = await api.query(`{ search(query: "travailleurs", first: 2) { score } }`);
    const scores = (body.data!.search as Array<{ score: number }>).map((hit) => hit.score);
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBeGreaterThanOrEqual(scores[1]!);
  });

  it('finds the best hits of the types asked for, even below the first candidates of other types', async () => {
    // The index is asked for a few candidates per hit shown, and for all of them when the types
    // asked for leave too few: a short prefix matches many names of every type.
    const RANKED = `query($query: String!, $types: [EntityType!], $first: Int!) {
      search(query: $query, types: $types, first: $first) { score entity { id type } }
    }`;
    type Hit = { score: number; entity: { id: string; type: string } };
    const search = async (query: string, first: number, types?: string[]) =>
      (await api.query<{ search: Hit[] }>(RANKED, { query, first, types })).data!.search;
    let belowTheCandidates = 0;
    for (const query of ['a', 'co', 'se', 'de', 'pro', 'fr']) {
      const all = await search(query, 50);
      for (const type of new Set(all.map((hit) => hit.entity.type))) {
        if (all.findIndex((hit) => hit.entity.type === type) >= 8) belowTheCandidates += 1;
        for (const first of [1, 3]) {
          const expected = all.filter((hit) => hit.entity.type === type).slice(0, first);
          const found = await search(query, first, [type]);
          expect(found.map((hit) => hit.score)).toEqual(expected.map((hit) => hit.score));
          // Among equal scores, which entities make the cut is the index's choice.
          const unique = (hit: Hit) => all.filter((other) => other.score === hit.score).length === 1;
          expect(found.filter(unique)).toEqual(expected.filter(unique));
        }
      }
    }
    expect(belowTheCandidates).toBeGreaterThan(0);
  });
});
