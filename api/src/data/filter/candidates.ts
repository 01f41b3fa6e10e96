import type { NodeLabel } from '@faire-collectif/seed/model';
import { DRIVER } from './cypherText';
import { bindDriverOrgs, bindDriverPeople, bindDriverSessions, bindDriverTied, bindListedCriteria } from './driverWalk';
import { TIED_LABELS, type EntityRole } from './graphTies';
import type { CriterionTests } from './criterionTests';
import { QuerySteps, type FilterPlan } from './plan';

/** The walks each kind of candidate needs, of the labels allowed. */
function needs(allowed: readonly NodeLabel[]) {
  // In the order the labels were allowed: it orders the walk's lists.
  const tied = allowed.filter((label) => TIED_LABELS.includes(label));
  const wantOrgs = allowed.includes('Organisation');
  const wantPeople = allowed.includes('Person');
  const wantSessions = allowed.includes('Session');
  // Sessions are walked to from people (countries, kinds); others from organisations and sessions.
  const needSessions = wantSessions || tied.length > 0;
  const needPeople = wantPeople || needSessions;
  return { tied, wantOrgs, wantPeople, wantSessions, needSessions, needPeople, needOrgs: wantOrgs || needPeople };
}

/** The other criteria's tests of `x` in `role`: each test is skipped for its own driver, which matches what it walks to. */
function otherTests(tests: readonly CriterionTests[], role: EntityRole, x: string): string {
  if (tests.length === 1) return 'true';
  return tests.map((test) => `(${DRIVER} = '${test.key}' OR ${test[role](x)})`).join(' AND ');
}

/**
 * The clauses of `CompiledFilter.candidates` for a filter with criteria: the driver's walk, then
 * each list it reached kept to what the other criteria match, in its own subquery that imports
 * only what its tests read.
 */
export function candidatesWithCriteria(plan: FilterPlan, v: string, label?: string, also?: string): string {
  const allowed = label === undefined ? plan.typeLabels : plan.typeLabels.filter((l) => l === label);
  const need = needs(allowed);
  const { tied } = need;
  const listing = need.needSessions && plan.testsOf(false).length > 1 && plan.criteria.some((c) => c.listable);
  const tests = plan.testsOf(listing);

  const steps = new QuerySteps(plan.variables);
  if (need.needOrgs) bindDriverOrgs(plan, steps);
  if (need.needPeople) bindDriverPeople(plan, steps);
  if (need.needSessions) bindDriverSessions(plan, steps);
  if (tied.length > 0) bindDriverTied(plan, steps, tied);
  if (listing) {
    const tested = [need.wantSessions && 'size(driverSessions)', tied.length > 0 && 'size(driverTied)']
      .filter((term): term is string => typeof term === 'string')
      .join(' + ');
    bindListedCriteria(plan, steps, tested);
  }

  const lists: Array<[string, EntityRole]> = [];
  if (need.wantOrgs) lists.push(['driverOrgs', 'org']);
  if (need.wantPeople) lists.push(['driverPeople', 'person']);
  if (need.wantSessions) lists.push(['driverSessions', 'session']);
  if (tied.length > 0) lists.push(['driverTied', 'tied']);
  const kept = lists.map(([list, role]) => keepMatching(steps, tests, list, role));
  if (also !== undefined) kept.push(also);
  return `${steps.clauses.join('\n')}
       UNWIND ${kept.length === 0 ? '[]' : kept.join(' + ')} AS ${v}`;
}

/** The name of the list of `list`'s nodes that pass the other criteria's tests. */
function keepMatching(steps: QuerySteps, tests: readonly CriterionTests[], list: string, role: EntityRole): string {
  const where = otherTests(tests, role, 'x');
  if (where === 'true') return list;
  const used = [...steps.inScope].filter((name) => name !== list && new RegExp(`\\b${name}\\b`).test(where));
  const matched = list.replace(/^driver/, 'matched');
  steps.add(`CALL (${[list, ...used].join(', ')}) {
         UNWIND ${list} AS x WITH ${['x', ...used].join(', ')} WHERE ${where} RETURN collect(x) AS ${matched}
       }`);
  return matched;
}
