// Where the time of each benchmark query goes: runs our GraphQL operations in process, through
// the real resolvers, first plain (wall time against time inside Neo4j), then with every Cypher
// statement PROFILEd (db hits and rows per operator). Prints the busiest operators of each.
//
//   npx tsx bench/profile.ts [--size 100k] [--seed 1] [--data-dir DIR | --neo4j-uri URI] [--samples 20]
//                            [--only neighbourhood,network,search,shortestPath,nested]
//
// --neo4j-uri uses a Neo4j that already holds the generated graph (for instance one started on a
// kept --data-dir), so that several runs need not restart it. A failed operation (a transaction
// over its memory, a timeout) is counted and reported instead of ending the run.
import { parseArgs } from 'node:util';
import type { ProfiledPlan, QueryResult, RecordShape } from 'neo4j-driver';
import { createContext, createGraphQLServer } from '@faire-collectif/api';
import type { Database, Tx } from '@faire-collectif/neo4j';
import { createDatabase } from '@faire-collectif/neo4j';
import { declareSchema, loadDataset, validateDataset } from '@faire-collectif/seed';
import { quantile } from './load-stats';
import { startKeptNeo4j, startThrowawayNeo4j, type ThrowawayNeo4j } from './neo4j';
import { SIZES, type SizeName } from './options';
import { QUERY_PAIRS, type QueryKey } from './queries';
import { generateDataset } from './seed-generate';
import { drawWorkload } from './workload';

interface Statement {
  cypher: string;
  /** Time to the first record and to the last, inside Neo4j (ms). */
  neo4jMs: number;
  plan: ProfiledPlan | false;
}

/** A Database whose every statement is recorded, and PROFILEd when `profile` is on. */
function recordingDatabase(db: Database, sink: Statement[], profile: { on: boolean }): Database {
  const wrap = (tx: Tx): Tx => ({
    async run<R extends RecordShape = RecordShape>(cypher: string, parameters?: Record<string, unknown>) {
      const result: QueryResult<R> = await tx.run<R>(profile.on ? `PROFILE ${cypher}` : cypher, parameters);
      const summary = result.summary;
      sink.push({
        cypher,
        neo4jMs: Number(summary.resultAvailableAfter) + Number(summary.resultConsumedAfter),
        plan: summary.profile,
      });
      return result;
    },
  });
  return {
    driver: db.driver,
    name: db.name,
    get queryCount() {
      return db.queryCount;
    },
    read: (work) => db.read((tx) => work(wrap(tx))),
    write: (work) => db.write((tx) => work(wrap(tx))),
    verify: () => db.verify(),
    close: () => db.close(),
  };
}

