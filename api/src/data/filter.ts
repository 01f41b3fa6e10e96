import { FULLTEXT_INDEX } from '@faire-collectif/seed';
import { ENTITY_LABELS, labelsOf } from './labels';
import type { EntityType, OrganisationKind } from './models';

/**
 * Which entities to consider; criteria combine with AND, the values within one with OR. Lists are
 * never empty here (the API layer drops empty ones: an empty list is no criterion).
 */
export interface EntityFilter {
  /** ISO 3166-1 alpha-2 codes. */
  countries?: readonly string[];
  /** Worker-type ids; their narrower types count too. */
  workerTypes?: readonly string[];
  organisationKinds?: readonly OrganisationKind[];
  /** Organising-form ids. */
  organisingForms?: readonly string[];
  /** Session ids. */
  sessions?: readonly string[];
  /** A query for the full-text index, already built by `toLuceneQuery`. */
  text?: string;
  types?: readonly EntityType[];
}

/** A filter as Cypher: clauses binding each criterion's lists, and what can be asked of them. */
export interface CompiledFilter {
  /** Clauses that open the query and bind the variables below; empty without criteria. */
  subqueries: string;
  /** The variables the clauses bind (to import into later `CALL (…)` scopes). */
  variables: string[];
  /**
   * Clauses (after `subqueries`) that yield `v` once for each entity matching every criterion and
   * type, of `label` alone when given, then each node of the list `also` (which may repeat them).
   * The lists they bind stay in scope: keep only `v` (and small values) in what follows before
   * sorting or aggregating.
   */
  candidates(v: string, label?: string, also?: string): string;
  /** Whether entity `v` matches every criterion and type (Cypher boolean expression). */
  matches(v: string): string;
  /** Whether entity `v` is of one of the requested types. */
  typeMatches(v: string): string;
  /** The criteria's own value nodes (the countries, worker types… the filter names), a list. */
  values: string;
  params: Record<string, unknown>;
}

// What a criterion matches: its value nodes (the countries, worker types, forms or sessions it
// names), its organisations, people and sessions (each criterion says how they follow from one
// another), and what those organisations and sessions are tied to: the events they organised or
// are part of, the countries organisations are based in, the worker types and forms they
// organise, use or are about. A country also matches the events held in it.
//
// Computing all of that for every criterion over the whole graph is more than a large criterion
// affords (a country with thousands of organisations, or a kind every third organisation has).
// So the query lists each criterion's organisations (and its own sessions), cheap to reach from
// its value nodes, weighs the criteria by them, and walks out from the lightest one only (the
// driver), testing what it reaches against the others with predicates that stop at their first
// match. Where those tests would cost more than listing a criterion's people and sessions, those
// are listed, which turns its tests into lookups. Lists only ever enter predicates as `x IN list`
// (Neo4j hashes a list for that) and never what a DISTINCT, ORDER BY or aggregation keeps per row,
// nor a subquery with a UNION (its DISTINCT would keep every imported variable in each row).
//
// The patterns follow the graph model, which the loader enforces (RELATIONSHIP_ENDPOINTS in the
// seed package): HOLDS_ROLE joins a person to an organisation, SPEAKS_IN a person to a session,
// and so on, so the patterns need not check the labels along the way. CONCERNS leaves a session or
// an event: the walks back from a worker type or form to its sessions name the label.

type Label = 'Person' | 'Organisation' | 'Country' | 'WorkerType' | 'OrganisingForm' | 'Session' | 'Event';
const labelOf = (type: EntityType) => ENTITY_LABELS[type] as Label;
const ALL_LABELS = (Object.keys(ENTITY_LABELS) as EntityType[]).map(labelOf);
/** What organisations and sessions are tied to. */
const OTHER_LABELS: readonly Label[] = ['Country', 'WorkerType', 'OrganisingForm', 'Event'];
const TIED_FROM_ORGS = 'ORGANISED|CO_ORGANISED|BASED_IN|ORGANISES|USES_FORM';
const TIED_FROM_SESSIONS = 'PART_OF|CONCERNS';
/** Which of those relationships reach each label. */
const ORG_TIES: Readonly<Partial<Record<Label, readonly string[]>>> = {
  Country: ['BASED_IN'],
  WorkerType: ['ORGANISES'],
  OrganisingForm: ['USES_FORM'],
  Event: ['ORGANISED', 'CO_ORGANISED'],
};
const SESSION_TIES: Readonly<Partial<Record<Label, readonly string[]>>> = {
  Event: ['PART_OF'],
  WorkerType: ['CONCERNS'],
  OrganisingForm: ['CONCERNS'],
};

