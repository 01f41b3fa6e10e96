import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import type { CountryModel, MatrixCellModel, MatrixModel, OrganisationModel, WorkerTypeModel } from './models';
import { entityProjection, nameKey } from './projections';
import { asRow, toEntityOf } from './records';

/**
 * Countries × worker types. Rows are the countries the filter names, or all; columns the worker
 * types it names (with their narrower types), or all. An organisation counts in a column when it
 * organises that worker type or a narrower one, and in a row when it is based in that country;
 * organisations with no country go to `withoutCountry`. An organisation also counts in a cell when
 * it organised collective actions involving those workers (or narrower ones) that took place in
 * that country. A cell without organisations is unknown. With a period, only the facts that hold in
 * it put an organisation in a cell (the taxonomy of worker types always holds).
 */
export async function findMatrix(
  db: Database,
  filter: EntityFilter | undefined,
  lang: 'EN' | 'FR' = 'EN',
): Promise<MatrixModel> {
  // The rows and columns keep to the countries and worker types asked for, so the organisations
  // are not: one that organised actions there without being based there counts too.
  const compiled = compileFilter({ ...filter, countries: undefined, workerTypes: undefined, types: ['ORGANISATION'] });
  // Types that leave organisations out leave every cell unknown, rows and columns still listed.
  const withOrganisations = !filter?.types || filter.types.includes('ORGANISATION');
  const name = lang === 'FR' ? 'nameFr' : 'nameEn';
  const holds = compiled.edgeHolds;
  const result = await db.read((tx) =>
    tx.run(
      `${compiled.subqueries}
       ${compiled.candidates('o', 'Organisation')}
       WITH o WHERE $withOrganisations
       WITH o ORDER BY ${nameKey('o', name)}, o.id
       WITH collect(o) AS organisations
       RETURN
         COLLECT { MATCH (c:Country) WHERE $countries IS NULL OR c.code IN $countries
                   WITH c ORDER BY ${nameKey('c', name)}, c.id RETURN ${entityProjection('c')} } AS countries,
         COLLECT { MATCH (w:WorkerType) WHERE $workerTypes IS NULL OR EXISTS {
                     (w)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes }
                   WITH w ORDER BY ${nameKey('w', name)}, w.id RETURN ${entityProjection('w')} } AS workerTypes,
         [o IN organisations | ${entityProjection('o')}] AS organisations,
         COLLECT { UNWIND organisations AS o
                   MATCH tie = (o)-[organises:ORGANISES]->(:WorkerType)-[:SUBTYPE_OF*0..]->(w:WorkerType)
                   WHERE ${holds('organises')}
                   OPTIONAL MATCH (o)-[based:BASED_IN]->(c:Country) WHERE ${holds('based')}
                   RETURN DISTINCT { organisation: o.id, workerType: w.id, country: c.id,
                                     inferred: any(r IN relationships(tie) WHERE r.basis = 'inferred')
                                               OR coalesce(based.basis = 'inferred', false) } } AS links,
         COLLECT { UNWIND organisations AS o
                   MATCH (o)-[organised:ORGANISED]->(a:CollectiveAction)-[involves:INVOLVES]->(:WorkerType)
                         -[:SUBTYPE_OF*0..]->(w:WorkerType)
                   WHERE ${holds('organised')} AND ${holds('involves')}
                   MATCH (a)-[place:TOOK_PLACE_IN]->(c:Country) WHERE ${holds('place')}
                   RETURN DISTINCT { organisation: o.id, workerType: w.id, country: c.id, action: a.id } } AS actionLinks`,
      {
        ...compiled.params,
        withOrganisations,
        countries: filter?.countries ?? null,
        workerTypes: filter?.workerTypes ?? null,
      },
    ),
  );
  const row = asRow(result.records[0]?.toObject() ?? {});
  const countries = (row['countries'] as unknown[]).map((c) => toEntityOf('COUNTRY', c));
  const workerTypes = (row['workerTypes'] as unknown[]).map((w) => toEntityOf('WORKER_TYPE', w));
  const organisations = new Map(
    (row['organisations'] as unknown[]).map((o) => toEntityOf('ORGANISATION', o)).map((o) => [o.id, o] as const),
  );
  const links = row['links'] as MatrixLink[];
  const matrix = assembleMatrix(countries, workerTypes, organisations, links, row['actionLinks'] as ActionLink[]);
  // An organisation with no known country is in no country asked for.
  return filter?.countries ? { ...matrix, withoutCountry: [] } : matrix;
}

/** An organisation that organises a worker type, in a country (null: none known). */
export interface MatrixLink {
  organisation: string;
  workerType: string;
  country: string | null;
  /** Some link of the chain (the workers it organises, a narrower type, its country) is inferred. */
  inferred?: boolean;
}

/** An organisation that organised an action of a worker type in a country. */
export interface ActionLink extends MatrixLink {
  country: string;
  action: string;
}

/**
 * Lays the links out row by row; organisations in a cell keep the order of `organisations`. An
 * organisation is among a cell's `inferred` unless a chain of stated links puts it there: when
 * the chain has an inferred link, or when only the actions it organised there put it there.
 */
export function assembleMatrix(
  countries: CountryModel[],
  workerTypes: WorkerTypeModel[],
  organisations: ReadonlyMap<string, OrganisationModel>,
  links: readonly MatrixLink[],
  actionLinks: readonly ActionLink[] = [],
): MatrixModel {
  const keyOf = (country: string | null, workerType: string) => `${country ?? ''}\u0000${workerType}`;
  const add = (map: Map<string, Set<string>>, key: string, value: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(value));
  const stated = new Map<string, Set<string>>();
  const byInference = new Map<string, Set<string>>();
  const actions = new Map<string, Set<string>>();
  for (const link of links) {
    add(link.inferred ? byInference : stated, keyOf(link.country, link.workerType), link.organisation);
  }
  for (const link of actionLinks) {
    add(byInference, keyOf(link.country, link.workerType), link.organisation);
    add(actions, keyOf(link.country, link.workerType), link.action);
  }
  const cell = (country: CountryModel | null, workerType: WorkerTypeModel): MatrixCellModel => {
    const key = keyOf(country?.id ?? null, workerType.id);
    const statedIds = stated.get(key) ?? new Set<string>();
    const inferredIds = byInference.get(key) ?? new Set<string>();
    const members = [...organisations.values()].filter((o) => statedIds.has(o.id) || inferredIds.has(o.id));
    return {
      country,
      workerType,
      organisations: members,
      inferred: members.filter((o) => !statedIds.has(o.id)),
      actionCount: actions.get(key)?.size ?? 0,
      unknown: members.length === 0,
    };
  };
  return {
    countries,
    workerTypes,
    cells: countries.flatMap((country) => workerTypes.map((workerType) => cell(country, workerType))),
    withoutCountry: workerTypes.map((workerType) => cell(null, workerType)).filter((c) => c.organisations.length > 0),
  };
}
