import type { Config } from './config';
import { createDatabase, type Database, type DatabaseOptions } from './database';
import { startLocalNeo4j, type LocalNeo4j } from './localServer';

export interface Connected {
  db: Database;
  /** The local server this process started, when NEO4J_URI was not set. */
  local: LocalNeo4j | undefined;
  /** Closes the driver, then stops the local server if there is one. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j, or starts the local one when NEO4J_URI is unset.
 * A remote server that is down does not make this fail: callers check `db.verify()`.
 */
export async function connect(
  config: Config,
  options: DatabaseOptions & { log?: (message: string) => void } = {},
): Promise<Connected> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (uri === undefined) {
    local = await startLocalNeo4j({ ...config.local, log: options.log });
    uri = local.uri;
  }
  const db = createDatabase({ ...config.neo4j, uri }, { readTimeoutMs: config.readTimeoutMs, ...options });
  return {
    db,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
