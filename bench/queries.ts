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
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

export const QUERY_KEYS = ['neighbourhood', 'network', 'search', 'shortestPath', 'nested'] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

export interface QueryPair {
  key: QueryKey;
  title: string;
  /** The question both servers answer, in words. */
  question: string;
  /** How the peer's answer differs from ours, said plainly. */
  difference: string;
  ours(workload: Workload, i: number): Operation;
  peer(workload: Workload, i: number): Operation;
}

const pick = <T>(items: readonly T[], i: number): T => {
  if (items.length === 0) throw new Error('the workload has no parameters for this query');
  return items[i % items.length] as T;
};

// The explorer's own fragments (web/src/models/graphql/documents/fragments.graphql): what it asks for each drawn entity.
const FRAGMENTS = `
fragment NodeFields on GraphNode { id type label(lang: $lang) organisationKind countryCodes degree }
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
];

/** `count` request bodies for one side of a pair, parameters taken in turn from the workload. */
export function requestBodies(pair: QueryPair, api: 'ours' | 'peer', workload: Workload, count: number): string[] {
  return Array.from({ length: count }, (_, i) => JSON.stringify(pair[api](workload, i)));
}
