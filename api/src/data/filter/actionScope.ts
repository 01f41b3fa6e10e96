import type { EntityFilter } from './types';

// The criteria about collective actions (struggles, companies, organisers, period) and data sets.
// They match few, dated things (actions and events) and what those are tied to, so the query
// lists that scope once, up front, and every candidate the other criteria reach is kept to it.

/** The scope's list: the matched actions and events, and the entities one step from them. */
export const SCOPE_LIST = 'fScope';

/**
 * The first and last day the date of `v` may stand for, as ISO strings: the graph stores a day
 * and how precise the source is (`year`: 2019-01-01 … 2019-12-31; `month`: 2019-06-01 …
 * 2019-06-31, which compares as the month's last day). An event's date is a day.
 */
export function firstDay(v: string): string {
  return `CASE ${v}.datePrecision WHEN 'year' THEN left(${v}.date, 4) + '-01-01'
          WHEN 'month' THEN left(${v}.date, 7) + '-01' ELSE ${v}.date END`;
}
export function lastDay(v: string): string {
  return `CASE ${v}.datePrecision WHEN 'year' THEN left(${v}.date, 4) + '-12-31'
          WHEN 'month' THEN left(${v}.date, 7) + '-31' ELSE ${v}.date END`;
}

/** Whether the date of `v` may mean a day of the period `$periodFrom`..`$periodTo` (null: open). */
export function inPeriod(v: string): string {
  return `${v}.date IS NOT NULL AND ($periodTo IS NULL OR ${firstDay(v)} <= $periodTo)
          AND ($periodFrom IS NULL OR ${lastDay(v)} >= $periodFrom)`;
}

export interface CompiledScope {
  /** Clauses binding the scope (after the other criteria's); none without such criteria. */
  clauses: string[];
  variables: string[];
  /** Whether `v` is in the scope and of the data sets asked (`true` without such criteria). */
  test(v: string): string;
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
  if (filter.period) {
    params['periodFrom'] = filter.period.from;
    params['periodTo'] = filter.period.to;
    actionTests.push(inPeriod('a'));
  }
  const tests: string[] = [];
  const clauses: string[] = [];
  const variables: string[] = [];
  if (actionTests.length > 0) {
    // Events have no struggle, company or organising group of an action: only a period reaches them.
    const events =
      filter.period && !filter.struggles && !filter.companies && !filter.organisers
        ? `COLLECT { MATCH (a:Event) WHERE ${inPeriod('a')} RETURN a }`
        : '[]';
    clauses.push(
      `COLLECT { MATCH (a:CollectiveAction) WHERE ${actionTests.join(' AND ')} RETURN a } + ${events} AS fScopeDated`,
      // One step from an action or an event, and the speakers of an event's sessions; the groups
      // asked for are in the scope even when they organised nothing it keeps.
      `fScopeDated + COLLECT { UNWIND fScopeDated AS a MATCH (a)--(x:Entity) RETURN x
         UNION ALL UNWIND fScopeDated AS a MATCH (a:Event)<-[:PART_OF]-(:Session)<-[:SPEAKS_IN]-(x) RETURN x }
         + ${filter.organisers ? 'COLLECT { MATCH (x:Organisation) WHERE x.id IN $organisers RETURN x }' : '[]'} AS ${SCOPE_LIST}`,
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
    params,
  };
}
