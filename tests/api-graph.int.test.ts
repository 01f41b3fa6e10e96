import { describe, expect, it } from 'vitest';
import { compileFilter } from '../api/src/data/filter';
import { toLuceneQuery } from '../api/src/data/fulltext';
import type { EntityType } from '../api/src/data/models';
import { useProgrammeApi } from './api-harness';

// What the explorer draws: the network, neighbourhoods, shortest paths and the matrix.

const api = useProgrammeApi();

const EVENT = 'event:faire-collectif-2016-07-08';
const SESSION_1 = 'session:faire-collectif-2016-07-08-session-1';
const SESSION_2 = 'session:faire-collectif-2016-07-08-session-2';
const SESSION_3 = 'session:faire-collectif-2016-07-08-session-3';

interface Graph {
  totalCount: number;
  truncated: boolean;
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
}

const NETWORK = `query($filter: GraphFilter, $limit: Int) {
  network(filter: $filter, limit: $limit) { totalCount truncated nodes { id } edges { id source target } }
}`;

async function network(filter?: Record<string, unknown>, limit?: number): Promise<Graph> {
  const body = await api.query<{ network: Graph }>(NETWORK, { filter, limit });
  expect(body.errors).toBeUndefined();
  return body.data!.network;
}

const ids = (items: Array<{ id: string }>) => items.map((item) => item.id).sort();

