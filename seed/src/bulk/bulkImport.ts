import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  createDatabase,
  holdStoreLock,
  localStoreLayout,
  startLocalNeo4j,
  StoreInUseError,
  type Database,
  type LocalNeo4j,
  type LocalStoreLayout,
} from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { declareSchema } from '../load/declareSchema';
import { LoadError } from '../load/loadDataset';
import { chunks } from '../load/rows';
import { LoadSummary } from '../load/summary';
import { ENTITY_LABEL, SOURCE_LABEL } from '../model/graphModel';
import { writeBulkCsv, type BulkCsvFile, type EmptyLists } from './csvFiles';
import { runImporter, type ImporterCounts } from './importer';

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

export interface LocalStoreOptions {
  /** The local store (NEO4J_LOCAL_DATA_DIR). */
  dataDir: string;
  /** Heap and page cache of the local Neo4j started on it. */
  heap: string;
  pageCache: string;
  log?: (message: string) => void;
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

export interface LocalStoreState {
  /** Whether the store holds a database yet. */
  exists: boolean;
  nodes: number;
  relationships: number;
}

/**
 * Whether the local store holds a graph, by starting the local Neo4j on it (and stopping it).
 * Throws StoreInUseError when a Neo4j already runs on it.
 */
export async function inspectLocalStore(options: LocalStoreOptions): Promise<LocalStoreState> {
  const layout = localStoreLayout(options.dataDir);
  if (!existsSync(layout.databaseDir)) return { exists: false, nodes: 0, relationships: 0 };
  const server = await startLocalNeo4j({ dataDir: options.dataDir, heap: options.heap, pageCache: options.pageCache });
  const db = connectTo(server);
  try {
    const result = await db.read((tx) =>
      tx.run(
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN *',
      ),
    );
    const record = result.records[0];
    return {
      exists: true,
      nodes: Number(record?.get('nodes') ?? 0),
      relationships: Number(record?.get('relationships') ?? 0),
    };
  } finally {
    await db.close();
    await server.stop();
  }
}

/** Refuses a store that holds a graph: the offline importer would replace it. */
export function assertEmptyStore(state: LocalStoreState, dataDir: string): void {
  if (state.nodes === 0 && state.relationships === 0) return;
  throw new LoadError(
    `The local store in ${dataDir} already holds a graph (${state.nodes} nodes, ${state.relationships} relationships): ` +
      'a bulk import only loads into an empty or new store. Import into it without --bulk ' +
      '(`npm run import -- FILE…`), or bulk import into a new store: set NEO4J_LOCAL_DATA_DIR to a new ' +
      'directory (or move this one away), and give the seminar data too if you want it (seed/data/*.json).',
  );
}

function connectTo(server: LocalNeo4j): Database {
  return createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
}

function atLeast1g(heap: string): string {
  const bytes = (size: string) => Number(size.slice(0, -1)) * 1024 ** ' kmg'.indexOf(size.at(-1)!.toLowerCase());
  return bytes(heap) >= bytes('1g') ? heap : '1g';
}

/** What was in the data directory before, to put it back on failure. */
interface Before {
  dataDirExisted: boolean;
  entries: Set<string>;
}

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

/** What install moved, to undo it: directories put aside (from → to), and directories put in place. */
interface Moves {
  aside: Array<[string, string]>;
  placed: string[];
}

/** Moves the imported database into the store, keeping what was there (an empty graph) aside. */
async function install(
  staged: LocalStoreLayout,
  layout: LocalStoreLayout,
  previous: string,
  moves: Moves,
): Promise<void> {
  await mkdir(previous, { recursive: true });
  for (const [dir, name] of [
    [layout.databaseDir, 'database'],
    [layout.transactionsDir, 'transactions'],
  ] as const) {
    if (!existsSync(dir)) continue;
    await rename(dir, join(previous, name));
    moves.aside.push([dir, join(previous, name)]);
  }
  for (const [from, to] of [
    [staged.databaseDir, layout.databaseDir],
    [staged.transactionsDir, layout.transactionsDir],
  ] as const) {
    if (!existsSync(from)) continue;
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    moves.placed.push(to);
  }
}

/** Puts the store back as it was: the previous database files, and nothing this import added. */
async function restore(moves: Moves, before: Before, dataDir: string, staging: string): Promise<void> {
  if (!before.dataDirExisted) {
    await rm(dataDir, { recursive: true, force: true });
    return;
  }
  for (const dir of moves.placed) await rm(dir, { recursive: true, force: true });
  for (const [dir, aside] of moves.aside) await rename(aside, dir);
  await rm(staging, { recursive: true, force: true });
  for (const entry of await readdir(dataDir)) {
    if (!before.entries.has(entry)) await rm(join(dataDir, entry), { recursive: true, force: true });
  }
}

const name = (identifier: string) => `\`${identifier.replaceAll('`', '``')}\``;

/**
 * Sets the empty lists the importer could not write. Where every row of a group has the list, a
 * missing one is an empty one: found by a scan, in one statement per property for all such groups
 * (`scan`). Otherwise by id, once the id constraints index them (`ids`).
 */
async function setEmptyLists(db: Database, lists: readonly EmptyLists[], how: 'scan' | 'ids'): Promise<void> {
  if (how === 'scan') {
    const byProperty = new Map<string, EmptyLists[]>();
    for (const list of lists.filter((l) => l.everyRow)) {
      const key = `${list.kind} ${list.property}`;
      byProperty.set(key, [...(byProperty.get(key) ?? []), list]);
    }
    for (const group of byProperty.values()) {
      const { kind, property } = group[0]!;
      const match =
        kind === 'nodes'
          ? `MATCH (x) WHERE (${group.map((l) => `x:${name(l.group)}`).join(' OR ')})`
          : `MATCH ()-[x]->() WHERE (${group.map((l) => `x:${name(l.group)}`).join(' OR ')})`;
      // Batches in transactions of their own: one transaction for a million nodes would hold them all.
      const session = db.driver.session({ database: db.name });
      try {
        await session.run(
          `${match} AND x.${name(property)} IS NULL
           CALL (x) { SET x.${name(property)} = $empty } IN TRANSACTIONS OF 50000 ROWS`,
          { empty: [] },
        );
      } finally {
        await session.close();
      }
    }
    return;
  }
  for (const list of lists.filter((l) => !l.everyRow)) {
    const byId = list.kind === 'nodes' ? `(x:${name(list.group)} {id: id})` : `()-[x:${name(list.group)} {id: id}]->()`;
    for (const ids of chunks(list.ids, 10_000)) {
      await db.write((tx) =>
        tx.run(`UNWIND $ids AS id MATCH ${byId} SET x.${name(list.property)} = $empty`, { ids, empty: [] }),
      );
    }
  }
}

/** The store holds what the data set has, label by label and type by type, and every index is online. */
async function verify(db: Database, dataset: Dataset, files: readonly BulkCsvFile[]): Promise<void> {
  // The rows of each file (counted while writing them: a million records are not walked again).
  const expected = new Map<string, number>([
    [`(:${ENTITY_LABEL})`, dataset.nodes.length],
    ['()', dataset.nodes.length + dataset.sources.length],
    ['()-[]->()', dataset.relationships.length],
  ]);
  for (const file of files)
    expected.set(file.kind === 'nodes' ? `(:${file.group})` : `()-[:${file.group}]->()`, file.rows);

  // One statement (one plan), every count from Neo4j's counts store.
  const keys = [...expected.keys()];
  const query =
    keys
      .map((key, i) =>
        key.startsWith('()-')
          ? `CALL () { MATCH ${key.replace('[', '[x')} RETURN count(x) AS c${i} }`
          : `CALL () { MATCH ${key.replace('(', '(x')} RETURN count(x) AS c${i} }`,
      )
      .join('\n') + `\nRETURN ${keys.map((_, i) => `c${i}`).join(', ')}`;
  const problems: string[] = [];
  await db.read(async (tx) => {
    const record = (await tx.run(query)).records[0];
    keys.forEach((key, i) => {
      const found = Number(record?.get(`c${i}`) ?? -1);
      if (found !== expected.get(key)) problems.push(`${key}: ${found}, expected ${expected.get(key)}`);
    });
    const offline = await tx.run("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state");
    for (const r of offline.records) problems.push(`index ${r.get('name')} is ${r.get('state')}`);
  });
  if (problems.length) throw new LoadError(`The imported store is not what was imported: ${problems.join('; ')}`);
}
