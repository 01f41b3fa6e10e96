import { labelsOf } from './labels';
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

/** A filter as Cypher: subqueries binding one variable per criterion, and predicates over them. */
export interface CompiledFilter {
  /** `CALL` subqueries to place before the MATCH that uses `matches`; empty without criteria. */
  subqueries: string;
  /** The variables the subqueries bind (to import into later `CALL (…)` scopes). */
  variables: string[];
  /** Whether entity `v` matches every criterion and type (Cypher boolean expression). */
  matches(v: string): string;
  /** Whether entity `v` is of one of the requested types. */
  typeMatches(v: string): string;
  /** Ids of the criteria's own value nodes (the countries, worker types… named by the filter). */
  valueIds: string;
  params: Record<string, unknown>;
}

/** Ids reached from the ids in `list` through `pattern`, which starts at the anchor node. */
function hop(list: string, pattern: string, reached: string): string {
  return `COLLECT { UNWIND ${list} AS id MATCH (:Entity {id: id})${pattern} RETURN DISTINCT ${reached}.id }`;
}

/** `a` followed by the items of `b` not in `a`. */
function union(a: string, b: string): string {
  return `${a} + [x IN ${b} WHERE NOT x IN ${a}]`;
}

const peopleAtOrgs = hop('orgs', '<-[:HOLDS_ROLE]-(p:Person)', 'p');
const sessionsOfPeople = hop('people', '-[:SPEAKS_IN]->(s:Session)', 's');
const speakersOfSessions = hop('sessions', '<-[:SPEAKS_IN]-(p:Person)', 'p');

/**
 * Each criterion binds a map: `values` (the nodes the filter names), and the organisations, people,
 * sessions and events that match it. Other entities match through those (see `criterionMatches`).
 */
const CRITERIA = {
  countries: {
    variable: 'fCountries',
    cypher: `
      WITH COLLECT { MATCH (c:Country) WHERE c.code IN $countries RETURN c.id } AS values
      WITH values, ${hop('values', '<-[:BASED_IN]-(o:Organisation)', 'o')} AS orgs
      WITH values, orgs, ${peopleAtOrgs} AS people
      WITH values, orgs, people, ${sessionsOfPeople} AS sessions
      RETURN { values: values, orgs: orgs, people: people, sessions: sessions,
               events: ${hop('values', '<-[:HELD_IN]-(e:Event)', 'e')} } AS fCountries`,
  },
  workerTypes: {
    variable: 'fWorkerTypes',
    cypher: `
      WITH COLLECT { MATCH (w:WorkerType)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes
                     RETURN DISTINCT w.id } AS values
      WITH values, ${hop('values', '<-[:ORGANISES]-(o:Organisation)', 'o')} AS orgs,
           ${hop('values', '<-[:CONCERNS]-(s:Session)', 's')} AS sessions
      WITH values, orgs, sessions, ${peopleAtOrgs} AS atOrgs, ${speakersOfSessions} AS speakers
      RETURN { values: values, orgs: orgs, people: ${union('atOrgs', 'speakers')}, sessions: sessions,
               events: [] } AS fWorkerTypes`,
  },
  organisationKinds: {
    variable: 'fKinds',
    cypher: `
      WITH COLLECT { MATCH (o:Organisation) WHERE o.kind IN $organisationKinds RETURN o.id } AS orgs
      WITH orgs, ${peopleAtOrgs} AS people
      RETURN { values: [], orgs: orgs, people: people, sessions: ${sessionsOfPeople}, events: [] } AS fKinds`,
  },
  organisingForms: {
    variable: 'fForms',
    cypher: `
      WITH COLLECT { MATCH (f:OrganisingForm) WHERE f.id IN $organisingForms RETURN f.id } AS values
      WITH values, ${hop('values', '<-[:USES_FORM]-(o:Organisation)', 'o')} AS orgs,
           ${hop('values', '<-[:CONCERNS]-(s:Session)', 's')} AS sessions
      WITH values, orgs, sessions, ${peopleAtOrgs} AS atOrgs, ${speakersOfSessions} AS speakers
      RETURN { values: values, orgs: orgs, people: ${union('atOrgs', 'speakers')}, sessions: sessions,
               events: [] } AS fForms`,
  },
  sessions: {
    variable: 'fSessions',
    cypher: `
      WITH COLLECT { MATCH (s:Session) WHERE s.id IN $sessions RETURN s.id } AS sessions
      WITH sessions, ${speakersOfSessions} AS people
      RETURN { values: sessions, orgs: ${hop('people', '-[:HOLDS_ROLE]->(o:Organisation)', 'o')}, people: people,
               sessions: sessions, events: [] } AS fSessions`,
  },
} as const;