/** No weight yet: larger than any count. */
const UNWEIGHED = '9007199254740991';

/**
 * The nodes reached from the nodes in `list` through `pattern`, which continues from `(a)`. The
 * relationship types say what is reached (the graph model), so the patterns check no labels.
 */
function hop(list: string, pattern: string, reached: string): string {
  return `COLLECT { UNWIND ${list} AS a MATCH (a)${pattern} RETURN DISTINCT ${reached} }`;
}

const or = (parts: Array<string | undefined | false>) => {
  const kept = parts.filter((part): part is string => typeof part === 'string');
  return kept.length === 0 ? 'false' : kept.length === 1 ? (kept[0] as string) : `(${kept.join(' OR ')})`;
};

type ListKey = 'countries' | 'workerTypes' | 'organisationKinds' | 'organisingForms' | 'sessions';
type DriverKey = ListKey | 'text';

interface ListCriterion {
  key: ListKey;
  /** Expressions `… AS fX` binding the criterion's lists, in order. */
  bind: string[];
  /** The value nodes, if the criterion names nodes. */
  values?: { list: string; label: Label };
  /** Events it matches besides those its organisations and sessions are tied to. */
  events?: string;
  /** Whether organisation `o` is one of the criterion's. */
  org(o: string): string;
  /** Its own sessions, if any: else its sessions are those its people speak in. */
  sessions?: string;
  /** Its people: those at its organisations, and the speakers of its own sessions. */
  people: 'holders' | 'holdersOrSpeakers' | 'speakers';
  /** Its people, when it lists them from the start. */
  peopleList?: string;
  /** The prefix of the lists of its people and sessions, for a criterion that may list them. */
  listable?: string;
  /** What the driver is chosen by: the organisations and own sessions. */
  weight: string;
  /** As the driver: its organisations. */
  orgs: string;
}

const CRITERIA: Readonly<Record<ListKey, ListCriterion>> = {
  countries: {
    key: 'countries',
    bind: [
      `COLLECT { MATCH (c:Country) WHERE c.code IN $countries RETURN c } AS fCountryValues`,
      `${hop('fCountryValues', '<-[:BASED_IN]-(o)', 'o')} AS fCountryOrgs`,
      `${hop('fCountryValues', '<-[:HELD_IN]-(e)', 'e')} AS fCountryEvents`,
    ],
    values: { list: 'fCountryValues', label: 'Country' },
    events: 'fCountryEvents',
    org: (o) => `${o} IN fCountryOrgs`,
    people: 'holders',
    listable: 'fCountry',
    weight: 'size(fCountryOrgs)',
    orgs: 'fCountryOrgs',
  },
  workerTypes: {
    key: 'workerTypes',
    bind: [
      `COLLECT { MATCH (w:WorkerType)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes
                 RETURN DISTINCT w } AS fWorkerValues`,
      `${hop('fWorkerValues', '<-[:ORGANISES]-(o)', 'o')} AS fWorkerOrgs`,
      `${hop('fWorkerValues', '<-[:CONCERNS]-(s:Session)', 's')} AS fWorkerSessions`,
    ],
    values: { list: 'fWorkerValues', label: 'WorkerType' },
    org: (o) => `${o} IN fWorkerOrgs`,
    sessions: 'fWorkerSessions',
    people: 'holdersOrSpeakers',
    weight: 'size(fWorkerOrgs) + size(fWorkerSessions)',
    orgs: 'fWorkerOrgs',
  },
  organisationKinds: {
    key: 'organisationKinds',
    bind: [`COLLECT { MATCH (o:Organisation) WHERE o.kind IN $organisationKinds RETURN o } AS fKindOrgs`],
    org: (o) => `${o} IN fKindOrgs`,
    people: 'holders',
    listable: 'fKind',
    weight: 'size(fKindOrgs)',
    orgs: 'fKindOrgs',
  },
  organisingForms: {
    key: 'organisingForms',
    bind: [
      `COLLECT { MATCH (f:OrganisingForm) WHERE f.id IN $organisingForms RETURN f } AS fFormValues`,
      `${hop('fFormValues', '<-[:USES_FORM]-(o)', 'o')} AS fFormOrgs`,
      `${hop('fFormValues', '<-[:CONCERNS]-(s:Session)', 's')} AS fFormSessions`,
    ],
    values: { list: 'fFormValues', label: 'OrganisingForm' },
    org: (o) => `${o} IN fFormOrgs`,
    sessions: 'fFormSessions',
    people: 'holdersOrSpeakers',
    weight: 'size(fFormOrgs) + size(fFormSessions)',
    orgs: 'fFormOrgs',
  },
  sessions: {
    key: 'sessions',
    bind: [
      `COLLECT { MATCH (s:Session) WHERE s.id IN $sessions RETURN s } AS fSessionValues`,
      `${hop('fSessionValues', '<-[:SPEAKS_IN]-(p)', 'p')} AS fSessionPeople`,
      `${hop('fSessionPeople', '-[:HOLDS_ROLE]->(o)', 'o')} AS fSessionOrgs`,
    ],
    values: { list: 'fSessionValues', label: 'Session' },
    org: (o) => `${o} IN fSessionOrgs`,
    sessions: 'fSessionValues',
    people: 'speakers',
    peopleList: 'fSessionPeople',
    weight: 'size(fSessionOrgs) + size(fSessionValues)',
    orgs: 'fSessionOrgs',
  },
};

