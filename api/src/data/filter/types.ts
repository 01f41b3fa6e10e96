import type { EntityType, OrganisationKind } from '../models';

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
  /** Data-set ids: what these data sets loaded (the entities, and those their relationships reach). */
  datasets?: readonly string[];
  /** Struggle ids: the collective actions about them, and what those actions are tied to. */
  struggles?: readonly string[];
  /** Organisation ids: the collective actions that targeted them, and what those are tied to. */
  companies?: readonly string[];
  /** Organisation ids: these groups, the collective actions they organised, and what those are tied to. */
  organisers?: readonly string[];
  /**
   * Days (`YYYY-MM-DD`, ends inclusive, either open): the facts that may hold in it and what they
   * tie (timeScope.ts). An as-of date is a period of the days it may mean.
   */
  period?: { from: string | null; to: string | null };
  /** With a period: whether facts no source dates are kept (default EXCLUDE). */
  undated?: UndatedFacts;
}

export type UndatedFacts = 'INCLUDE' | 'EXCLUDE';

/** What a query that follows a period takes of a filter. */
export type DatedFilter = Pick<EntityFilter, 'period' | 'undated'>;

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
  /** Whether relationship `r` holds in the filter's period (`true` without one): what may be drawn. */
  edgeHolds(r: string): string;
  /** How many actions, events and sessions the criteria about actions match that no source dates (`0` without a period). */
  undatedCount: string;
  /** Whether entity `v` is of one of the requested types. */
  typeMatches(v: string): string;
  /** The criteria's own value nodes (the countries, worker types… the filter names), a list. */
  values: string;
  params: Record<string, unknown>;
}
