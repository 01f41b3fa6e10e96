import { toLuceneQuery } from '../api/src/data/fulltext';

/** Parameters drawn from the generated graph (see workload.ts); requests take them in turn. */
export interface Workload {
  /** Entities to centre a neighbourhood on (organisations and people). */
  centres: Array<{ id: string; label: 'Organisation' | 'Person' }>;
  /** Country and organisation kind pairs that some organisation has. */
  networkFilters: Array<{ country: string; kind: string }>;
  /** What a person types in the search box: the start of a word of some entity's name. */
  searches: string[];
  /** Pairs of entities (organisations and people) to join by shortest paths. */
  pathPairs: Array<{ from: string; to: string }>;
  /** Codes of countries some organisation is based in. */
  countries: string[];
  /** Periods around the collective actions' dates (a year to a few, at a year's or a month's precision). */
  periods: Array<{ from: string; to: string }>;
  /** What a person types to find a collective action: the start of a word of some action's name. */
  actionSearches: string[];
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export const QUERY_KEYS = [
  'neighbourhood',
  'network',
  'search',
  'shortestPath',
  'nested',
  'periodNetwork',
  'timeline',
  'foldedLinks',
  'actionSearch',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

export interface QueryPair {
  key: QueryKey;
  title: string;
  /** The question both servers answer, in words. */
  question: string;
  /** How the peer's answer differs from ours, said plainly. */
  difference: string;
  ours(workload: Workload, i: number): Operation;
  /** The peer's equivalent question; null when @neo4j/graphql cannot express it (then `difference` says why). */
  peer: ((workload: Workload, i: number) => Operation) | null;
  /**
   * Whether the targets (≥ 1.5× the peer, and latency for some) apply to this question. Only
   * these are also replayed from the response cache: a replay measures the cache, which is the same
   * for every question.
   */
  judged: boolean;
}

/** The facets a timeline is split by, in turn. */
const TIMELINE_FACETS = ['FORM', 'COUNTRY', 'STRUGGLE', 'ORGANISER', 'WORKER_TYPE', 'DATASET'] as const;

/** The first and last days a period's ends stand for (`2019` → 2019-01-01 … 2019-12-31). */
function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
function lastDay(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return `${year}-12-31`;
  return `${date}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

const pick = <T>(items: readonly T[], i: number): T => {
  if (items.length === 0) throw new Error('the workload has no parameters for this query');
  return items[i % items.length] as T;
};

// The explorer's own fragments (web/src/models/graphql/documents/fragments.graphql): what it asks for each drawn entity.
const NODE_FRAGMENT = `
fragment NodeFields on GraphNode { id type label(lang: $lang) organisationKind countryCodes degree }`;
const FRAGMENTS = `${NODE_FRAGMENT}
fragment EdgeFields on GraphEdge { id type source target label(lang: $lang) basis }`;

const PEER_ORGANISATION_NEIGHBOURS = `
  id nameEn kind
  countries { id nameEn code }
  partOf { id nameEn kind } parts { id nameEn kind }
  leads { id nameEn kind } ledBy { id nameEn kind }
  membersConnection { edges { properties { id roleEn basis } node { id nameEn } } }
  workerTypes { id nameEn } organisingForms { id nameEn }
  organised { id nameEn } coOrganised { id nameEn }`;

const PEER_PERSON_NEIGHBOURS = `
  id nameEn
  rolesConnection { edges { properties { id roleEn basis } node { id nameEn kind } } }
  sessionsConnection { edges { properties { id order basis } node { id nameEn } } }`;

export const QUERY_PAIRS: readonly QueryPair[] = [
  {
    key: 'neighbourhood',
    judged: true,
    title: '1-hop neighbourhood',
    question: 'The entities one relationship away from an organisation or a person, and the links.',
    difference:
      'Ours ranks the neighbours (by degree), cuts to 100, gives each its degree and country codes and returns the links among all of them; ' +
      "the peer lists the centre's relationship fields (every neighbour, with the relationship's properties), no ranking, degrees or links between neighbours.",
    ours: (w, i) => ({
      query: `query Neighbourhood($id: ID!, $lang: Language!) {
  neighbourhood(id: $id, depth: 1, limit: 100) {
    center { ...NodeFields } nodes { ...NodeFields } edges { ...EdgeFields } totalCount omittedCount
  }
}${FRAGMENTS}`,
      variables: { id: pick(w.centres, i).id, lang: 'EN' },
    }),
    peer: (w, i) => {
      const centre = pick(w.centres, i);
      return centre.label === 'Organisation'
        ? {
            query: `query Neighbourhood($id: ID!) { organisations(where: { id: { eq: $id } }) {${PEER_ORGANISATION_NEIGHBOURS} } }`,
            variables: { id: centre.id },
          }
        : {
            query: `query Neighbourhood($id: ID!) { people(where: { id: { eq: $id } }) {${PEER_PERSON_NEIGHBOURS} } }`,
            variables: { id: centre.id },
          };
    },
  },
  {
    key: 'network',
    judged: true,
    title: 'filtered network',
    question:
      'The network of the organisations of one kind based in one country (at most 500 entities), as the explorer draws it.',
    difference:
      'Ours returns the matching organisations, their people, sessions and the values they tie to, ranked and cut to 500, with every link among them, ' +
      'degrees and country codes; the peer returns up to 500 matching organisations with their countries, members, worker types and forms nested.',
    ours: (w, i) => {
      const filter = pick(w.networkFilters, i);
      return {
        query: `query ExplorerView($filter: GraphFilter, $limit: Int!, $lang: Language!) {
  network(filter: $filter, limit: $limit) {
    nodes { ...NodeFields } edges { ...EdgeFields } totalCount truncated
  }
}${FRAGMENTS}`,
        variables: {
          filter: { countries: [filter.country], organisationKinds: [filter.kind] },
          limit: 500,
          lang: 'EN',
        },
      };
    },
    peer: (w, i) => {
      const filter = pick(w.networkFilters, i);
      return {
        query: `query Network($country: String!, $kind: String!) {
  organisations(where: { kind: { eq: $kind }, countries: { some: { code: { eq: $country } } } }, limit: 500) {
    id nameEn kind
    countries { id code }
    membersConnection { edges { properties { id roleEn } node { id nameEn } } }
    workerTypes { id nameEn } organisingForms { id nameEn }
  }
}`,
        variables: { country: filter.country, kind: filter.kind },
      };
    },
  },
  {
    key: 'search',
    judged: true,
    title: 'search',
    question: 'The 8 entities (any type) whose names best match what was typed, as the search box asks.',
    difference:
      'Both query the same full-text index with the same Lucene query (every word, whole or as a prefix); ours also reports the score, ' +
      'the name or alias that matched and the type.',
    ours: (w, i) => ({
      query: `query Search($query: String!, $first: Int!, $lang: Language!) {
  search(query: $query, first: $first) { score matched entity { id type name(lang: $lang) } }
}`,
      variables: { query: pick(w.searches, i), first: 8, lang: 'EN' },
    }),
    peer: (w, i) => ({
      query: `query Search($query: String!, $first: Int!) { searchEntities(query: $query, first: $first) { __typename id nameEn } }`,
      variables: { query: toLuceneQuery(pick(w.searches, i)) ?? '', first: 8 },
    }),
  },
  {
    key: 'shortestPath',
    judged: true,
    title: 'shortest path',
    question: 'All shortest paths (at most 5, up to 6 relationships, either direction) between two entities.',
    difference:
      "Ours returns each path's nodes, each step's relationship, direction and sentence, and the explanation (the explorer's path query); " +
      'the peer (a @cypher field: it generates no path queries) returns the nodes along the paths.',
    ours: (w, i) => {
      const pair = pick(w.pathPairs, i);
      return {
        query: `query Path($from: ID!, $to: ID!, $lang: Language!) {
  path: shortestPaths(from: $from, to: $to, maxLength: 6, limit: 5) {
    length
    paths {
      nodes { ...NodeFields }
      steps { edge { ...EdgeFields } from { id label(lang: $lang) } to { id label(lang: $lang) } reversed sentence(lang: $lang) }
      explanation(lang: $lang)
    }
  }
}${FRAGMENTS}`,
        variables: { from: pair.from, to: pair.to, lang: 'EN' },
      };
    },
    peer: (w, i) => {
      const pair = pick(w.pathPairs, i);
      return {
        query: `query Path($from: ID!, $to: ID!) { shortestPathNodes(from: $from, to: $to, limit: 5) { __typename id nameEn } }`,
        variables: { from: pair.from, to: pair.to },
      };
    },
  },
  {
    key: 'nested',
    judged: true,
    title: '3-level nested entities',
    question:
      "The first 10 organisations (by name) based in a country, each with its countries, its members and their role, and each member's roles at their organisations.",
    difference:
      'Same shape on both: organisation → members (role title, person) → roles (title, organisation). Ours pages with a connection and counts the matches; ' +
      'the peer sorts and limits a list.',
    ours: (w, i) => ({
      query: `query Nested($country: String!, $lang: Language!) {
  organisations(filter: { countries: [$country] }, first: 10) {
    totalCount
    nodes {
      id name(lang: $lang) kind
      countries { code name(lang: $lang) }
      members { title(lang: $lang) person { id name(lang: $lang) roles { title(lang: $lang) organisation { id name(lang: $lang) } } } }
    }
  }
}`,
      variables: { country: pick(w.countries, i), lang: 'EN' },
    }),
    peer: (w, i) => ({
      query: `query Nested($country: String!) {
  organisations(where: { countries: { some: { code: { eq: $country } } } }, sort: [{ nameEn: ASC }], limit: 10) {
    id nameEn kind
    countries { code nameEn }
    membersConnection { edges { properties { roleEn } node { id nameEn rolesConnection { edges { properties { roleEn } node { id nameEn } } } } } }
  }
}`,
      variables: { country: pick(w.countries, i) },
    }),
  },
  {
    key: 'periodNetwork',
    title: 'period network',
    judged: false,
    question:
      'The network of the collective actions of a period (a year to a few) and what they are tied to (at most 500 entities), as the explorer draws it.',
    difference:
      'Ours returns the actions that may have happened in the period (an action dated 2019 counts for a period from 2019-06) with their forms, ' +
      'struggles, worker types, companies, countries and organising groups, ranked and cut to 500, with every link among them; the peer lists up ' +
      "to 500 actions whose stored date string lies between the period's first and last days, with the same six relationships nested.",
    ours: (w, i) => ({
      query: `query PeriodView($filter: GraphFilter, $limit: Int!, $lang: Language!) {
  network(filter: $filter, limit: $limit) {
    nodes { ...NodeFields } edges { ...EdgeFields } totalCount truncated
  }
}${FRAGMENTS}`,
      variables: { filter: { period: pick(w.periods, i) }, limit: 500, lang: 'EN' },
    }),
    peer: (w, i) => {
      const period = pick(w.periods, i);
      return {
        query: `query PeriodActions($from: String!, $to: String!) {
  collectiveActions(where: { date: { gte: $from, lte: $to } }, limit: 500) {
    id nameEn date datePrecision
    forms { id nameEn } struggles { id nameEn } workerTypes { id nameEn }
    companies { id nameEn } countries { id code } organisers { id nameEn }
  }
}`,
        variables: { from: firstDay(period.from), to: lastDay(period.to) },
      };
    },
  },
  {
    key: 'timeline',
    title: 'timeline',
    judged: false,
    question:
      'How many collective actions and events there are per year over a period, split into the 8 largest values of a facet (form, country, struggle…), the undated apart.',
    difference:
      'Peer: cannot express. @neo4j/graphql aggregates one count per `where`, so a timeline would take one aggregation per year and facet value ' +
      '(hundreds per request), or a @cypher field that is our query.',
    ours: (w, i) => ({
      query: `query Timeline($filter: GraphFilter, $by: TimelineFacet!, $lang: Language!) {
  timeline(filter: $filter, interval: YEAR, by: $by, series: 8) {
    series { id label(lang: $lang) count }
    buckets { start total counts otherCount noValueCount imprecise }
    datedCount undatedCount
  }
}`,
      variables: { filter: { period: pick(w.periods, i) }, by: pick(TIMELINE_FACETS, i), lang: 'EN' },
    }),
    peer: null,
  },
  {
    key: 'foldedLinks',
    title: 'folded links',
    judged: false,
    question:
      "The collective actions of a period folded into weighted links (organising group ↔ worker type, company ↔ country…), the 500 heaviest, as the explorer's 'fold' asks.",
    difference:
      'Peer: cannot express. It generates no grouping of pairs of relationships across a node, so each link and its weight would be computed by the client from every action.',
    ours: (w, i) => ({
      query: `query Folded($filter: GraphFilter, $limit: Int!, $lang: Language!) {
  foldedLinks(filter: $filter, limit: $limit) {
    nodes { ...NodeFields }
    links { id source target weight basis actions { id name(lang: $lang) date } }
    actionCount truncated
  }
}${NODE_FRAGMENT}`,
      variables: { filter: { period: pick(w.periods, i) }, limit: 500, lang: 'EN' },
    }),
    peer: null,
  },
  {
    key: 'actionSearch',
    title: 'action search',
    judged: false,
    question: 'The first 20 collective actions (by date) whose names match what was typed, and how many match.',
    difference:
      'Both ask the same full-text index with the same Lucene query; ours pages with a cursor and counts the matches, the peer (a @cypher field) ' +
      'returns the first 20 by date.',
    ours: (w, i) => ({
      query: `query Actions($filter: GraphFilter, $lang: Language!) {
  collectiveActions(filter: $filter, first: 20) {
    totalCount
    nodes { id name(lang: $lang) date datePrecision }
  }
}`,
      variables: { filter: { text: pick(w.actionSearches, i) }, lang: 'EN' },
    }),
    peer: (w, i) => ({
      query: `query Actions($query: String!, $first: Int!) { searchActions(query: $query, first: $first) { id nameEn date datePrecision } }`,
      variables: { query: toLuceneQuery(pick(w.actionSearches, i)) ?? '', first: 20 },
    }),
  },
];

/** `count` request bodies for one side of a pair, parameters taken in turn from the workload. */
export function requestBodies(pair: QueryPair, api: 'ours' | 'peer', workload: Workload, count: number): string[] {
  const operation = pair[api];
  if (!operation) throw new Error(`the peer cannot express "${pair.title}"`);
  return Array.from({ length: count }, (_, i) => JSON.stringify(operation(workload, i)));
}
