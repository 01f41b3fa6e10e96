import { FULLTEXT_INDEX } from '@faire-collectif/seed';
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
  /** The criteria's own value nodes (the countries, worker types… the filter names), a list. */
  values: string;
  params: Record<string, unknown>;
}

/**
 * The nodes reached from the nodes in `list` through `pattern`, which continues from `(a)`.
 * Lists of nodes rather than ids: expanding from a node needs no index lookup, which keeps these
 * queries quick to plan (each new combination of criteria is planned once, then cached).
 */
function hop(list: string, pattern: string, reached: string): string {
  return `COLLECT { UNWIND ${list} AS a MATCH (a)${pattern} RETURN DISTINCT ${reached} }`;
}

const peopleAtOrgs = hop('orgs', '<-[:HOLDS_ROLE]-(p:Person)', 'p');
const sessionsOfPeople = hop('people', '-[:SPEAKS_IN]->(s:Session)', 's');
const speakersOfSessions = hop('sessions', '<-[:SPEAKS_IN]-(p:Person)', 'p');

/**
 * What else a criterion's organisations and sessions tie to it: the events they organised or are
 * part of, the countries the organisations are based in, the worker types and forms they organise,
 * use or are about.
 */
const TIED = [
  hop('orgs', '-[:ORGANISED|CO_ORGANISED|BASED_IN|ORGANISES|USES_FORM]->(x)', 'x'),
  hop('sessions', '-[:PART_OF|CONCERNS]->(x)', 'x'),
].join(' + ');

/** The map a criterion binds: its value nodes, and every entity that matches it. */
function criterionMap(variable: string, events = '[]'): string {
  return `RETURN { values: values, matched: values + orgs + people + sessions + ${events} + ${TIED} } AS ${variable}`;
}

/**
 * Each criterion binds `{ values, matched }`: the nodes the filter names, and every entity that
 * matches it. Those are its values, its organisations, people and sessions (each criterion
 * says which), and what they tie to (see TIED). Matching is then a list lookup, which keeps the
 * queries simple to plan.
 */
const CRITERIA = {
  countries: {
    variable: 'fCountries',
    cypher: `
      WITH COLLECT { MATCH (c:Country) WHERE c.code IN $countries RETURN c } AS values
      WITH values, ${hop('values', '<-[:BASED_IN]-(o:Organisation)', 'o')} AS orgs
      WITH values, orgs, ${peopleAtOrgs} AS people
      WITH values, orgs, people, ${sessionsOfPeople} AS sessions
      ${criterionMap('fCountries', hop('values', '<-[:HELD_IN]-(e:Event)', 'e'))}`,
  },
  workerTypes: {
    variable: 'fWorkerTypes',
    cypher: `
      WITH COLLECT { MATCH (w:WorkerType)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes
                     RETURN DISTINCT w } AS values
      WITH values, ${hop('values', '<-[:ORGANISES]-(o:Organisation)', 'o')} AS orgs,
           ${hop('values', '<-[:CONCERNS]-(s:Session)', 's')} AS sessions
      WITH values, orgs, sessions, ${peopleAtOrgs} + ${speakersOfSessions} AS people
      ${criterionMap('fWorkerTypes')}`,
  },
  organisationKinds: {
    variable: 'fKinds',
    cypher: `
      WITH [] AS values, COLLECT { MATCH (o:Organisation) WHERE o.kind IN $organisationKinds RETURN o } AS orgs
      WITH values, orgs, ${peopleAtOrgs} AS people
      WITH values, orgs, people, ${sessionsOfPeople} AS sessions
      ${criterionMap('fKinds')}`,
  },
  organisingForms: {
    variable: 'fForms',
    cypher: `
      WITH COLLECT { MATCH (f:OrganisingForm) WHERE f.id IN $organisingForms RETURN f } AS values
      WITH values, ${hop('values', '<-[:USES_FORM]-(o:Organisation)', 'o')} AS orgs,
           ${hop('values', '<-[:CONCERNS]-(s:Session)', 's')} AS sessions
      WITH values, orgs, sessions, ${peopleAtOrgs} + ${speakersOfSessions} AS people
      ${criterionMap('fForms')}`,
  },
  sessions: {
    variable: 'fSessions',
    cypher: `
      WITH COLLECT { MATCH (s:Session) WHERE s.id IN $sessions RETURN s } AS values
      WITH values, values AS sessions, ${hop('values', '<-[:SPEAKS_IN]-(p:Person)', 'p')} AS people
      WITH values, sessions, people, ${hop('people', '-[:HOLDS_ROLE]->(o:Organisation)', 'o')} AS orgs
      ${criterionMap('fSessions')}`,
  },
} as const;

type ListCriterion = keyof typeof CRITERIA;
const LIST_CRITERIA = Object.keys(CRITERIA) as ListCriterion[];

const TEXT_VARIABLE = 'fText';
const TEXT_CYPHER = `RETURN COLLECT { CALL db.index.fulltext.queryNodes($fulltextIndex, $text) YIELD node
                                  RETURN node } AS ${TEXT_VARIABLE}`;

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
    predicates.push((v) => `${v} IN ${variable}.matched`);
  }
  if (filter.text !== undefined) {
    subqueries.push(`CALL () { ${TEXT_CYPHER} }`);
    variables.push(TEXT_VARIABLE);
    params['text'] = filter.text;
    params['fulltextIndex'] = FULLTEXT_INDEX;
    predicates.push((v) => `${v} IN ${TEXT_VARIABLE}`);
  }
  const typeMatches = (v: string) => (filter.types === undefined ? 'true' : `any(l IN labels(${v}) WHERE l IN $types)`);
  if (filter.types !== undefined) params['types'] = labelsOf(filter.types);

  const valueLists = variables.filter((v) => v !== TEXT_VARIABLE).map((v) => `${v}.values`);
  return {
    subqueries: subqueries.join('\n'),
    variables,
    matches: (v) => [...predicates.map((predicate) => predicate(v)), typeMatches(v)].join('\n  AND '),
    typeMatches,
    values: valueLists.length === 0 ? '[]' : valueLists.join(' + '),
    params,
  };
}