/** The order in which equally weighted criteria drive. */
const LIST_CRITERIA: readonly ListKey[] = [
  'sessions',
  'organisingForms',
  'workerTypes',
  'countries',
  'organisationKinds',
];

const TEXT_LIST = 'fText';

/** A criterion as tests of whether an entity matches it, by what the entity is. */
interface Tests {
  key: DriverKey;
  org(x: string): string;
  person(x: string): string;
  session(x: string): string;
  /** A country, worker type, form or event. */
  other(x: string): string;
}

/** `listing`: whether the criterion's people and sessions may have been listed (see candidates). */
function listTests(c: ListCriterion, listing: boolean): Tests {
  const own = c.sessions;
  const listed = (lookup: string, walk: string) =>
    c.listable && listing ? `CASE WHEN ${c.listable}Listed THEN ${lookup} ELSE ${walk} END` : walk;
  // A person holds a role at one of its organisations, or speaks in one of its own sessions.
  const person = (x: string) => {
    if (c.peopleList) return `${x} IN ${c.peopleList}`;
    const holds = `EXISTS { (${x})-[:HOLDS_ROLE]->(fo) WHERE ${c.org('fo')} }`;
    if (c.people === 'holders') return listed(`${x} IN ${c.listable}People`, holds);
    return or([holds, `EXISTS { (${x})-[:SPEAKS_IN]->(fs) WHERE fs IN ${own} }`]);
  };
  // Without sessions of its own: one of the speakers holds a role at one of its organisations.
  const session = (x: string) =>
    own
      ? `${x} IN ${own}`
      : listed(
          `${x} IN ${c.listable}Sessions`,
          `EXISTS { (${x})<-[:SPEAKS_IN]-()-[:HOLDS_ROLE]->(fo) WHERE ${c.org('fo')} }`,
        );
  return {
    key: c.key,
    org: c.org,
    person,
    session,
    other: (x) =>
      or([
        c.values && OTHER_LABELS.includes(c.values.label) && `${x} IN ${c.values.list}`,
        c.events && `${x} IN ${c.events}`,
        `EXISTS { (${x})<-[:${TIED_FROM_ORGS}]-(fo) WHERE ${c.org('fo')} }`,
        own
          ? `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-(fs) WHERE fs IN ${own} }`
          : listed(
              `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-(fs) WHERE fs IN ${c.listable}Sessions }`,
              `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-()<-[:SPEAKS_IN]-()-[:HOLDS_ROLE]->(fo) WHERE ${c.org('fo')} }`,
            ),
      ]),
  };
}

