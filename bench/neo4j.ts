import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, startLocalNeo4j, type Database } from '@faire-collectif/neo4j';

export interface ThrowawayNeo4j {
  uri: string;
  /** The server's process, when this machine runs it (for its CPU time). */
  pid: number | undefined;
  db: Database;
  heap: string;
  pageCache: string;
  /** Closes the driver, stops the server and deletes its data directory. */
  stop(): Promise<void>;
}

/**
 * Heap and page cache for a graph of `nodes` domain nodes. The seed loader writes a data set in
 * one transaction, whose state lives on the heap until commit: about 3 KB per node with its
 * relationships, more since every dated fact carries its time, so the heap grows with the graph
 * (the 100k graph with its dated actions needs more than the 2.1 GiB a 3g heap allows a transaction).
 */
export function memoryFor(nodes: number): { heap: string; pageCache: string } {
  if (nodes <= 10_000) return { heap: '1g', pageCache: '256m' };
  if (nodes <= 100_000) return { heap: '4g', pageCache: '1g' };
  // The 1m graph: the harness itself then holds the data set in a 10 GB Node heap.
  return { heap: '9g', pageCache: '2g' };
}

/** A Neo4j of its own in a temp directory, on a free loopback port. */
export async function startThrowawayNeo4j(nodes: number, log: (message: string) => void): Promise<ThrowawayNeo4j> {
  const { heap, pageCache } = memoryFor(nodes);
  const dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-neo4j-'));
  log(`Starting a throwaway Neo4j (heap ${heap}, page cache ${pageCache}) in ${dataDir}`);
  let server;
  try {
    server = await startLocalNeo4j({ dataDir, heap, pageCache });
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const db = createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const local = server;
  return {
    uri: server.uri,
    pid: server.pid,
    db,
    heap,
    pageCache,
    async stop() {
      await db.close();
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A Neo4j someone else runs (e.g. the test suite's throwaway server). It must be empty: the bench
 * loads a generated graph into it and never deletes anything it did not create.
 */
export async function useEmptyNeo4j(uri: string): Promise<ThrowawayNeo4j> {
  const db = createDatabase({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  const result = await db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS nodes'));
  const nodes = result.records[0]?.get('nodes') as number;
  if (nodes > 0) {
    await db.close();
    throw new Error(`--neo4j-uri ${uri} holds ${nodes} nodes: the bench loads into an empty database only`);
  }
  return { uri, pid: undefined, db, heap: 'n/a (external)', pageCache: 'n/a (external)', stop: () => db.close() };
}

/**
 * A Neo4j on a directory that outlives the run (--data-dir), to measure again without importing
 * again: `entities` says how many Entity nodes it already holds (0 for a new directory).
 */
export async function startKeptNeo4j(
  dataDir: string,
  nodes: number,
  log: (message: string) => void,
): Promise<ThrowawayNeo4j & { entities: number }> {
  const { heap, pageCache } = memoryFor(nodes);
  await mkdir(dataDir, { recursive: true });
  log(`Starting Neo4j (heap ${heap}, page cache ${pageCache}) on ${dataDir} (kept)`);
  const server = await startLocalNeo4j({ dataDir, heap, pageCache });
  const db = createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const result = await db.read((tx) => tx.run('MATCH (n:Entity) RETURN count(n) AS entities'));
  return {
    uri: server.uri,
    pid: server.pid,
    db,
    heap,
    pageCache,
    entities: result.records[0]?.get('entities') as number,
    async stop() {
      await db.close();
      await server.stop();
    },
  };
}

/**
 * Memory of the bulk path for a graph of `nodes` domain nodes: the importer's heap (its caches are
 * off-heap), and the local Neo4j it starts on the new store, which holds no large transaction, only
 * index population, so a smaller heap than memoryFor's; a page cache near the store's size.
 */
export function bulkMemoryFor(nodes: number): { heap: string; pageCache: string; importerHeap: string } {
  if (nodes <= 10_000) return { heap: '1g', pageCache: '256m', importerHeap: '1g' };
  if (nodes <= 100_000) return { heap: '2g', pageCache: '1g', importerHeap: '1g' };
  return { heap: '4g', pageCache: '2g', importerHeap: '2g' };
}