describe('network', () => {
  it('draws the whole graph without a filter', async () => {
    const whole = await network();
    expect([whole.totalCount, whole.truncated, whole.nodes.length, whole.edges.length]).toEqual([73, false, 73, 109]);
  });

  it('keeps the most connected entities when cut to the limit, with the edges among them', async () => {
    expect(await network(undefined, 10)).toEqual({
      totalCount: 73,
      truncated: true,
      nodes: [
        { id: EVENT },
        { id: SESSION_3 },
        { id: 'country:FR' },
        { id: 'form:defending-interests' },
        { id: 'org:faircrowdwork-watch' },
        { id: SESSION_1 },
        { id: SESSION_2 },
        { id: 'org:alliance-francaise-des-designers' },
        { id: 'org:freelancers-union' },
        { id: 'org:nidil-cgil' },
      ],
      edges: [
        {
          id: `${EVENT}|CONCERNS|form:defending-interests`,
          source: EVENT,
          target: 'form:defending-interests',
        },
        {
          id: `${EVENT}|HELD_IN|country:FR`,
          source: EVENT,
          target: 'country:FR',
        },
        {
          id: 'org:alliance-francaise-des-designers|BASED_IN|country:FR',
          source: 'org:alliance-francaise-des-designers',
          target: 'country:FR',
        },
        {
          id: 'org:faircrowdwork-watch|USES_FORM|form:defending-interests',
          source: 'org:faircrowdwork-watch',
          target: 'form:defending-interests',
        },
        {
          id: `${SESSION_1}|CONCERNS|form:defending-interests`,
          source: SESSION_1,
          target: 'form:defending-interests',
        },
        {
          id: `${SESSION_1}|PART_OF|${EVENT}`,
          source: SESSION_1,
          target: EVENT,
        },
        {
          id: `${SESSION_2}|PART_OF|${EVENT}`,
          source: SESSION_2,
          target: EVENT,
        },
        {
          id: `${SESSION_3}|PART_OF|${EVENT}`,
          source: SESSION_3,
          target: EVENT,
        },
      ],
    });
  });

  it('draws Germany: its country node, what is based there, and what those are tied to', async () => {
    const body = await api.query(
      `{
      network(filter: { countries: ["DE"] }) {
        totalCount truncated
        nodes { id type label(lang: FR) organisationKind countryCodes degree }
        edges { id type label labelFr: label(lang: FR) basis }
      }
    }`,
    );
    expect(body).toEqual({
      data: {
        network: {
          totalCount: 11,
          truncated: false,
          nodes: [
            {
              id: 'country:DE',
              type: 'COUNTRY',
              label: 'Allemagne',
              organisationKind: null,
              countryCodes: ['DE'],
              degree: 3,
            },
            {
              id: EVENT,
              type: 'EVENT',
              label: "Faire collectif à l'heure du numérique",
              organisationKind: null,
              countryCodes: ['FR'],
              degree: 34,
            },
            {
              id: 'form:defending-interests',
              type: 'ORGANISING_FORM',
              label: 'Défense des intérêts',
              organisationKind: null,
              countryCodes: [],
              degree: 6,
            },
            {
              id: 'org:faircrowdwork-watch',
              type: 'ORGANISATION',
              label: 'FairCrowdWork Watch',
              organisationKind: 'UNION_INITIATIVE',
              countryCodes: ['DE'],
              degree: 6,
            },
            {
              id: SESSION_1,
              type: 'SESSION',
              label: 'Comment défendre les droits des "crowd workers" ?',
              organisationKind: null,
              countryCodes: ['FR'],
              degree: 6,
            },
            {
              id: 'worker:crowd-workers',
              type: 'WORKER_TYPE',
              label: 'Crowd workers',
              organisationKind: null,
              countryCodes: [],
              degree: 5,
            },
            {
              id: 'org:verdi',
              type: 'ORGANISATION',
              label: 'Ver.di',
              organisationKind: 'UNION',
              countryCodes: ['DE'],
              degree: 4,
            },
            {
              id: 'org:ig-metall',
              type: 'ORGANISATION',
              label: 'IG Metall',
              organisationKind: 'UNION',
              countryCodes: ['DE'],
              degree: 3,
            },
            {
              id: 'person:robert-fuss',
              type: 'PERSON',
              label: 'Robert Fuss',
              organisationKind: null,
              countryCodes: ['DE'],
              degree: 2,
            },
            {
              id: 'person:sarah-bormann',
              type: 'PERSON',
              label: 'Sarah Bormann',
              organisationKind: null,
              countryCodes: ['DE'],
              degree: 2,
            },
            {
              id: 'form:platform-monitoring',
              type: 'ORGANISING_FORM',
              label: 'Veille sur les plateformes',
              organisationKind: null,
              countryCodes: [],
              degree: 1,
            },
          ],
          edges: [
            {
              id: `${EVENT}|CONCERNS|form:defending-interests`,
              type: 'CONCERNS',
              label: 'is about',
              labelFr: 'porte sur',
              basis: 'STATED',
            },
            {
              id: `${EVENT}|CONCERNS|worker:crowd-workers`,
              type: 'CONCERNS',
              label: 'is about',
              labelFr: 'porte sur',
              basis: 'STATED',
            },
            {
              id: 'org:faircrowdwork-watch|BASED_IN|country:DE',
              type: 'BASED_IN',
              label: 'is based in',
              labelFr: 'est basé en',
              basis: 'INFERRED',
            },
            {
              id: 'org:faircrowdwork-watch|ORGANISES|worker:crowd-workers',
              type: 'ORGANISES',
              label: 'organises or defends',
              labelFr: 'organise ou défend',
              basis: 'INFERRED',
            },
            {
              id: 'org:faircrowdwork-watch|PART_OF|org:ig-metall',
              type: 'PART_OF',
              label: 'is part of',
              labelFr: 'fait partie de',
              basis: 'STATED',
            },
            {
              id: 'org:faircrowdwork-watch|USES_FORM|form:defending-interests',
              type: 'USES_FORM',
              label: 'uses the form',
              labelFr: 'recourt à la forme',
              basis: 'INFERRED',
            },
            {
              id: 'org:faircrowdwork-watch|USES_FORM|form:platform-monitoring',
              type: 'USES_FORM',
              label: 'uses the form',
              labelFr: 'recourt à la forme',
              basis: 'INFERRED',
            },
            {
              id: 'org:ig-metall|BASED_IN|country:DE',
              type: 'BASED_IN',
              label: 'is based in',
              labelFr: 'est basé en',
              basis: 'STATED',
            },
            {
              id: 'org:ig-metall|USES_FORM|form:defending-interests',
              type: 'USES_FORM',
              label: 'uses the form',
              labelFr: 'recourt à la forme',
              basis: 'INFERRED',
            },
            {
              id: 'org:verdi|BASED_IN|country:DE',
              type: 'BASED_IN',
              label: 'is based in',
              labelFr: 'est basé en',
              basis: 'STATED',
            },
            {
              id: 'org:verdi|ORGANISES|worker:crowd-workers',
              type: 'ORGANISES',
              label: 'organises or defends',
              labelFr: 'organise ou défend',
              basis: 'INFERRED',
            },
            {
              id: 'org:verdi|USES_FORM|form:defending-interests',
              type: 'USES_FORM',
              label: 'uses the form',
              labelFr: 'recourt à la forme',
              basis: 'INFERRED',
            },
            {
              id: 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch',
              type: 'HOLDS_ROLE',
              label: 'Leader',
              labelFr: 'pilote',
              basis: 'STATED',
            },
            {
              id: `person:robert-fuss|SPEAKS_IN|${SESSION_1}`,
              type: 'SPEAKS_IN',
              label: 'speaks in',
              labelFr: 'intervient dans',
              basis: 'STATED',
            },
            {
              id: 'person:sarah-bormann|HOLDS_ROLE|org:verdi',
              type: 'HOLDS_ROLE',
              label: '"Cloud and crowd" advisor',
              labelFr: 'conseillère "cloud and crowd"',
              basis: 'STATED',
            },
            {
              id: `person:sarah-bormann|SPEAKS_IN|${SESSION_1}`,
              type: 'SPEAKS_IN',
              label: 'speaks in',
              labelFr: 'intervient dans',
              basis: 'STATED',
            },
            {
              id: `${SESSION_1}|CONCERNS|form:defending-interests`,
              type: 'CONCERNS',
              label: 'is about',
              labelFr: 'porte sur',
              basis: 'INFERRED',
            },
            {
              id: `${SESSION_1}|CONCERNS|worker:crowd-workers`,
              type: 'CONCERNS',
              label: 'is about',
              labelFr: 'porte sur',
              basis: 'STATED',
            },
            {
              id: `${SESSION_1}|PART_OF|${EVENT}`,
              type: 'PART_OF',
              label: 'is part of',
              labelFr: 'fait partie de',
              basis: 'STATED',
            },
          ],
        },
      },
    });
  });

  it('shows who organises crowd workers, restricted to some types of entity', async () => {
    const crowd = await network({ workerTypes: ['worker:crowd-workers'], types: ['ORGANISATION', 'WORKER_TYPE'] });
    expect(crowd).toEqual({
      totalCount: 4,
      truncated: false,
      nodes: [
        { id: 'worker:crowd-workers' },
        { id: 'org:faircrowdwork-watch' },
        { id: 'org:turkernation' },
        { id: 'org:verdi' },
      ],
      edges: [
        {
          id: 'org:faircrowdwork-watch|ORGANISES|worker:crowd-workers',
          source: 'org:faircrowdwork-watch',
          target: 'worker:crowd-workers',
        },
        {
          id: 'org:turkernation|ORGANISES|worker:crowd-workers',
          source: 'org:turkernation',
          target: 'worker:crowd-workers',
        },
        { id: 'org:verdi|ORGANISES|worker:crowd-workers', source: 'org:verdi', target: 'worker:crowd-workers' },
      ],
    });
  });

  it("shows Session 2's speakers, their organisations and countries", async () => {
    const session = await network({ sessions: [SESSION_2], types: ['SESSION', 'PERSON', 'ORGANISATION', 'COUNTRY'] });
    expect([session.totalCount, ids(session.nodes)]).toEqual([
      10,
      [
        'country:ES',
        'country:IT',
        'country:US',
        'org:freelancers-union',
        'org:nidil-cgil',
        'org:upta',
        'person:caitlin-pearce',
        'person:cesar-garcia-arnal',
        'person:claudio-treves',
        SESSION_2,
      ],
    ]);
    expect(session.edges).toHaveLength(9);
  });

  it('matches free text, and shows nothing but the filter’s own values when nothing else matches', async () => {
    // FairCrowdWork Watch: "crowd" begins a word inside its name.
    expect(ids((await network({ text: 'crowd' })).nodes)).toEqual([
      'org:faircrowdwork-watch',
      SESSION_1,
      'worker:crowd-workers',
    ]);
    expect(await network({ countries: ['BR'] })).toEqual({ totalCount: 0, truncated: false, nodes: [], edges: [] });
    expect(
      await network({
        countries: ['US'],
        workerTypes: ['worker:crowd-workers'],
        types: ['ORGANISATION', 'COUNTRY', 'WORKER_TYPE'],
      }),
    ).toEqual({
      totalCount: 2,
      truncated: false,
      nodes: [{ id: 'worker:crowd-workers' }, { id: 'country:US' }],
      edges: [],
    });
  });
});

