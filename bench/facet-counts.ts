// How long the explorer waits for its live facet counts: `facetCounts` run in process through the
// real resolvers over both seed data sets, with every option of every facet asked (as the filter
// panel asks), for a few filters. Each filter is asked first with Neo4j's query caches cleared
// (as the first time anyone asks for that combination of criteria: Neo4j plans the Cypher), then
// again (the plan cached): the difference is mostly the planning.
//
//   npx tsx bench/facet-counts.ts [--data-dir DIR] [--samples 3]
//
// --data-dir keeps the store, so that later runs need not load the data sets again.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { QueryResult, RecordShape } from 'neo4j-driver';
import { createContext, createGraphQLServer } from '@faire-collectif/api';
import type { Database, Tx } from '@faire-collectif/neo4j';
import { seedIfEmpty } from '@faire-collectif/seed';
import { ORGANISATION_KINDS } from '@faire-collectif/seed/model';
import { startKeptNeo4j } from './neo4j';

const FACET_COUNTS = `query ($filter: GraphFilter, $facets: [FacetOptionsInput!]!) {
  facetCounts(filter: $filter, facets: $facets) { matching facets { facet options { value count matching } } }
}`;

/** What the filter panel counts with each facet (web/src/models/view/facetCounts.ts). */
const FACETS: ReadonlyArray<{ facet: string; cypher?: string; counting?: string }> = [
  { facet: 'DATASETS', cypher: 'MATCH (d:Dataset) RETURN d.id AS id' },
  { facet: 'COUNTRIES', cypher: 'MATCH (c:Country) RETURN c.code AS id', counting: 'ORGANISATION' },
  { facet: 'WORKER_TYPES', cypher: 'MATCH (w:WorkerType) RETURN w.id AS id', counting: 'ORGANISATION' },
  { facet: 'ORGANISATION_KINDS', counting: 'ORGANISATION' },
  { facet: 'ORGANISING_FORMS', cypher: 'MATCH (f:OrganisingForm) RETURN f.id AS id', counting: 'ORGANISATION' },
  { facet: 'SESSIONS', cypher: 'MATCH (s:Session) RETURN s.id AS id', counting: 'PERSON' },
  { facet: 'STRUGGLES', cypher: 'MATCH (s:Struggle) RETURN s.id AS id', counting: 'COLLECTIVE_ACTION' },
  {
    facet: 'COMPANIES',
    cypher: 'MATCH (:CollectiveAction)-[:TARGETS]->(o) RETURN DISTINCT o.id AS id',
    counting: 'COLLECTIVE_ACTION',
  },
  {
    facet: 'ORGANISERS',
    cypher: 'MATCH (:CollectiveAction)<-[:ORGANISED]-(o) RETURN DISTINCT o.id AS id',
    counting: 'COLLECTIVE_ACTION',
  },
];

/** The filters measured: none, a country, a country and a worker type, a struggle, a period. */
const FILTERS: ReadonlyArray<{ name: string; filter: Record<string, unknown> | null }> = [
  { name: 'no filter', filter: null },
  { name: 'Germany', filter: { countries: ['DE'] } },
  { name: 'Germany + freelancers', filter: { countries: ['DE'], workerTypes: ['worker:freelancers'] } },
  { name: 'a struggle (pay and benefits)', filter: { struggles: ['struggle:pay-and-benefits'] } },
  { name: 'period 2018–2020', filter: { period: { from: '2018', to: '2020' } } },
];

/** A Database that adds up Neo4j's own time (to the last record) of the statements it runs. */
function timedDatabase(db: Database, inNeo4j: { ms: number; statements: number }): Database {
  const wrap = (tx: Tx): Tx => ({
    async run<R extends RecordShape = RecordShape>(cypher: string, parameters?: Record<string, unknown>) {
      const result: QueryResult<R> = await tx.run<R>(cypher, parameters);
      inNeo4j.ms += Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
      inNeo4j.statements += 1;
      return result;
    },
  });
  return { ...db, read: (work) => db.read((tx) => work(wrap(tx))), write: (work) => db.write((tx) => work(wrap(tx))) };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, samples: { type: 'string', default: '3' } },
  });
  const samples = Number(values.samples);
  const dataDir = values['data-dir'] ?? (await mkdtemp(join(tmpdir(), 'faire-collectif-facets-')));
  const neo4j = await startKeptNeo4j(dataDir, 10_000, (message) => console.log(message));
  try {
    await seedIfEmpty(neo4j.db);
    const facets: Array<{ facet: string; options: string[]; counting?: string[] }> = [];
    for (const { facet, cypher, counting } of FACETS) {
      const options = cypher
        ? (await neo4j.db.read((tx) => tx.run(`${cypher} ORDER BY id LIMIT 100`))).records.map(
            (record) => record.get('id') as string,
          )
        : [...ORGANISATION_KINDS];
      if (options.length > 0) facets.push({ facet, options, ...(counting ? { counting: [counting] } : {}) });
    }
    const optionCount = facets.reduce((total, facet) => total + facet.options.length, 0);
    console.log(`${facets.length} facets, ${optionCount} options; ${samples} sample(s) of each figure (median)\n`);

    const server = createGraphQLServer({ logInternalError: () => {} });
    await server.start();
    const inNeo4j = { ms: 0, statements: 0 };
    const db = timedDatabase(neo4j.db, inNeo4j);
    const clearCaches = () => neo4j.db.write((tx) => tx.run('CALL db.clearQueryCaches()'));
    const ask = async (filter: Record<string, unknown> | null) => {
      inNeo4j.ms = 0;
      inNeo4j.statements = 0;
      const started = performance.now();
      const response = await server.executeOperation(
        { query: FACET_COUNTS, variables: { filter, facets } },
        { contextValue: createContext(db) },
      );
      const wall = performance.now() - started;
      if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
        throw new Error(JSON.stringify(response.body.singleResult.errors));
      }
      return { wall, neo4j: inNeo4j.ms, statements: inNeo4j.statements };
    };
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

    // Neo4j's own code is compiled as it runs: warm it on a filter not measured, then forget its plans.
    for (let i = 0; i < 2; i += 1) await ask({ organisationKinds: ['UNION'] });

    console.log('| filter | first (wall / in Neo4j) | repeated (wall / in Neo4j) | statements | load average |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const { name, filter } of FILTERS) {
      const first: Array<{ wall: number; neo4j: number }> = [];
      const repeated: Array<{ wall: number; neo4j: number }> = [];
      let statements = 0;
      const before = load();
      for (let i = 0; i < samples; i += 1) {
        await clearCaches();
        first.push(await ask(filter));
        const again = await ask(filter);
        repeated.push(again);
        statements = again.statements;
      }
      console.log(
        `| ${name} | ${s(median(first.map((t) => t.wall)))} / ${s(median(first.map((t) => t.neo4j)))} | ` +
          `${s(median(repeated.map((t) => t.wall)))} / ${s(median(repeated.map((t) => t.neo4j)))} | ` +
          `${statements} | ${before} → ${load()} |`,
      );
    }
    await server.stop();
  } finally {
    await neo4j.stop();
    if (!values['data-dir']) await rm(dataDir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
