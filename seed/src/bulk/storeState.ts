import { existsSync } from 'node:fs';
import {
  createDatabase,
  localStoreLayout,
  startLocalNeo4j,
  type Database,
  type LocalNeo4j,
} from '@faire-collectif/neo4j';
import { LoadError } from '../load/loadDataset';

// What the local store holds before a bulk import: it must be empty or new.

export interface LocalStoreOptions {
  /** The local store (NEO4J_LOCAL_DATA_DIR). */
  dataDir: string;
  /** Heap and page cache of the local Neo4j started on it. */
  heap: string;
  pageCache: string;
  log?: (message: string) => void;
}

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

/** A driver on the local Neo4j started on the store. */
export function connectTo(server: LocalNeo4j): Database {
  return createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
}

/** The importer asks for a heap of at least 1g. */
export function atLeast1g(heap: string): string {
  const bytes = (size: string) => Number(size.slice(0, -1)) * 1024 ** ' kmg'.indexOf(size.at(-1)!.toLowerCase());
  return bytes(heap) >= bytes('1g') ? heap : '1g';
}
