import type { Database } from '@faire-collectif/neo4j';
import type { NodeLabel } from '@faire-collectif/seed/model';
import { compileFilter, type CompiledFilter, type EntityFilter } from './filter';
import { hasLabel } from './filter/cypherText';
import type { OrganisationKind } from './models';

// Live facet counts (faceted search): each option of a facet counted with the facet's own
// criterion set to that option alone and the other criteria kept. The options of one facet share
// one compiled filter (only the facet's value differs), so each facet is one UNWIND over its
// options in a subquery, and every facet and the filter's own count are one query.

/** The list criteria of a filter that a facet may count. */
export type FacetKey =
  | 'countries'
  | 'workerTypes'
  | 'organisationKinds'
  | 'organisingForms'
  | 'sessions'
  | 'datasets'
  | 'struggles'
  | 'companies'
  | 'organisers';

export interface FacetRequest {
  key: FacetKey;
  /** The values to count, checked and normalised (country codes in capitals). */
  options: readonly string[];
  /** The labels `count` counts; every label when absent. */
  counting?: readonly NodeLabel[];
}

export interface FacetCountsModel {
  /** Entities the filter as given matches. */
  matching: number;
  facets: Array<{ key: FacetKey; options: Array<{ value: string; count: number; matching: number }> }>;
}

/** The variable an option is bound to in its facet's subquery. */
const OPTION = 'fOption';

/**
 * The Cypher of `compiled` with its `key` parameter replaced by the option alone, in a subquery
 * that imports the option: the opening clause keeps it in scope (`WITH *`). Parameters are named
 * after the criteria (compileFilter's `parametersOf`), so `$key` names nothing else.
 */
function perOption(compiled: CompiledFilter, key: FacetKey, counting: readonly NodeLabel[] | undefined): string {
  const parameter = new RegExp(`\\$${key}\\b`, 'g');
  const counted = counting === undefined ? 'true' : hasLabel('n', counting);
  const body = `${compiled.subqueries.replace(/^WITH /, 'WITH *, ')}
       ${compiled.candidates('n')}
       WITH DISTINCT n, n IN ${compiled.values} AS isValue
       WHERE NOT isValue
       RETURN count(n) AS matching, count(CASE WHEN ${counted} THEN 1 END) AS counted`;
  return body.replace(parameter, `[${OPTION}]`);
}

/** The filter's count: what it matches, its value nodes aside. */
function matchingCount(compiled: CompiledFilter): string {
  return `${compiled.subqueries}
       ${compiled.candidates('n')}
       WITH DISTINCT n, n IN ${compiled.values} AS isValue
       WHERE NOT isValue
       RETURN count(n) AS matching`;
}

/** The order of the facets' subqueries: the same text whatever order a request names them in. */
const FACET_ORDER: Readonly<Record<FacetKey, number>> = {
  countries: 0,
  workerTypes: 1,
  organisationKinds: 2,
  organisingForms: 3,
  sessions: 4,
  datasets: 5,
  struggles: 6,
  companies: 7,
  organisers: 8,
};

/** The parameter holding a facet's options and the column of its counts. */
const optionsOf = (key: FacetKey) => `options_${key}`;

/**
 * How many entities the filter matches, and for each facet's options how many it would match with
 * that facet set to the option alone: of the counted labels (`count`) and in all (`matching`).
 * The text depends on the filter's criteria, the facets asked and what each counts, never on the
 * values or on the order of the facets, so Neo4j plans it once for all requests alike.
 */
export async function countFacets(
  db: Database,
  filter: EntityFilter | undefined,
  facets: readonly FacetRequest[],
): Promise<FacetCountsModel> {
  const whole = compileFilter(filter);
  const params: Record<string, unknown> = { ...whole.params };
  const subqueries = [`CALL () { ${matchingCount(whole)} }`];
  const returned = ['matching'];
  const ordered = [...facets].sort((a, b) => FACET_ORDER[a.key] - FACET_ORDER[b.key]);
  for (const facet of ordered) {
    // Any value compiles the same text: the option replaces it.
    const compiled = compileFilter({ ...filter, [facet.key]: ['?'] as string[] | OrganisationKind[] });
    for (const [name, value] of Object.entries(compiled.params)) {
      if (name !== facet.key) params[name] = value;
    }
    const list = optionsOf(facet.key);
    params[list] = facet.options;
    subqueries.push(`CALL () {
       UNWIND $${list} AS ${OPTION}
       CALL (${OPTION}) { ${perOption(compiled, facet.key, facet.counting)} }
       RETURN collect({value: ${OPTION}, count: counted, matching: matching}) AS ${list}
     }`);
    returned.push(list);
  }
  const result = await db.read((tx) => tx.run(`${subqueries.join('\n')}\nRETURN ${returned.join(', ')}`, params));
  const record = result.records[0];
  const read = (name: string): unknown => record?.get(name);
  return {
    matching: Number(read('matching') ?? 0),
    facets: facets.map((facet) => {
      const counted = new Map(
        (
          (read(optionsOf(facet.key)) as Array<{ value: string; count: unknown; matching: unknown }> | undefined) ?? []
        ).map((option) => [option.value, option]),
      );
      return {
        key: facet.key,
        options: facet.options.map((value) => ({
          value,
          count: Number(counted.get(value)?.count ?? 0),
          matching: Number(counted.get(value)?.matching ?? 0),
        })),
      };
    }),
  };
}