interface OperatorTotal {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

function flatten(plan: ProfiledPlan, into: OperatorTotal[]): void {
  const details = String(plan.arguments?.['Details'] ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 140);
  into.push({ operator: plan.operatorType, details, dbHits: Number(plan.dbHits), rows: Number(plan.rows) });
  for (const child of plan.children) flatten(child, into);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      'neo4j-uri': { type: 'string' },
      samples: { type: 'string', default: '20' },
      only: { type: 'string' },
    },
  });
  const size = values.size as SizeName;
  if (!(size in SIZES)) throw new Error(`--size expects one of ${Object.keys(SIZES).join(', ')}`);
  const nodes = SIZES[size];
  const seed = Number(values.seed);
  const samples = Number(values.samples);
  const only = new Set((values.only ?? QUERY_PAIRS.map((p) => p.key).join(',')).split(',') as QueryKey[]);
  const log = (message: string) => console.log(message);

  let neo4j: ThrowawayNeo4j;
  let loaded = 0;
  if (values['neo4j-uri']) {
    const uri = values['neo4j-uri'];
    // As `npm start` serves the API: reads bounded to 15 s, a transient failure retried for 0.5 s.
    const db = createDatabase(
      { uri, user: 'neo4j', password: '', database: 'neo4j' },
      { readTimeoutMs: 15_000, maxTransactionRetryTimeMs: 500 },
    );
    const result = await db.read((tx) => tx.run('MATCH (n:Entity) RETURN count(n) AS entities'));
    loaded = result.records[0]?.get('entities') as number;
    if (loaded === 0) {
      await db.close();
      throw new Error(`--neo4j-uri ${uri} holds no entities: load a graph first (or use --data-dir)`);
    }
    neo4j = { uri, pid: undefined, db, heap: 'n/a', pageCache: 'n/a', stop: () => db.close() };
  } else if (values['data-dir']) {
    const kept = await startKeptNeo4j(values['data-dir'], nodes, log);
    neo4j = kept;
    loaded = kept.entities;
  } else {
    neo4j = await startThrowawayNeo4j(nodes, log);
  }
  try {
    if (loaded === 0) {
      log(`Loading a generated ${size} graph (seed ${seed})…`);
      await declareSchema(neo4j.db);
      await loadDataset(neo4j.db, validateDataset(generateDataset({ nodes, seed }), 'generated.json'));
      await neo4j.db.read((tx) => tx.run('CALL db.awaitIndexes(600)'));
    }
    const workload = await drawWorkload(neo4j.db, seed);
    // Failures are reported with the figures below.
    const server = createGraphQLServer({ logInternalError: () => {} });
    await server.start();
    const statements: Statement[] = [];
    const profile = { on: false };
    const db = recordingDatabase(neo4j.db, statements, profile);

    for (const pair of QUERY_PAIRS.filter((p) => only.has(p.key))) {
      const walls: number[] = [];
      const inNeo4j: number[] = [];
      const counts: number[] = [];
      let worst = { dbHits: -1, i: 0, operators: [] as OperatorTotal[], statements: 0 };
      const totals = new Map<string, OperatorTotal>();
      const perSample: number[] = [];
      const failures: string[] = [];
      for (let i = 0; i < samples; i += 1) {
        const { query, variables } = pair.ours(workload, i);
        // Plain first (twice: the first run also plans), timing the whole operation and Neo4j's part.
        let failed = false;
        for (let pass = 0; pass < 2 && !failed; pass += 1) {
          statements.length = 0;
          const started = performance.now();
          const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db) });
          const wall = performance.now() - started;
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
            const [error] = response.body.singleResult.errors;
            const code = error?.extensions?.['code'];
            failures.push(
              `#${i} ${JSON.stringify(variables)} after ${ms(wall)}: ${typeof code === 'string' ? code : ''} ${error?.message ?? ''}`,
            );
            failed = true;
          }
          if (pass === 1 && !failed) {
            walls.push(wall);
            inNeo4j.push(statements.reduce((total, s) => total + s.neo4jMs, 0));
            counts.push(statements.length);
          }
        }
        if (failed) continue;
        // Then PROFILEd: db hits per operator.
        statements.length = 0;
        profile.on = true;
        await server.executeOperation({ query, variables }, { contextValue: createContext(db) });
        profile.on = false;
        const operators: OperatorTotal[] = [];
        for (const statement of statements) if (statement.plan) flatten(statement.plan, operators);
        const dbHits = operators.reduce((total, o) => total + o.dbHits, 0);
        perSample.push(dbHits);
        if (dbHits > worst.dbHits) worst = { dbHits, i, operators, statements: statements.length };
        for (const o of operators) {
          const key = `${o.operator} ${o.details}`;
          const total = totals.get(key) ?? { ...o, dbHits: 0, rows: 0 };
          total.dbHits += o.dbHits;
          total.rows += o.rows;
          totals.set(key, total);
        }
      }
      const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
      const wallSorted = sorted(walls);
      const neoSorted = sorted(inNeo4j);
      const js = walls.map((w, k) => w - (inNeo4j[k] ?? 0));
      const answered = walls.length;
      console.log(
        `\n## ${pair.title} (${samples} parameter sets, ${answered} answered, one request at a time, in process)\n` +
          `wall p50 ${ms(quantile(wallSorted, 0.5))}, p95 ${ms(quantile(wallSorted, 0.95))}; ` +
          `inside Neo4j p50 ${ms(quantile(neoSorted, 0.5))}, p95 ${ms(quantile(neoSorted, 0.95))}; ` +
          `outside Neo4j (driver, resolvers, GraphQL) p50 ${ms(quantile(sorted(js), 0.5))}; ` +
          `${Math.max(...counts)} Cypher statement(s) per request`,
      );
      const all = [...totals.values()].sort((a, b) => b.dbHits - a.dbHits);
      const hits = all.reduce((total, o) => total + o.dbHits, 0);
      const hitsSorted = sorted(perSample);
      const profiled = Math.max(1, perSample.length);
      console.log(
        `db hits per request: ${Math.round(hits / profiled)} on average, median ${quantile(hitsSorted, 0.5)}, ` +
          `p95 ${quantile(hitsSorted, 0.95)}; the busiest operators over all samples:`,
      );
      for (const o of all.slice(0, 8)) {
        console.log(
          `  ${String(Math.round(o.dbHits / profiled)).padStart(9)} hits ${String(Math.round(o.rows / profiled)).padStart(8)} rows  ${o.operator}  ${o.details}`,
        );
      }
      if (failures.length > 0) console.log(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
      console.log(`heaviest sample: #${worst.i}, ${worst.dbHits} db hits in ${worst.statements} statement(s)`);
    }
    await server.stop();
  } finally {
    await neo4j.stop();
  }
}

await main(process.argv.slice(2));
