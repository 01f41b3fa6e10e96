import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import type { CountryModel, MatrixCellModel, MatrixModel, OrganisationModel, WorkerTypeModel } from './models';
import { entityProjection, nameKey } from './projections';
import { asRow, toEntityOf } from './records';

/**
 * Countries × worker types. Rows are the countries the filter names, or all; columns the worker
 * types it names (with their narrower types), or all. An organisation counts in a column when it
 * organises that worker type or a narrower one, and in a row when it is based in that country;
 * organisations with no country go to `withoutCountry`. A cell without organisations is unknown.
 */
export async function findMatrix(
  db: Database,
  filter: EntityFilter | undefined,
  lang: 'EN' | 'FR' = 'EN',
): Promise<MatrixModel> {
  const compiled = compileFilter({ ...filter, types: ['ORGANISATION'] });
  // Types that leave organisations out leave every cell unknown, rows and columns still listed.
  const withOrganisations = !filter?.types || filter.types.includes('ORGANISATION');
  const name = lang === 'FR' ? 'nameFr' : 'nameEn';
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
                   MATCH (o)-[:ORGANISES]->(:WorkerType)-[:SUBTYPE_OF*0..]->(w:WorkerType)
                   OPTIONAL MATCH (o)-[:BASED_IN]->(c:Country)
                   RETURN DISTINCT { organisation: o.id, workerType: w.id, country: c.id } } AS links`,
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
  const links = row['links'] as Array<{ organisation: string; workerType: string; country: string | null }>;
  return assembleMatrix(countries, workerTypes, organisations, links);
}

/** Lays the links out row by row; organisations in a cell keep the order of `organisations`. */
export function assembleMatrix(
  countries: CountryModel[],
  workerTypes: WorkerTypeModel[],
  organisations: ReadonlyMap<string, OrganisationModel>,
  links: ReadonlyArray<{ organisation: string; workerType: string; country: string | null }>,
): MatrixModel {
  const inCell = new Map<string, Set<string>>();
  for (const link of links) {
    const key = `${link.country ?? ''}\u0000${link.workerType}`;
    inCell.set(key, (inCell.get(key) ?? new Set()).add(link.organisation));
  }
  const cell = (country: CountryModel | null, workerType: WorkerTypeModel): MatrixCellModel => {
    const ids = inCell.get(`${country?.id ?? ''}\u0000${workerType.id}`) ?? new Set<string>();
    const members = [...organisations.values()].filter((o) => ids.has(o.id));
    return { country, workerType, organisations: members, inferred: [], actionCount: 0, unknown: members.length === 0 };
  };
  return {
    countries,
    workerTypes,
    cells: countries.flatMap((country) => workerTypes.map((workerType) => cell(country, workerType))),
    withoutCountry: workerTypes.map((workerType) => cell(null, workerType)).filter((c) => c.organisations.length > 0),
  };
}