type ListCriterion = keyof typeof CRITERIA;
const LIST_CRITERIA = Object.keys(CRITERIA) as ListCriterion[];

/**
 * Entity `v` matches the criterion bound to `f` when it is one of its values, or one of its
 * organisations, people, sessions or events; an event also through its sessions and organisers; a
 * country, worker type or form through the organisations tied to it (and the sessions about it).
 */
function criterionMatches(v: string, f: string): string {
  return `(${v}.id IN ${f}.values
    OR (${v}:Organisation AND ${v}.id IN ${f}.orgs)
    OR (${v}:Person AND ${v}.id IN ${f}.people)
    OR (${v}:Session AND ${v}.id IN ${f}.sessions)
    OR (${v}:Event AND (${v}.id IN ${f}.events
      OR EXISTS { (${v})<-[:PART_OF]-(x:Session) WHERE x.id IN ${f}.sessions }
      OR EXISTS { (${v})<-[:ORGANISED|CO_ORGANISED]-(x:Organisation) WHERE x.id IN ${f}.orgs }))
    OR (${v}:Country AND EXISTS { (${v})<-[:BASED_IN]-(x:Organisation) WHERE x.id IN ${f}.orgs })
    OR ((${v}:WorkerType OR ${v}:OrganisingForm) AND (
      EXISTS { (${v})<-[:ORGANISES|USES_FORM]-(x:Organisation) WHERE x.id IN ${f}.orgs }
      OR EXISTS { (${v})<-[:CONCERNS]-(x:Session) WHERE x.id IN ${f}.sessions })))`;
}

const TEXT_VARIABLE = 'fText';
const TEXT_CYPHER = `RETURN COLLECT { CALL db.index.fulltext.queryNodes('entity_search', $text) YIELD node
                                  RETURN node.id } AS ${TEXT_VARIABLE}`;

export function compileFilter(filter: EntityFilter = {}): CompiledFilter {
  const subqueries: string[] = [];
  const variables: string[] = [];
  const predicates: Array<(v: string) => string> = [];
  const params: Record<string, unknown> = {};

  for (const name of LIST_CRITERIA) {
    const values = filter[name];
    if (values === undefined) continue;
    const { variable, cypher } = CRITERIA[name];
    subqueries.push(`CALL () {${cypher}\n}`);
    variables.push(variable);
    params[name] = values;
    predicates.push((v) => criterionMatches(v, variable));
  }
  if (filter.text !== undefined) {
    subqueries.push(`CALL () { ${TEXT_CYPHER} }`);
    variables.push(TEXT_VARIABLE);
    params['text'] = filter.text;
    predicates.push((v) => `${v}.id IN ${TEXT_VARIABLE}`);
  }
  const typeMatches = (v: string) => (filter.types === undefined ? 'true' : `any(l IN labels(${v}) WHERE l IN $types)`);
  if (filter.types !== undefined) params['types'] = labelsOf(filter.types);

  const valueLists = variables.filter((v) => v !== TEXT_VARIABLE).map((v) => `${v}.values`);
  return {
    subqueries: subqueries.join('\n'),
    variables,
    matches: (v) => [...predicates.map((predicate) => predicate(v)), typeMatches(v)].join('\n  AND '),
    typeMatches,
    valueIds: valueLists.length === 0 ? '[]' : valueLists.join(' + '),
    params,
  };
}
