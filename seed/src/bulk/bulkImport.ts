import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  holdStoreLock,
  localStoreLayout,
  startLocalNeo4j,
  StoreInUseError,
  type Database,
  type LocalNeo4j,
} from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { declareSchema } from '../load/declareSchema';
import { LoadError } from '../load/loadDataset';
import { LoadSummary } from '../load/summary';
import { SOURCE_LABEL } from '../model/graphModel';
import { writeBulkCsv, type BulkCsvFile, type EmptyLists } from './csvFiles';
import { setEmptyLists, verify } from './finishImport';
import { runImporter, type ImporterCounts } from './importer';
import { install, restore, type Before, type Moves } from './storeMoves';
import { assertEmptyStore, atLeast1g, connectTo, inspectLocalStore, type LocalStoreOptions } from './storeState';

// A first load of a large data set into the local store through Neo4j's offline importer, which
// writes store files directly (no transactions): it needs the store to itself, and an empty or
// missing graph. The import is written into a staging directory beside the store and moved into
// place only once the importer succeeded; if anything fails before the new store has been started,
// checked and given its schema, the store is put back as it was.

export type BulkPhase = 'check' | 'csv' | 'importer' | 'start' | 'schema' | 'verify' | 'stop';
export const BULK_PHASES: readonly BulkPhase[] = ['check', 'csv', 'importer', 'start', 'schema', 'verify', 'stop'];

export interface BulkProgress {
  phase: BulkPhase;
  /** What is happening, for a person. */
  message: string;
  /** Rows written to the CSV files, of `total` (csv phase). */
  done?: number;
  total?: number;
  /** The importer's stage and how far it is, as it says (importer phase). */
  stage?: string;
  count?: string;
}

export interface BulkImportOptions extends LocalStoreOptions {
  /** Java heap of the importer; default `heap` (at least 1g, which the importer asks for). */
  importerHeap?: string;
  onProgress?: (progress: BulkProgress) => void;
  /** Runs on the new store once it is verified, before the server stops (timed in `stop`). */
  onReady?: (db: Database) => Promise<void>;
}

export interface BulkImportResult {
  summary: LoadSummary;
  /** Seconds spent in each phase. */
  phases: Record<BulkPhase, number>;
  /** Seconds from the store check to a verified store with its schema (the final stop excluded). */
  seconds: number;
  importer: ImporterCounts;
}

/** Schema statements run at once on the imported store (measured: about 1.7× faster than one by one). */
const SCHEMA_CONCURRENCY = 4;

/** Where the import is written before it is moved into the store (inside it: same file system). */
export const STAGING_DIR = 'bulk-import.tmp';

/**
 * Loads a validated data set into the local store with Neo4j's offline importer, then starts the
 * local Neo4j on it, declares the schema (waiting for every index) and checks the counts. Refuses
 * (LoadError) a store that holds a graph, and (StoreInUseError) one a Neo4j runs on. Resolves once
 * the server it started has stopped again.
 */
