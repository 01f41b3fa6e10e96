import { FULLTEXT_INDEX, type NodeLabel } from '@faire-collectif/seed/model';
import { ENTITY_LABELS, labelsOf } from '../labels';
import { compileScope } from './actionScope';
import { candidatesWithCriteria } from './candidates';
import { CRITERIA, LIST_CRITERIA, TEXT_LIST, type DriverKey } from './criteria';
import { listTests, TEXT_TESTS, type CriterionTests } from './criterionTests';
import { DRIVER, UNWEIGHED, aliasOf, or } from './cypherText';
import { ALL_LABELS, roleOf } from './graphTies';
import type { FilterPlan } from './plan';
import type { CompiledFilter, EntityFilter } from './types';

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

/** The filter's values as parameters: never in the Cypher text. */
function parametersOf(filter: EntityFilter): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const key of LIST_CRITERIA) if (filter[key] !== undefined) params[key] = filter[key];
  if (filter.text !== undefined) {
    params['text'] = filter.text;
    params['fulltextIndex'] = FULLTEXT_INDEX;
  }
  if (filter.types !== undefined) params['types'] = labelsOf(filter.types);
  return params;
}

/** The opening clauses: each criterion's lists, the driver, and the value nodes named. */
function openingClauses(plan: Omit<FilterPlan, 'variables'>, valueLists: readonly string[]) {
  const clauses: string[] = [];
  const variables: string[] = [];
  const bind = (expression: string) => {
    clauses.push(`WITH ${clauses.length === 0 ? '' : '*, '}${expression}`);
    variables.push(aliasOf(expression));
  };
  for (const criterion of plan.criteria) for (const expression of criterion.bind) bind(expression);
  if (plan.hasText) {
    bind(`COLLECT { CALL db.index.fulltext.queryNodes($fulltextIndex, $text) YIELD node RETURN node } AS ${TEXT_LIST}`);
  }
  const weights: Array<[DriverKey, string]> = plan.criteria.map((criterion) => [criterion.key, criterion.weight]);
  if (plan.hasText) weights.push(['text', `size(${TEXT_LIST})`]);
  // The first of the lightest drives.
  const weighed = weights.map(([key, weight]) => `['${key}', ${weight}]`).join(', ');
  bind(`reduce(b = [null, ${UNWEIGHED}], w IN [${weighed}] | CASE WHEN w[1] < b[1] THEN w ELSE b END)[0] AS ${DRIVER}`);
  if (valueLists.length > 0) bind(`${valueLists.join(' + ')} AS fValues`);
  return { clauses, variables };
}

/**
 * The filter as Cypher: the walk of the criteria above, then the scope of the criteria about
 * collective actions and data sets (actionScope), which every candidate is kept to.
 */
export function compileFilter(filter: EntityFilter = {}): CompiledFilter {
  const base = compileCriteria(filter);
  const scope = compileScope(filter);
  if (scope.test('v') === 'true') return base;
  const first = base.subqueries === '' ? 0 : 1;
  const clauses = scope.clauses.map((clause, i) => `WITH ${i + first === 0 ? '' : '*, '}${clause}`);
  return {
    ...base,
    subqueries: [base.subqueries, ...clauses].filter(Boolean).join('\n'),
    variables: [...base.variables, ...scope.variables],
    // The extra list (the filter's value nodes) is kept whatever the scope.
    candidates: (v, label, also) =>
      `${base.candidates(v, label, also)}
       WITH * WHERE ${scope.test(v)}${also === undefined ? '' : ` OR ${v} IN ${also}`}`,
    matches: (v) => `${base.matches(v)}\n  AND ${scope.test(v)}`,
    edgeHolds: scope.edgeHolds,
    undatedCount: scope.undatedCount,
    params: { ...base.params, ...scope.params },
  };
}

function compileCriteria(filter: EntityFilter): CompiledFilter {
  const params = parametersOf(filter);
  const criteria = LIST_CRITERIA.filter((key) => filter[key] !== undefined).map((key) => CRITERIA[key]);
  const hasText = filter.text !== undefined;
  const types = filter.types;
  const typeMatches = (v: string) => (types === undefined ? 'true' : `any(l IN labels(${v}) WHERE l IN $types)`);
  const typeLabels: readonly NodeLabel[] = types === undefined ? ALL_LABELS : types.map((type) => ENTITY_LABELS[type]);
  const testsOf = (listing: boolean): CriterionTests[] => [
    ...criteria.map((criterion) => listTests(criterion, listing)),
    ...(hasText ? [TEXT_TESTS] : []),
  ];
  const tests = testsOf(false);
  const matches = (v: string) =>
    [
      ...tests.map((test) => or(typeLabels.map((label) => `(${v}:${label} AND ${test[roleOf(label)](v)})`))),
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
      edgeHolds: () => 'true',
      undatedCount: '0',
      values: '[]',
      params,
    };
  }

  const valueLists = criteria.flatMap((criterion) => (criterion.values ? [criterion.values.list] : []));
  const { clauses, variables } = openingClauses({ criteria, hasText, typeLabels, testsOf }, valueLists);
  const plan: FilterPlan = { criteria, hasText, typeLabels, variables, testsOf };
  return {
    subqueries: clauses.join('\n'),
    variables,
    candidates: (v, label, also) => candidatesWithCriteria(plan, v, label, also),
    matches,
    typeMatches,
    edgeHolds: () => 'true',
    undatedCount: '0',
    values: valueLists.length === 0 ? '[]' : 'fValues',
    params,
  };
}
