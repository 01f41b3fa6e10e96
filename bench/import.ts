import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@faire-collectif/neo4j';
import { bulkImport, declareSchema, loadDataset, type Dataset } from '@faire-collectif/seed';
import { loadAverage } from './machine';

export interface ImportFigures {
  nodes: number;
  relationships: number;
  /** The seed loader's one write transaction, commit included. */
  loadS: number;
  nodesPerS: number;
  relationshipsPerS: number;
  /** Constraints and indexes declared on the empty database, before the load. */
  schemaS: number;
  /** After the commit, until every index (full-text included) is online and populated. */
  indexesS: number;
  /** Within loadS: when the last node batch had run, then the last relationship batch (the rest is the commit). */
  nodesStagedS: number;
  relationshipsStagedS: number;
  /** Time to generate the data set in memory, then to validate it (not part of the rates). */
  generateS: number;
  validateS: number;
  heap: string;
  pageCache: string;
  loadAverage: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/**
 * Loads a data set through the seed loader (`loadDataset`: batched UNWIND/MERGE in one write
 * transaction) into an empty database and times it. The rates count the load only: nodes per
 * second and relationships per second of the same transaction.
 */
export async function measureImport(
  db: Database,
  dataset: Dataset,
  context: { generateS: number; validateS: number; heap: string; pageCache: string },
  log: (message: string) => void,
): Promise<ImportFigures> {
  let started = performance.now();
  await declareSchema(db);
  const schemaS = seconds(started);

  log(`Loading ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships…`);
  const nodeRows = dataset.sources.length + dataset.nodes.length;
  let nodesStagedS = 0;
  let relationshipsStagedS = 0;
  let lastLogged = performance.now();
  started = performance.now();
  await loadDataset(db, dataset, {
    onProgress: ({ group, done, total }) => {
      if (done === nodeRows) nodesStagedS = seconds(started);
      if (done === total) relationshipsStagedS = seconds(started);
      if (performance.now() - lastLogged < 5_000) return;
      lastLogged = performance.now();
      log(`  ${done}/${total} rows (${group}) after ${seconds(started)} s`);
    },
  });
  const loadS = seconds(started);

  started = performance.now();
  await db.read((tx) => tx.run('CALL db.awaitIndexes(600)'));
  const indexesS = seconds(started);

  const nodes = dataset.nodes.length;
  const relationships = dataset.relationships.length;
  return {
    nodes,
    relationships,
    loadS,
    nodesPerS: Math.round(nodes / loadS),
    relationshipsPerS: Math.round(relationships / loadS),
    nodesStagedS,
    relationshipsStagedS,
    schemaS,
    indexesS,
    ...context,
    loadAverage: loadAverage(),
  };
}

export interface BulkImportFigures {
  nodes: number;
  relationships: number;
  /**
   * The whole bulk load into a new local store: CSV files, the offline importer, the local Neo4j
   * started on the new store, schema declared and indexes populated, counts checked.
   */
  totalS: number;
  nodesPerS: number;
  relationshipsPerS: number;
  /** The phases of totalS (check: the store, here new; verify: the counts). */
  checkS: number;
  csvS: number;
  importerS: number;
  startS: number;
  schemaS: number;
  verifyS: number;
  /** The importer's own time as it reports it (without its JVM's start and set-up). */
  importerReportedS: number | null;
  /** Rates of the importer phase alone. */
  importerNodesPerS: number;
  importerRelationshipsPerS: number;
  /** Stopping the server afterwards (not in totalS). */
  stopS: number;
  /**
   * Where the importer phase went: its JVM's start (until its first stage), then each of its own
   * stages as it announces them (Nodes, Relationships, Node Degrees…), in seconds, in order.
   */
  importerStages: Array<{ stage: string; s: number }>;
  heap: string;
  pageCache: string;
  importerHeap: string;
  loadAverage: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Loads the data set through the bulk path (`bulkImport`: Neo4j's offline importer) into a new
 * local store in a temp directory, as `npm run import -- --bulk` does, and times each phase. The
 * store is deleted afterwards; the rest of the bench uses the transactionally loaded server.
 */
export async function measureBulkImport(
  dataset: Dataset,
  memory: { heap: string; pageCache: string; importerHeap: string },
  log: (message: string) => void,
): Promise<BulkImportFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-bulk-'));
  log(
    `Bulk importing ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships into a new store ` +
      `(importer heap ${memory.importerHeap}; Neo4j heap ${memory.heap}, page cache ${memory.pageCache})…`,
  );
  const started = performance.now();
  let lastLogged = 0;
  let lastPhase = '';
  // The importer's stages, timed from the progress it reports (the first starts after its JVM has).
  const stages: Array<{ stage: string; since: number }> = [];
  let importerEnded = 0;
  try {
    const result = await bulkImport(dataset, {
      dataDir: join(dir, 'store'),
      heap: memory.heap,
      pageCache: memory.pageCache,
      importerHeap: memory.importerHeap,
      // Each phase as it starts, and the CSV rows every few seconds (not the importer's every stage).
      onProgress: ({ phase, message, done, total, stage }) => {
        const now = performance.now();
        if (phase === 'importer' && stages.length === 0) stages.push({ stage: 'JVM start and set-up', since: now });
        if (phase === 'importer' && stage !== undefined && stages.at(-1)?.stage !== stage)
          stages.push({ stage, since: now });
        if (phase !== 'importer' && stages.length > 0 && importerEnded === 0) importerEnded = now;
        const changed = phase !== lastPhase;
        lastPhase = phase;
        if (!changed && (done === undefined || now - lastLogged < 5_000)) return;
        lastLogged = now;
        log(`  ${changed ? message : `${done}/${total} rows`} after ${seconds(started)} s`);
      },
    });
    const p = result.phases;
    const nodes = dataset.nodes.length;
    const relationships = dataset.relationships.length;
    return {
      nodes,
      relationships,
      totalS: round(result.seconds),
      nodesPerS: Math.round(nodes / result.seconds),
      relationshipsPerS: Math.round(relationships / result.seconds),
      checkS: round(p.check),
      csvS: round(p.csv),
      importerS: round(p.importer),
      startS: round(p.start),
      schemaS: round(p.schema),
      verifyS: round(p.verify),
      importerReportedS: result.importer.seconds ?? null,
      importerNodesPerS: Math.round(nodes / p.importer),
      importerRelationshipsPerS: Math.round(relationships / p.importer),
      stopS: round(p.stop),
      importerStages: stages.map(({ stage, since }, i) => ({
        stage,
        s: round(((stages[i + 1]?.since ?? importerEnded) - since) / 1000),
      })),
      ...memory,
      loadAverage: loadAverage(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
