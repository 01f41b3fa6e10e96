// Import rate of the seed loader: generates a realistic graph (100,000 nodes and 300,000+
// relationships by default), validates it, and loads it through the bulk path (bulkImport: Neo4j's
// offline importer into a new local store, then schema and indexes, as `npm run import -- --bulk`
// does) and through loadDataset (one transaction, as `npm run import` does) into a throwaway local
// Neo4j; prints nodes/s and relationships/s of each, and the bulk path's phases.
//
//   npx tsx bench/seed-import.ts [--nodes 100000] [--seed 1] [--heap 3g] [--page-cache 1g] [--batch 10000]
//                                [--path bulk,transactional]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, startLocalNeo4j } from '@faire-collectif/neo4j';
import { declareSchema, loadDataset, validateDataset, type LoadProgress } from '@faire-collectif/seed';
import { measureBulkImport, type BulkImportFigures } from './import';
import { bulkMemoryFor } from './neo4j';
import { generateDataset } from './seed-generate';

function flag(argv: readonly string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
}

const seconds = (from: number, to: number) => (to - from) / 1000;
const rate = (count: number, secs: number) => Math.round(count / secs).toLocaleString('en');

async function main(argv: readonly string[]): Promise<void> {
  const size = Number(flag(argv, 'nodes', '100000'));
  const heap = flag(argv, 'heap', '3g');
  const pageCache = flag(argv, 'page-cache', '1g');
  const batchSize = Number(flag(argv, 'batch', '10000'));

  let t = performance.now();
  const document = generateDataset({ nodes: size, seed: Number(flag(argv, 'seed', '1')) });
  const generated = seconds(t, performance.now());
  t = performance.now();
  const dataset = validateDataset(document, 'generated.json');
  const validated = seconds(t, performance.now());
  const nodes = dataset.nodes.length;
  const relationships = dataset.relationships.length;
  console.log(
    `Generated ${nodes.toLocaleString('en')} nodes and ${relationships.toLocaleString('en')} relationships in ${generated.toFixed(1)} s; validated in ${validated.toFixed(1)} s.`,
  );

  const paths = new Set(flag(argv, 'path', 'bulk,transactional').split(','));
  const resultsDir = new URL('./results/', import.meta.url);
  await mkdir(resultsDir, { recursive: true });

  let bulk: BulkImportFigures | undefined;
  if (paths.has('bulk')) {
    bulk = await measureBulkImport(dataset, bulkMemoryFor(nodes), (message) => process.stderr.write(`${message}\n`));
    console.log(`Bulk import in ${bulk.totalS.toFixed(1)} s:`);
    console.log(`  nodes:         ${rate(nodes, bulk.totalS)} nodes/s`);
    console.log(`  relationships: ${rate(relationships, bulk.totalS)} relationships/s`);
    console.log(
      `  phases:        CSV ${bulk.csvS} s, importer ${bulk.importerS} s (its own ${bulk.importerReportedS ?? 'n/a'} s: ` +
        `${rate(nodes, bulk.importerS)} nodes/s), start ${bulk.startS} s, schema and indexes ${bulk.schemaS} s, ` +
        `check ${bulk.verifyS} s`,
    );
    console.log(`  importer:      ${bulk.importerStages.map(({ stage, s }) => `${stage} ${s} s`).join(', ')}`);
    await writeFile(new URL('seed-import-bulk.json', resultsDir), `${JSON.stringify(bulk, null, 2)}\n`);
  }
  if (!paths.has('transactional')) return;

  const dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-neo4j-'));
  const server = await startLocalNeo4j({ dataDir, heap, pageCache });
  const db = createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await declareSchema(db);
    // Phase boundaries from the progress callback: sources and nodes come first, then relationships.
    let nodesDoneAt = 0;
    let shown = 0;
    const started = performance.now();
    const onProgress = ({ group, done, total }: LoadProgress) => {
      const now = performance.now();
      if (done <= dataset.sources.length + nodes) nodesDoneAt = now;
      if (now - shown > 5000 || done === total) {
        shown = now;
        process.stderr.write(
          `  ${group}: ${done.toLocaleString('en')}/${total.toLocaleString('en')} rows (${rate(done, seconds(started, now))} rows/s)\n`,
        );
      }
    };
    const summary = await loadDataset(db, dataset, { batchSize, onProgress });
    const finished = performance.now();

    const check = await db.read((tx) =>
      tx.run('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships'),
    );
    const stored = check.records[0]!.toObject() as { nodes: number; relationships: number };
    if (stored.nodes !== nodes || stored.relationships !== relationships) {
      throw new Error(
        `Stored ${stored.nodes} nodes and ${stored.relationships} relationships, expected ${nodes} and ${relationships}`,
      );
    }
    const total = seconds(started, finished);
    const nodeTime = seconds(started, nodesDoneAt);
    const relationshipTime = seconds(nodesDoneAt, finished);
    const result = {
      nodes,
      relationships,
      heap,
      batchSize,
      seconds: Number(total.toFixed(2)),
      nodesPerSecond: Math.round(nodes / nodeTime),
      relationshipsPerSecond: Math.round(relationships / relationshipTime),
      rowsPerSecond: Math.round((nodes + relationships) / total),
    };
    console.log(`Loaded in one transaction in ${total.toFixed(1)} s: ${summary.toString()}`);
    console.log(`  nodes:         ${rate(nodes, nodeTime)} nodes/s (${nodeTime.toFixed(1)} s)`);
    console.log(
      `  relationships: ${rate(relationships, relationshipTime)} relationships/s (${relationshipTime.toFixed(1)} s)`,
    );
    console.log(`  overall:       ${rate(nodes + relationships, total)} rows/s`);
    await writeFile(new URL('seed-import.json', resultsDir), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await db.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2));
