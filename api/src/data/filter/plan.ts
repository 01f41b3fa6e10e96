import type { NodeLabel } from '@faire-collectif/seed/model';
import { aliasOf } from './cypherText';
import type { DriverKey, ListCriterion } from './criteria';
import type { CriterionTests } from './criterionTests';

/** What the candidates' walk is built from: the filter's criteria and what it binds. */
export interface FilterPlan {
  /** The list criteria present, in driving order. */
  criteria: readonly ListCriterion[];
  hasText: boolean;
  /** The labels of the requested types (all without types). */
  typeLabels: readonly NodeLabel[];
  /** The variables the opening clauses bind. */
  variables: readonly string[];
  /** Every criterion's tests; `listing`: whether people and sessions may have been listed. */
  testsOf(listing: boolean): CriterionTests[];
}

/** A driver's value for each present criterion that has one (`[]` for the others). */
export function perDriver(
  criteria: readonly ListCriterion[],
  valueOf: (criterion: ListCriterion) => string | undefined,
): Array<[DriverKey, string]> {
  return criteria.flatMap((criterion): Array<[DriverKey, string]> => {
    const value = valueOf(criterion);
    return value === undefined ? [] : [[criterion.key, value]];
  });
}

/** Clauses `WITH *, … AS name` in order, and every variable in scope after them. */
export class QuerySteps {
  readonly clauses: string[] = [];
  readonly inScope: Set<string>;

  constructor(variables: readonly string[]) {
    this.inScope = new Set(variables);
  }

  /** Binds `expression`'s alias, keeping everything already bound. */
  bind(expression: string): void {
    this.clauses.push(`WITH *, ${expression}`);
    this.inScope.add(aliasOf(expression));
  }

  /** Adds a clause that binds nothing later clauses read by name. */
  add(clause: string): void {
    this.clauses.push(clause);
  }
}
