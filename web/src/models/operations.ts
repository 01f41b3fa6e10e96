import { toGraphFilter, type GraphFilterInput } from './filters';
import type { Language } from './types';
import type { Explore, Filters } from './viewState';

/** A GraphQL operation ready to send or to show. */
export interface Operation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** How many entities the network asks for at most. */
export const NETWORK_LIMIT = 500;

const NODE_FIELDS = `fragment NodeFields on GraphNode {
  id
  type
  label(lang: $lang)
  organisationKind
  countryCodes
  degree
}`;

const EDGE_FIELDS = `fragment EdgeFields on GraphEdge {
  id
  type
  source
  target
  label(lang: $lang)
  basis
}`;

const PROVENANCE_FIELDS = `fragment ProvenanceFields on Provenance {
  basis
  note
  citations {
    locator
    label
    source { id title language publisher date url }
    session { id name(lang: $lang) startTime endTime }
  }
}`;

/** The alias under which the view operation asks for the neighbours of the `index`-th expanded node. */
export function expansionAlias(index: number): string {
  return `expand${index}`;
}

/**
 * The one operation that fetches a whole view: the filtered network, the neighbourhood of each
 * expanded node and the shortest paths asked for. The explorer sends exactly this, and shows it
 * behind "show GraphQL query".
 */
export function buildViewOperation(filters: Filters, explore: Explore, lang: Language): Operation {
  const variableDefs = ['$filter: GraphFilter', '$limit: Int!', '$lang: Language!'];
  const variables: Record<string, unknown> = {
    filter: toGraphFilter(filters),
    limit: NETWORK_LIMIT,
    lang,
  };
  const fields = [
    `  network(filter: $filter, limit: $limit) {
    nodes { ...NodeFields }
    edges { ...EdgeFields }
    totalCount
    truncated
  }`,
  ];
  explore.expanded.forEach((expansion, index) => {
    const alias = expansionAlias(index);
    variableDefs.push(`$${alias}: ID!`, `$${alias}Limit: Int!`);
    variables[alias] = expansion.id;
    variables[`${alias}Limit`] = expansion.limit;
    fields.push(`  ${alias}: neighbourhood(id: $${alias}, depth: 1, limit: $${alias}Limit) {
    center { ...NodeFields }
    nodes { ...NodeFields }
    edges { ...EdgeFields }
    totalCount
    omittedCount
  }`);
  });
  if (explore.path) {
    variableDefs.push('$from: ID!', '$to: ID!');
    variables.from = explore.path.from;
    variables.to = explore.path.to;
    fields.push(`  path: shortestPaths(from: $from, to: $to, maxLength: 6, limit: 5) {
    length
    paths {
      nodes { ...NodeFields }
      steps {
        edge { ...EdgeFields }
        from { id label(lang: $lang) }
        to { id label(lang: $lang) }
        reversed
        sentence(lang: $lang)
      }
      explanation(lang: $lang)
    }
  }`);
  }
  const query = `query ExplorerView(${variableDefs.join(', ')}) {
${fields.join('\n')}
}

${NODE_FIELDS}

${EDGE_FIELDS}`;
  return { operationName: 'ExplorerView', query, variables };
}

/** Suggestions for the search box. */
export function buildSearchOperation(text: string, lang: Language, first = 8): Operation {
  return {
    operationName: 'Search',
    query: `query Search($query: String!, $first: Int!, $lang: Language!) {
  search(query: $query, first: $first) {
    score
    matched
    entity { id type name(lang: $lang) }
  }
}`,
    variables: { query: text, first, lang },
  };
}

/** The values the filters offer, with how many organisations (or speakers) each concerns. */
export function buildFacetsOperation(lang: Language): Operation {
  return {
    operationName: 'Facets',
    query: `query Facets($lang: Language!) {
  countries(first: 100) { nodes { id code name(lang: $lang) organisations { id } } }
  workerTypes(first: 100) { nodes { id name(lang: $lang) organisations { id } } }
  organisingForms(first: 100) { nodes { id name(lang: $lang) organisations { id } } }
  sessions(first: 100) { nodes { id name(lang: $lang) startTime speakers { id } } }
}`,
    variables: { lang },
  };
}

/** Countries × worker types for the matrix view. */
export function buildMatrixOperation(filter: GraphFilterInput | null, lang: Language): Operation {
  return {
    operationName: 'Matrix',
    query: `query Matrix($filter: GraphFilter, $lang: Language!) {
  matrix(filter: $filter, lang: $lang) {
    countries { id code name(lang: $lang) }
    workerTypes { id name(lang: $lang) }
    cells { ...Cell }
    withoutCountry { ...Cell }
  }
}

fragment Cell on MatrixCell {
  country { id code }
  workerType { id }
  organisations { id name(lang: $lang) }
  unknown
}`,
    variables: { filter, lang },
  };
}

/** Everything the details panel shows about one entity: its properties, its links and their sources. */
export function buildEntityDetailsOperation(id: string, lang: Language): Operation {
  return {
    operationName: 'EntityDetails',
    query: `query EntityDetails($id: ID!, $lang: Language!) {
  node(id: $id) {
    id
    ... on Entity {
      type
      name(lang: $lang)
      nameEn
      nameFr
      aliases
      description(lang: $lang)
      degree
      provenance { ...ProvenanceFields }
    }
    ... on Person {
      roles { id title(lang: $lang) organisation { id name(lang: $lang) } provenance { ...ProvenanceFields } }
      appearances {
        id
        order
        contribution(lang: $lang)
        session { id name(lang: $lang) startTime endTime }
        provenance { ...ProvenanceFields }
      }
    }
    ... on Organisation { kind kindBasis url countries { id name(lang: $lang) } }
    ... on Country { code }
    ... on Session { sessionKind: kind order startTime endTime theme(lang: $lang) event { id name(lang: $lang) date } }
    ... on Event { date eventStartTime: startTime endTime format(lang: $lang) address city country { id name(lang: $lang) } }
  }
  neighbourhood(id: $id, depth: 1, limit: 200) {
    nodes { id type label(lang: $lang) }
    edges { id type source target label(lang: $lang) basis }
    totalCount
    omittedCount
  }
}

${PROVENANCE_FIELDS}`,
    variables: { id, lang },
  };
}

/**
 * The provenance of several entities or relationships in one request, one alias per id
 * (`p0`, `p1`…). Used for the sources of a node's links and for exports "with sources".
 */
export function buildProvenanceOperation(ids: readonly string[], lang: Language): Operation {
  const defs = ['$lang: Language!', ...ids.map((_, index) => `$p${index}: ID!`)];
  const fields = ids.map((_, index) => `  p${index}: provenance(id: $p${index}) { ...ProvenanceFields }`);
  const variables: Record<string, unknown> = { lang };
  ids.forEach((id, index) => {
    variables[`p${index}`] = id;
  });
  return {
    operationName: 'Provenance',
    query: `query Provenance(${defs.join(', ')}) {
${fields.join('\n')}
}

${PROVENANCE_FIELDS}`,
    variables,
  };
}

/** An operation said as one text block: the document, then its variables as JSON. */
export function formatOperation(operation: Operation): string {
  return `${operation.query}\n\n# Variables\n${JSON.stringify(operation.variables, null, 2)}`;
}
