import { holds, isDated, periodParams } from './timeScope';
import type { EntityFilter } from './types';

// The criteria about collective actions (struggles, companies, organisers, period) and data sets.
// They match few, dated things (actions and events) and what those are tied to, so the query
// lists that scope once, up front, and every candidate the other criteria reach is kept to it.

/** The scope's list: the matched actions and events, and the entities one step from them. */
export const SCOPE_LIST = 'fScope';

export interface CompiledScope {
  /** Clauses binding the scope (after the other criteria's); none without such criteria. */
  clauses: string[];
  variables: string[];
  /** Whether `v` is in the scope and of the data sets asked (`true` without such criteria). */
  test(v: string): string;
  /** Whether relationship `r` holds in the period (`true` without one). */
  edgeHolds(r: string): string;
  /** The actions and events the criteria match that no source dates, counted (`0` without a period). */
  undatedCount: string;
  params: Record<string, unknown>;
}

export function compileScope(filter: EntityFilter): CompiledScope {
  const params: Record<string, unknown> = {};
  const actionTests: string[] = [];
  if (filter.struggles) {
    params['struggles'] = filter.struggles;
    actionTests.push('EXISTS { (a)-[:CONCERNS]->(s:Struggle) WHERE s.id IN $struggles }');
  }
  if (filter.companies) {
    params['companies'] = filter.companies;
    actionTests.push('EXISTS { (a)-[:TARGETS]->(o:Organisation) WHERE o.id IN $companies }');
  }
  if (filter.organisers) {
    params['organisers'] = filter.organisers;
    actionTests.push('EXISTS { (a)<-[:ORGANISED]-(o:Organisation) WHERE o.id IN $organisers }');
  }
  const period = filter.period !== undefined;
  Object.assign(params, periodParams(filter));
  const actionCriteria = actionTests.length > 0;
  const tests: string[] = [];
  const clauses: string[] = [];
  const variables: string[] = [];
  if (actionCriteria || period) {
    const matched = [...actionTests, ...(period ? [holds('a')] : [])].join(' AND ');
    // Events have no struggle, company or organising group of an action: only a period reaches them.
    const events = actionCriteria ? '[]' : `COLLECT { MATCH (a:Event) WHERE ${holds('a')} RETURN a }`;
    const ties = period ? `WHERE ${holds('r')} ` : '';
    // One step from an action or an event, by a relationship that holds in the period. With a
    // period alone, both ends of every relationship that holds in it (a role as of the seminar's
    // day, a speaker in one of its sessions). The groups asked for are in the scope even when
    // they organised nothing it keeps.
    const tied =
      period && !actionCriteria
        ? `COLLECT { MATCH (x:Entity)-[r]-(:Entity) ${ties}RETURN DISTINCT x }`
        : `COLLECT { UNWIND fScopeDated AS a MATCH (a)-[r]-(x:Entity) ${ties}RETURN x }`;
    const organisers = filter.organisers
      ? 'COLLECT { MATCH (x:Organisation) WHERE x.id IN $organisers RETURN x }'
      : '[]';
    clauses.push(
      `COLLECT { MATCH (a:CollectiveAction) WHERE ${matched} RETURN a } + ${events} AS fScopeDated`,
      `fScopeDated + ${tied} + ${organisers} AS ${SCOPE_LIST}`,
    );
    variables.push('fScopeDated', SCOPE_LIST);
    tests.push(`v IN ${SCOPE_LIST}`);
  }
  if (filter.datasets) {
    params['datasets'] = filter.datasets;
    tests.push('(v.dataset IN $datasets OR EXISTS { (v)-[r]-() WHERE r.dataset IN $datasets })');
  }
  return {
    clauses,
    variables,
    test: (v) => (tests.length === 0 ? 'true' : tests.map((t) => t.replaceAll(/\bv\b/g, v)).join(' AND ')),
    edgeHolds: (r) => (period ? holds(r) : 'true'),
    undatedCount: period ? undatedCount(actionTests) : '0',
    params,
  };
}

/** The actions (and, without criteria about actions, events and sessions) the criteria match that no source dates. */
function undatedCount(actionTests: readonly string[]): string {
  const actions = `COUNT { MATCH (a:CollectiveAction) WHERE ${[...actionTests, `NOT ${isDated('a')}`].join(' AND ')} }`;
  return actionTests.length > 0 ? actions : `${actions} + COUNT { MATCH (a:Event|Session) WHERE NOT ${isDated('a')} }`;
}
