/** An operation preloaded as a tab of the query IDE. */
export interface ExampleTab {
  query: string;
  variables: string;
}

/** The example operations the query IDE opens with. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    query: `# The network of organisations in Germany, with the links between them.
query GermanNetwork($filter: GraphFilter, $lang: Language!) {
  network(filter: $filter, limit: 200) {
    totalCount
    truncated
    nodes { id type label(lang: $lang) organisationKind countryCodes degree }
    edges { id type source target label(lang: $lang) basis }
  }
}`,
    variables: JSON.stringify({ filter: { countries: ['DE'] }, lang: 'EN' }, null, 2),
  },
  {
    query: `# Search is insensitive to case and accents, in both languages.
query SearchCesarGarcia($query: String!, $lang: Language!) {
  search(query: $query, first: 5) {
    score
    matched
    entity {
      id
      type
      name(lang: $lang)
      ... on Person {
        roles { title(lang: $lang) organisation { name(lang: $lang) } }
      }
    }
  }
}`,
    variables: JSON.stringify({ query: 'cesar garcia', lang: 'EN' }, null, 2),
  },
  {
    query: `# How are two speakers connected? Every shortest path, each step explained.
query SpeakersPath($from: ID!, $to: ID!, $lang: Language!) {
  shortestPaths(from: $from, to: $to, maxLength: 6) {
    length
    paths {
      explanation(lang: $lang)
      steps {
        sentence(lang: $lang)
        edge { basis }
      }
    }
  }
}`,
    variables: JSON.stringify({ from: 'person:kristy-milland', to: 'person:robert-fuss', lang: 'EN' }, null, 2),
  },
  {
    query: `# Countries × worker types: who organises whom, where; unknown cells are marked.
query WhoOrganisesWhomWhere($lang: Language!) {
  matrix {
    countries { code name(lang: $lang) }
    workerTypes { id name(lang: $lang) }
    cells {
      country { code }
      workerType { id }
      organisations { name(lang: $lang) }
      unknown
    }
  }
}`,
    variables: JSON.stringify({ lang: 'EN' }, null, 2),
  },
];

/**
 * The tabs to open: an operation passed in the address (`?query=…&variables=…`, as the explorer's
 * "open in the query IDE" does) comes first, then the examples.
 */
export function initialTabs(search: string): ExampleTab[] {
  const params = new URLSearchParams(search);
  const query = params.get('query');
  if (!query) return [...EXAMPLE_TABS];
  return [{ query, variables: params.get('variables') ?? '' }, ...EXAMPLE_TABS];
}

/** What the query IDE opens with: its tabs, and the text of the editors when they must be set. */
export interface InitialEditors {
  tabs: ExampleTab[];
  initialQuery?: string;
  initialVariables?: string;
}

/**
 * The IDE's opening state. An operation passed in the address opens in the editors (in a new tab
 * when tabs were kept from an earlier visit). On a first visit the examples become the tabs and
 * the first one fills the editors, variables included (GraphiQL fills only the query by itself).
 */
export function initialEditors(search: string, hasStoredTabs: boolean): InitialEditors {
  const params = new URLSearchParams(search);
  const query = params.get('query');
  const tabs = initialTabs(search);
  if (query) return { tabs, initialQuery: query, initialVariables: params.get('variables') ?? '' };
  if (hasStoredTabs) return { tabs };
  return { tabs, initialQuery: tabs[0]?.query, initialVariables: tabs[0]?.variables };
}