export async function bulkImport(dataset: Dataset, options: BulkImportOptions): Promise<BulkImportResult> {
  const layout = localStoreLayout(options.dataDir);
  const phases = Object.fromEntries(BULK_PHASES.map((phase) => [phase, 0])) as Record<BulkPhase, number>;
  let current: { phase: BulkPhase; since: number } | undefined;
  const enter = (phase: BulkPhase, message: string) => {
    const now = performance.now();
    if (current) phases[current.phase] += (now - current.since) / 1000;
    current = { phase, since: now };
    options.onProgress?.({ phase, message });
  };
  const started = performance.now();

  enter('check', `Checking the local store in ${options.dataDir}`);
  const before: Before = {
    dataDirExisted: existsSync(options.dataDir),
    entries: new Set(existsSync(options.dataDir) ? await readdir(options.dataDir) : []),
  };
  assertEmptyStore(await inspectLocalStore(options), options.dataDir);
  // From here until the new store is in place, no Neo4j may start on it.
  const lock = await holdStoreLock(options.dataDir);
  const staging = join(options.dataDir, STAGING_DIR);
  const stagedLayout = localStoreLayout(join(staging, 'home'));
  const previous = join(staging, 'previous');
  let importer: ImporterCounts;
  let emptyLists: EmptyLists[];
  let files: BulkCsvFile[];
  const moves: Moves = { aside: [], placed: [] };
  try {
    await rm(staging, { recursive: true, force: true }); // left by an import that was killed
    await mkdir(staging, { recursive: true });

    enter('csv', 'Writing the CSV files');
    const csv = await writeBulkCsv(dataset, join(staging, 'csv'), ({ group, done, total }) =>
      options.onProgress?.({ phase: 'csv', message: `Writing the CSV files (${group})`, done, total }),
    );
    emptyLists = csv.emptyLists;
    files = csv.files;

    enter('importer', 'Running the offline importer');
    importer = await runImporter(csv, {
      home: stagedLayout.home,
      heap: atLeast1g(options.importerHeap ?? options.heap),
      reportFile: join(staging, 'import.report'),
      onProgress: ({ stage, count }) =>
        options.onProgress?.({
          phase: 'importer',
          message: `Offline importer: ${stage}${count ? ` (${count})` : ''}`,
          stage,
          count,
        }),
    });
    const expectedNodes = dataset.nodes.length + dataset.sources.length;
    if (importer.nodes !== expectedNodes || importer.relationships !== dataset.relationships.length) {
      throw new LoadError(
        `The offline importer wrote ${importer.nodes} nodes and ${importer.relationships} relationships, ` +
          `expected ${expectedNodes} and ${dataset.relationships.length}`,
      );
    }
    // The CSV files can be as large as the store: gone before the store is.
    await rm(join(staging, 'csv'), { recursive: true, force: true });
    await install(stagedLayout, layout, previous, moves);
  } catch (error) {
    await restore(moves, before, options.dataDir, staging);
    throw error;
  } finally {
    await lock.release();
  }

  let server: LocalNeo4j | undefined;
  let db: Database | undefined;
  try {
    enter('start', 'Starting the local Neo4j on the new store');
    server = await startLocalNeo4j({
      dataDir: options.dataDir,
      heap: options.heap,
      pageCache: options.pageCache,
      log: options.log,
    });
    db = connectTo(server);
    enter('schema', 'Declaring the schema and populating the indexes');
    // The empty lists are set while the constraints populate (a property no index covers): the two
    // overlap. Setting them is idempotent, so a transient failure beside the schema is run again after.
    const listsBeside = setEmptyLists(db, emptyLists, 'scan').then(
      () => true,
      () => false,
    );
    await declareSchema(db, { concurrency: SCHEMA_CONCURRENCY });
    if (!(await listsBeside)) await setEmptyLists(db, emptyLists, 'scan');
    await setEmptyLists(db, emptyLists, 'ids');
    enter('verify', 'Checking the store');
    await verify(db, dataset, files);
  } catch (error) {
    await db?.close();
    await server?.stop();
    if (error instanceof StoreInUseError) {
      // Another process started a Neo4j on the new store in the moment between the lock and our
      // start: it is in place and complete, and that process owns it now.
      await rm(staging, { recursive: true, force: true });
      throw new LoadError(
        `The data was imported into ${options.dataDir}, but another process started a Neo4j on it before the ` +
          'schema was declared; the next `npm start` (or any load) declares it.',
        { cause: error },
      );
    }
    await restore(moves, before, options.dataDir, staging);
    if (error instanceof LoadError) throw error;
    throw new LoadError(
      `The imported store could not be started and given its schema, so it was put back as it was: ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
  const seconds = (performance.now() - started) / 1000;
  enter('stop', 'Stopping the local Neo4j');
  try {
    await options.onReady?.(db);
  } finally {
    await db.close();
    await server.stop();
  }
  await rm(staging, { recursive: true, force: true });
  phases.stop = (performance.now() - current!.since) / 1000;

  const summary = new LoadSummary();
  for (const file of files) {
    if (file.group === SOURCE_LABEL) summary.countSources({ created: file.rows });
    else summary.count(file.kind, file.group, { created: file.rows });
  }
  return { summary, phases, seconds, importer };
}