describe('neighbourhood', () => {
  const NEIGHBOURHOOD = `query($id: ID!, $depth: Int, $limit: Int) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) {
      center { id label } totalCount omittedCount nodes { id } edges { id }
    }
  }`;

  it('returns the entities one hop away, and the edges among them', async () => {
    expect(await api.query(NEIGHBOURHOOD, { id: 'person:robert-fuss' })).toEqual({
      data: {
        neighbourhood: {
          center: { id: 'person:robert-fuss', label: 'Robert Fuss' },
          totalCount: 2,
          omittedCount: 0,
          nodes: [{ id: 'person:robert-fuss' }, { id: 'org:faircrowdwork-watch' }, { id: SESSION_1 }],
          edges: [
            { id: 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch' },
            { id: `person:robert-fuss|SPEAKS_IN|${SESSION_1}` },
          ],
        },
      },
    });
  });

  it('keeps the nearest and most connected within the limit, and counts the others', async () => {
    expect(await api.query(NEIGHBOURHOOD, { id: 'person:robert-fuss', depth: 2, limit: 5 })).toEqual({
      data: {
        neighbourhood: {
          center: { id: 'person:robert-fuss', label: 'Robert Fuss' },
          totalCount: 10,
          omittedCount: 5,
          nodes: [
            { id: 'person:robert-fuss' },
            { id: 'org:faircrowdwork-watch' },
            { id: SESSION_1 },
            { id: EVENT },
            { id: 'form:defending-interests' },
            { id: 'worker:crowd-workers' },
          ],
          edges: [
            { id: `${EVENT}|CONCERNS|form:defending-interests` },
            { id: `${EVENT}|CONCERNS|worker:crowd-workers` },
            { id: 'org:faircrowdwork-watch|ORGANISES|worker:crowd-workers' },
            { id: 'org:faircrowdwork-watch|USES_FORM|form:defending-interests' },
            { id: 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch' },
            { id: `person:robert-fuss|SPEAKS_IN|${SESSION_1}` },
            { id: `${SESSION_1}|CONCERNS|form:defending-interests` },
            { id: `${SESSION_1}|CONCERNS|worker:crowd-workers` },
            { id: `${SESSION_1}|PART_OF|${EVENT}` },
          ],
        },
      },
    });
  });

  it('reaches further with depth 3, and is null for an unknown id', async () => {
    const deep = await api.query<{ neighbourhood: { nodes: unknown[] } }>(NEIGHBOURHOOD, {
      id: 'person:robert-fuss',
      depth: 3,
      limit: 500,
    });
    expect(deep.data!.neighbourhood).toMatchObject({ totalCount: 43, omittedCount: 0 });
    expect(deep.data!.neighbourhood.nodes).toHaveLength(44);
    expect(await api.query(NEIGHBOURHOOD, { id: 'person:nobody' })).toEqual({ data: { neighbourhood: null } });
  });
});

describe('shortest paths', () => {
  const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int) {
    shortestPaths(from: $from, to: $to, maxLength: $maxLength) {
      length
      paths {
        nodes { id }
        explanation explanationFr: explanation(lang: FR)
        steps { from { id } to { id } reversed edge { type } sentence sentenceFr: sentence(lang: FR) }
      }
    }
  }`;

  it('explains how two speakers of one session are linked', async () => {
    expect(await api.query(PATHS, { from: 'person:kristy-milland', to: 'person:robert-fuss' })).toEqual({
      data: {
        shortestPaths: {
          length: 2,
          paths: [
            {
              nodes: [{ id: 'person:kristy-milland' }, { id: SESSION_1 }, { id: 'person:robert-fuss' }],
              explanation: 'Kristy Milland —speaks in→ “Defending the rights of crowd workers” ←speaks in— Robert Fuss',
              explanationFr:
                'Kristy Milland —intervient dans→ « Comment défendre les droits des "crowd workers" ? » ←intervient dans— Robert Fuss',
              steps: [
                {
                  from: { id: 'person:kristy-milland' },
                  to: { id: SESSION_1 },
                  reversed: false,
                  edge: { type: 'SPEAKS_IN' },
                  sentence: 'Kristy Milland speaks in “Defending the rights of crowd workers”',
                  sentenceFr: 'Kristy Milland intervient dans « Comment défendre les droits des "crowd workers" ? »',
                },
                {
                  from: { id: SESSION_1 },
                  to: { id: 'person:robert-fuss' },
                  reversed: true,
                  edge: { type: 'SPEAKS_IN' },
                  sentence: 'Robert Fuss speaks in “Defending the rights of crowd workers”',
                  sentenceFr: 'Robert Fuss intervient dans « Comment défendre les droits des "crowd workers" ? »',
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('says roles in words', async () => {
    const body = await api.query(`{
      shortestPaths(from: "person:robert-fuss", to: "org:ig-metall") { length paths { steps { sentence sentenceFr: sentence(lang: FR) } } }
    }`);
    expect(body).toEqual({
      data: {
        shortestPaths: {
          length: 2,
          paths: [
            {
              steps: [
                {
                  sentence: 'Robert Fuss holds the role Leader at FairCrowdWork Watch',
                  sentenceFr: 'Robert Fuss occupe la fonction « pilote » chez FairCrowdWork Watch',
                },
                {
                  sentence: 'FairCrowdWork Watch is part of IG Metall',
                  sentenceFr: 'FairCrowdWork Watch fait partie de IG Metall',
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('finds every shortest path, none beyond maxLength, and a path of length 0 to itself', async () => {
    const all = await api.query(`{
      shortestPaths(from: "worker:crowd-workers", to: "form:defending-interests") { length paths { nodes { id } } }
    }`);
    expect(all).toEqual({
      data: {
        shortestPaths: {
          length: 2,
          paths: [
            {
              nodes: [{ id: 'worker:crowd-workers' }, { id: EVENT }, { id: 'form:defending-interests' }],
            },
            {
              nodes: [
                { id: 'worker:crowd-workers' },
                { id: 'org:faircrowdwork-watch' },
                { id: 'form:defending-interests' },
              ],
            },
            { nodes: [{ id: 'worker:crowd-workers' }, { id: 'org:turkernation' }, { id: 'form:defending-interests' }] },
            { nodes: [{ id: 'worker:crowd-workers' }, { id: 'org:verdi' }, { id: 'form:defending-interests' }] },
            {
              nodes: [{ id: 'worker:crowd-workers' }, { id: SESSION_1 }, { id: 'form:defending-interests' }],
            },
          ],
        },
      },
    });
    const far = await api.query(PATHS, {
      from: 'person:kristy-milland',
      to: 'person:cesar-garcia-arnal',
      maxLength: 3,
    });
    expect(far).toEqual({ data: { shortestPaths: { length: null, paths: [] } } });
    const within = await api.query<{ shortestPaths: { length: number } }>(PATHS, {
      from: 'person:kristy-milland',
      to: 'person:cesar-garcia-arnal',
    });
    expect(within.data!.shortestPaths.length).toBe(4);
    const self = await api.query(
      `{ shortestPaths(from: "org:upta", to: "org:upta") { length paths { nodes { id } steps { sentence } explanation } } }`,
    );
    expect(self).toEqual({
      data: { shortestPaths: { length: 0, paths: [{ nodes: [{ id: 'org:upta' }], steps: [], explanation: 'UPTA' }] } },
    });
  });
});

describe('matrix', () => {
  interface Matrix {
    countries: Array<{ code: string }>;
    workerTypes: Array<{ id: string }>;
    cells: Array<{
      country: { code: string };
      workerType: { id: string };
      organisations: Array<{ id: string }>;
      inferred?: Array<{ id: string }>;
      unknown: boolean;
    }>;
    withoutCountry: unknown[];
  }
  const MATRIX = `query($filter: GraphFilter) {
    matrix(filter: $filter) {
      countries { code } workerTypes { id }
      cells { country { code } workerType { id } organisations { id } unknown }
      withoutCountry { workerType { id } organisations { id } }
    }
  }`;

  it('tells who organises which workers in which country, and where nothing is known', async () => {
    const body = await api.query<{ matrix: Matrix }>(MATRIX);
    expect(body.errors).toBeUndefined();
    const matrix = body.data!.matrix;
    expect(matrix.countries.map((c) => c.code)).toEqual(['CA', 'FR', 'DE', 'IT', 'ES', 'GB', 'US']);
    expect(matrix.workerTypes).toHaveLength(12);
    expect(matrix.cells).toHaveLength(84);
    expect(matrix.cells.slice(0, 12).every((cell) => cell.country.code === 'CA')).toBe(true);
    const known = matrix.cells
      .filter((cell) => !cell.unknown)
      .map((cell) => [cell.country.code, cell.workerType.id, cell.organisations.map((o) => o.id)]);
    expect(known).toEqual([
      ['CA', 'worker:crowd-workers', ['org:turkernation']],
      ['FR', 'worker:creative-professions', ['org:alliance-francaise-des-designers']],
      ['FR', 'worker:designers', ['org:alliance-francaise-des-designers']],
      ['DE', 'worker:crowd-workers', ['org:faircrowdwork-watch', 'org:verdi']],
      ['IT', 'worker:atypical-workers', ['org:nidil-cgil']],
      ['IT', 'worker:self-employed', ['org:nidil-cgil']],
      ['ES', 'worker:self-employed', ['org:upta']],
      ['US', 'worker:freelancers', ['org:freelancers-union']],
      ['US', 'worker:self-employed', ['org:freelancers-union']],
    ]);
    expect(matrix.cells.filter((cell) => cell.unknown).every((cell) => cell.organisations.length === 0)).toBe(true);
    expect(matrix.withoutCountry).toEqual([]);
  });

  it('marks the organisations whose place in a cell rests on an inferred link', async () => {
    const body = await api.query<{ matrix: Matrix }>(`{
      matrix { cells { country { code } workerType { id } organisations { id } inferred { id } unknown } }
    }`);
    expect(body.errors).toBeUndefined();
    const marked = body
      .data!.matrix.cells.filter((cell) => !cell.unknown)
      .map((cell) => [cell.country.code, cell.workerType.id, cell.inferred!.map((o) => o.id)]);
    // Read off the data file: a cell's organisation is stated only through a chain of stated
    // ORGANISES, SUBTYPE_OF and BASED_IN links (NIdiL-CGIL, UPTA, and Freelancers Union for the self-employed).
    expect(marked).toEqual([
      ['CA', 'worker:crowd-workers', ['org:turkernation']],
      ['FR', 'worker:creative-professions', ['org:alliance-francaise-des-designers']],
      ['FR', 'worker:designers', ['org:alliance-francaise-des-designers']],
      ['DE', 'worker:crowd-workers', ['org:faircrowdwork-watch', 'org:verdi']],
      ['IT', 'worker:atypical-workers', []],
      ['IT', 'worker:self-employed', []],
      ['ES', 'worker:self-employed', []],
      ['US', 'worker:freelancers', ['org:freelancers-union']],
      ['US', 'worker:self-employed', []],
    ]);
  });

  it('narrows rows, columns and organisations to the filter', async () => {
    const body = await api.query<{ matrix: Matrix }>(MATRIX, {
      filter: { countries: ['DE', 'IT'], workerTypes: ['worker:crowd-workers', 'worker:self-employed'] },
    });
    expect(body).toEqual({
      data: {
        matrix: {
          countries: [{ code: 'DE' }, { code: 'IT' }],
          workerTypes: [
            { id: 'worker:crowd-workers' },
            { id: 'worker:economically-dependent-self-employed' },
            { id: 'worker:self-employed' },
          ],
          cells: [
            {
              country: { code: 'DE' },
              workerType: { id: 'worker:crowd-workers' },
              organisations: [{ id: 'org:faircrowdwork-watch' }, { id: 'org:verdi' }],
              unknown: false,
            },
            {
              country: { code: 'DE' },
              workerType: { id: 'worker:economically-dependent-self-employed' },
              organisations: [],
              unknown: true,
            },
            { country: { code: 'DE' }, workerType: { id: 'worker:self-employed' }, organisations: [], unknown: true },
            { country: { code: 'IT' }, workerType: { id: 'worker:crowd-workers' }, organisations: [], unknown: true },
            {
              country: { code: 'IT' },
              workerType: { id: 'worker:economically-dependent-self-employed' },
              organisations: [],
              unknown: true,
            },
            {
              country: { code: 'IT' },
              workerType: { id: 'worker:self-employed' },
              organisations: [{ id: 'org:nidil-cgil' }],
              unknown: false,
            },
          ],
          withoutCountry: [],
        },
      },
    });
  });
});

describe('combined criteria', () => {
  // The query walks out from the lightest criterion and tests the others; whichever it is, the
  // answer is what each criterion matches alone, intersected, plus the filter's own values.
  const ALL_COUNTRIES = ['FR', 'DE', 'CA', 'US', 'IT', 'ES'];
  const MOST_KINDS = ['UNION', 'UNSPECIFIED', 'ONLINE_COMMUNITY', 'UNION_INITIATIVE', 'COOPERATIVE'];
  const NO_MATCH = 'zzzqqq';
  const ORGANISATIONS = `query($filter: GraphFilter) { organisations(filter: $filter, first: 100) { totalCount nodes { id } } }`;
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['countries', { countries: ['DE'] }, { organisationKinds: MOST_KINDS }],
    ['organisationKinds', { organisationKinds: ['UNION'] }, { countries: ALL_COUNTRIES }],
    ['workerTypes', { workerTypes: ['worker:crowd-workers'] }, { countries: ALL_COUNTRIES }],
    ['organisingForms', { organisingForms: ['form:coworking'] }, { organisationKinds: MOST_KINDS }],
    ['sessions', { sessions: [SESSION_2] }, { countries: ALL_COUNTRIES, organisationKinds: MOST_KINDS }],
    ['text', { text: 'union' }, { countries: ALL_COUNTRIES, organisationKinds: MOST_KINDS }],
    [
      'countries',
      { countries: ['IT', 'ES'] },
      { organisingForms: ['form:unions-for-self-employed'], types: ['PERSON', 'SESSION', 'EVENT', 'WORKER_TYPE'] },
    ],
  ];

  /** The criterion the query walks out from. */
  async function driverOf(filter: Record<string, unknown>): Promise<string> {
    const { text, types, ...lists } = filter as { text?: string; types?: EntityType[] };
    const compiled = compileFilter({ ...lists, ...(text ? { text: toLuceneQuery(text) } : {}), types });
    const result = await api.db.read((tx) => tx.run(`${compiled.subqueries} RETURN fDriver`, compiled.params));
    return result.records[0]?.get('fDriver') as string;
  }

  it.each(cases)('match what each criterion matches alone, walking out from %s', async (driver, light, heavy) => {
    expect(await driverOf({ ...light, ...heavy })).toBe(driver);
    const types = heavy['types'];
    const alone = async (filter: Record<string, unknown>) =>
      new Set(ids((await network({ ...filter, ...(types ? { types } : {}) }, 2000)).nodes));
    const [a, b] = await Promise.all([alone(light), alone(heavy)]);
    const values = new Set([
      ...(await alone({ ...light, text: NO_MATCH })),
      ...(await alone({ ...heavy, text: NO_MATCH })),
    ]);
    const expected = [...new Set([...[...a].filter((id) => b.has(id)), ...values])].sort();
    const both = await network({ ...light, ...heavy }, 2000);
    expect(ids(both.nodes)).toEqual(expected);
    expect(both.totalCount).toBe(expected.length);
    const whole = await network(undefined, 2000);
    const shown = new Set(expected);
    expect(both.edges.map((edge) => edge.id).sort()).toEqual(
      whole.edges
        .filter((edge) => shown.has(edge.source) && shown.has(edge.target))
        .map((edge) => edge.id)
        .sort(),
    );
    if (types === undefined) {
      const listed = await api.query<{ organisations: { totalCount: number; nodes: Array<{ id: string }> } }>(
        ORGANISATIONS,
        { filter: { ...light, ...heavy } },
      );
      const organisations = expected.filter((id) => id.startsWith('org:'));
      expect(ids(listed.data!.organisations.nodes)).toEqual(organisations);
      expect(listed.data!.organisations.totalCount).toBe(organisations.length);
    }
  });
});