const inText = (x: string) => `${x} IN ${TEXT_LIST}`;
const TEXT_TESTS: Tests = { key: 'text', org: inText, person: inText, session: inText, other: inText };

type Part = 'org' | 'person' | 'session' | 'other';
const PART_OF_LABEL: Readonly<Record<Label, Part>> = {
  Organisation: 'org',
  Person: 'person',
  Session: 'session',
  Country: 'other',
  WorkerType: 'other',
  OrganisingForm: 'other',
  Event: 'other',
};

/** `CASE fDriver WHEN … THEN … ELSE otherwise END` over the given drivers. */
function byDriver(cases: Array<[DriverKey, string]>, otherwise = '[]'): string {
  const kept = cases.filter(([, value]) => value !== otherwise);
  if (kept.length === 0) return otherwise;
  return `CASE fDriver ${kept.map(([key, value]) => `WHEN '${key}' THEN ${value}`).join(' ')} ELSE ${otherwise} END`;
}

const hasLabel = (x: string, labels: readonly string[]) => or(labels.map((label) => `${x}:${label}`));
const aliasOf = (expression: string) => expression.slice(expression.lastIndexOf(' AS ') + 4).trim();

export function compileFilter(filter: EntityFilter = {}): CompiledFilter {
  const params: Record<string, unknown> = {};
  const present = LIST_CRITERIA.filter((key) => filter[key] !== undefined).map((key) => CRITERIA[key]);
  for (const c of present) params[c.key] = filter[c.key];
  const text = filter.text !== undefined;
  if (text) {
    params['text'] = filter.text;
    params['fulltextIndex'] = FULLTEXT_INDEX;
  }
  if (filter.types !== undefined) params['types'] = labelsOf(filter.types);
  const typeMatches = (v: string) => (filter.types === undefined ? 'true' : `any(l IN labels(${v}) WHERE l IN $types)`);
  const typeLabels = filter.types === undefined ? ALL_LABELS : filter.types.map(labelOf);

  const testsOf = (listing: boolean): Tests[] => [
    ...present.map((c) => listTests(c, listing)),
    ...(text ? [TEXT_TESTS] : []),
  ];
  const tests = testsOf(false);
  const valueLists = present.flatMap((c) => (c.values ? [c.values.list] : []));
  const matches = (v: string) =>
    [
      ...tests.map((t) => or(typeLabels.map((label) => `(${v}:${label} AND ${t[PART_OF_LABEL[label]](v)})`))),
      typeMatches(v),
    ].join('\n  AND ');

  if (tests.length === 0) {
    return {
      subqueries: '',
      variables: [],
      candidates: (v, label, also) =>
        `CALL () { MATCH (${v}:${label ?? 'Entity'}) WHERE ${typeMatches(v)} RETURN ${v}${
          also === undefined ? '' : ` UNION ALL UNWIND ${also} AS ${v} RETURN ${v}`
        } }`,
      matches,
      typeMatches,
      values: '[]',
      params,
    };
  }

  const clauses: string[] = [];
  const variables: string[] = [];
  const bind = (expression: string) => {
    clauses.push(`WITH ${clauses.length === 0 ? '' : '*, '}${expression}`);
    variables.push(aliasOf(expression));
  };
  for (const c of present) for (const expression of c.bind) bind(expression);
  if (text) {
    bind(`COLLECT { CALL db.index.fulltext.queryNodes($fulltextIndex, $text) YIELD node RETURN node } AS ${TEXT_LIST}`);
  }
  const weights: Array<[DriverKey, string]> = [
    ...present.map((c): [DriverKey, string] => [c.key, c.weight]),
    ...(text ? [['text', `size(${TEXT_LIST})`] as [DriverKey, string]] : []),
  ];
  // The first of the lightest drives.
  bind(
    `reduce(b = [null, ${UNWEIGHED}], w IN [${weights
      .map(([key, weight]) => `['${key}', ${weight}]`)
      .join(', ')}] | CASE WHEN w[1] < b[1] THEN w ELSE b END)[0] AS fDriver`,
  );
  if (valueLists.length > 0) bind(`${valueLists.join(' + ')} AS fValues`);

  const candidates = (v: string, label?: string, also?: string): string => {
    const allowed = label === undefined ? typeLabels : typeLabels.filter((l) => l === label);
    const others = allowed.filter((l) => OTHER_LABELS.includes(l));
    const wantOrgs = allowed.includes('Organisation');
    const wantPeople = allowed.includes('Person');
    const wantSessions = allowed.includes('Session');
    // Sessions are walked to from people (countries, kinds); others from organisations and sessions.
    const needSessions = wantSessions || others.length > 0;
    const needPeople = wantPeople || needSessions;
    const needOrgs = wantOrgs || needPeople;
    const fromText = (labels: readonly string[]) => `[x IN ${TEXT_LIST} WHERE ${hasLabel('x', labels)}]`;
    const textCase = (labels: readonly string[]): Array<[DriverKey, string]> =>
      text ? [['text', fromText(labels)]] : [];
    const listing = needSessions && tests.length > 1 && present.some((c) => c.listable);
    const partTests = testsOf(listing);
    // Each test is skipped for its own driver: the driver matches what it walks to.
    const otherTests = (part: Part, x: string) =>
      partTests.length === 1 ? 'true' : partTests.map((t) => `(fDriver = '${t.key}' OR ${t[part](x)})`).join(' AND ');

    const steps: string[] = [];
    const imports = new Set(variables);
    const step = (expression: string) => {
      steps.push(`WITH *, ${expression}`);
      imports.add(aliasOf(expression));
    };
    if (needOrgs) {
      step(
        `${byDriver([...present.map((c): [DriverKey, string] => [c.key, c.orgs]), ...textCase(['Organisation'])])} AS dOrgs`,
      );
    }
    if (needPeople) {
      step(
        `${byDriver([
          ...present.flatMap((c): Array<[DriverKey, string]> => (c.sessions ? [[c.key, c.sessions]] : [])),
          ...textCase(['Session']),
        ])} AS dOwnSessions`,
      );
      // One walk for both (organisations only have HOLDS_ROLE in, sessions only SPEAKS_IN).
      const holders = byDriver(present.filter((c) => c.people !== 'speakers').map((c) => [c.key, 'dOrgs']));
      const speakers = byDriver(present.filter((c) => c.people !== 'holders').map((c) => [c.key, 'dOwnSessions']));
      const walked = hop(`${holders} + ${speakers}`, '<-[:HOLDS_ROLE|SPEAKS_IN]-(p)', 'p');
      step(
        `${text ? `CASE WHEN fDriver = 'text' THEN ${fromText(['Person'])} ELSE ${walked} END` : walked} AS dPeople`,
      );
    }
    if (needSessions) {
      // A driver has sessions of its own or walks to those its people speak in, never both.
      const spoken = byDriver(present.filter((c) => c.sessions === undefined).map((c) => [c.key, 'dPeople']));
      step(
        spoken === '[]'
          ? 'dOwnSessions AS dSessions'
          : `dOwnSessions + ${hop(spoken, '-[:SPEAKS_IN]->(s)', 's')} AS dSessions`,
      );
    }
    // What each list keeps after the tests, imported into its own subquery with only what its
    // tests read.
    const kept: string[] = [];
    const branches: Array<[string, Part]> = [];
    const branch = (list: string, part: Part) => branches.push([list, part]);
    const keep = (list: string, part: Part) => {
      const where = otherTests(part, 'x');
      if (where === 'true') {
        kept.push(list);
        return;
      }
      const used = [...imports].filter((name) => name !== list && new RegExp(`\\b${name}\\b`).test(where));
      const name = `m${list.slice(1)}`;
      steps.push(`CALL (${[list, ...used].join(', ')}) {
         UNWIND ${list} AS x WITH ${['x', ...used].join(', ')} WHERE ${where} RETURN collect(x) AS ${name}
       }`);
      kept.push(name);
    };
    if (wantOrgs) branch('dOrgs', 'org');
    if (wantPeople) branch('dPeople', 'person');
    if (others.length > 0) {
      // What the driver's organisations and sessions are tied to. Walked to from its
      // organisations; from its sessions too, unless they outnumber the entities sessions are tied
      // to (events, worker types, forms), which are then tested instead (a test costs about what
      // a walk does). The relationship types walked say what is reached; a label is checked only
      // where a type reaches labels that were not asked for. Text matches only its hits.
      const unlessText = (list: string) => (text ? `CASE WHEN fDriver = 'text' THEN [] ELSE ${list} END` : list);
      const sessionTied = others.filter((l) => l !== 'Country');
      const orgTypes = [...new Set(others.flatMap((l) => ORG_TIES[l] ?? []))].join('|');
      const sessionTypes = [...new Set(sessionTied.flatMap((l) => SESSION_TIES[l] ?? []))].join('|');
      const sessionLabels =
        sessionTypes.includes('CONCERNS') && !(others.includes('WorkerType') && others.includes('OrganisingForm'))
          ? ` WHERE ${hasLabel('x', sessionTied)}`
          : '';
      const driverValues = byDriver(
        present.flatMap((c): Array<[DriverKey, string]> =>
          c.values && others.includes(c.values.label) ? [[c.key, c.values.list]] : [],
        ),
      );
      const driverEvents = others.includes('Event')
        ? byDriver(present.flatMap((c): Array<[DriverKey, string]> => (c.events ? [[c.key, c.events]] : [])))
        : '[]';
      const reached = [
        ...(driverValues === '[]' ? [] : [driverValues]),
        ...(driverEvents === '[]' ? [] : [driverEvents]),
        `COLLECT { UNWIND ${unlessText('dOrgs')} AS a MATCH (a)-[:${orgTypes}]->(x) RETURN DISTINCT x }`,
      ];
      if (sessionTied.length > 0) {
        step(
          `${text ? "fDriver <> 'text' AND " : ''}size(dSessions) > (${sessionTied
            .map((l) => `COUNT { (:${l}) }`)
            .join(' + ')}) AS dTestTied`,
        );
        reached.push(
          `COLLECT { UNWIND CASE WHEN dTestTied THEN [] ELSE ${unlessText('dSessions')} END AS a MATCH (a)-[:${sessionTypes}]->(x)${sessionLabels}
                     RETURN DISTINCT x }`,
          `COLLECT { UNWIND CASE WHEN dTestTied THEN [true] ELSE [] END AS testAll MATCH (x:${sessionTied.join('|')})
                     WHERE EXISTS { (x)<-[:${sessionTypes}]-(fs) WHERE fs IN dSessions } RETURN x }`,
        );
      }
      const walked = `COLLECT { UNWIND ${reached.join(' + ')} AS x RETURN DISTINCT x }`;
      step(`${text ? `CASE WHEN fDriver = 'text' THEN ${fromText(others)} ELSE ${walked} END` : walked} AS dOthers`);
    }
    if (listing) {
      // Testing an entity against a criterion walks until it meets one of its organisations:
      // about (all organisations / the criterion's) walks; listing the criterion's people and
      // sessions costs about ten walks per organisation. List when that is cheaper.
      const tested = [wantSessions && 'size(dSessions)', others.length > 0 && 'size(dOthers)']
        .filter((term): term is string => typeof term === 'string')
        .join(' + ');
      for (const c of present) {
        if (!c.listable) continue;
        step(
          `fDriver <> '${c.key}' AND 4 * ${c.weight} * ${c.weight} < (${tested}) * COUNT { (:Organisation) } AS ${c.listable}Listed`,
        );
        step(
          `${hop(`CASE WHEN ${c.listable}Listed THEN ${c.orgs} ELSE [] END`, '<-[:HOLDS_ROLE]-(p)', 'p')} AS ${c.listable}People`,
        );
        step(`${hop(`${c.listable}People`, '-[:SPEAKS_IN]->(s)', 's')} AS ${c.listable}Sessions`);
      }
    }
    if (wantSessions) branch('dSessions', 'session');
    if (others.length > 0) branch('dOthers', 'other');
    for (const [list, part] of branches) keep(list, part);
    if (also !== undefined) kept.push(also);
    return `${steps.join('\n')}
       UNWIND ${kept.length === 0 ? '[]' : kept.join(' + ')} AS ${v}`;
  };

  return {
    subqueries: clauses.join('\n'),
    variables,
    candidates,
    matches,
    typeMatches,
    values: valueLists.length === 0 ? '[]' : 'fValues',
    params,
  };
}
