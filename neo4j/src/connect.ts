import type { Config } from './config';
import { createDatabase, type Database, type DatabaseOptions } from './database';
import { startLocalNeo4j, type LocalNeo4j } from './localServer';
import { findRunningLocalNeo4j } from './runningServer';

export interface Connected {
  db: Database;
  /** The local server this process started, when NEO4J_URI was not set. */
  local: LocalNeo4j | undefined;
  /** Which database this is, in words: `database "neo4j" at bolt://…`, and whose server. */
  target: string;
  /** Closes the driver, then stops the local server if there is one. */
  close(): Promise<void>;
}

export interface ConnectOptions extends DatabaseOptions {
  log?: (message: string) => void;
  /**
   * When NEO4J_URI is unset and a local Neo4j already runs on the data directory (`npm start`),
   * use it instead of starting one (which its lock on the store would refuse). For commands run
   * beside the app; the server itself keeps one DBMS per data directory.
   */
  useRunningLocal?: boolean;
}

/**
 * Connects to the configured Neo4j, or to the local one: the one running on the data directory
 * (with `useRunningLocal`), else one started here. A remote server that is down does not make this
 * fail: callers check `db.verify()`.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connected> {
  const { log, useRunningLocal, ...databaseOptions } = options;
  const open = (uri: string) =>
    createDatabase({ ...config.neo4j, uri }, { readTimeoutMs: config.readTimeoutMs, ...databaseOptions });
  const database = `database "${config.neo4j.database}"`;
  if (config.neo4j.uri !== undefined) {
    const db = open(config.neo4j.uri);
    return { db, local: undefined, target: `${database} at ${config.neo4j.uri} (NEO4J_URI)`, close: () => db.close() };
  }
  const dataDir = config.local.dataDir;
  if (useRunningLocal) {
    const running = await findRunningLocalNeo4j(dataDir);
    if (running) {
      const db = open(running.uri);
      try {
        await db.verify();
        const target = `${database} at ${running.uri}, the running local Neo4j (data in ${dataDir})`;
        return { db, local: undefined, target, close: () => db.close() };
      } catch {
        // It stopped meanwhile: start one below.
        await db.close();
      }
    }
  }
  const local = await startLocalNeo4j({ ...config.local, log });
  const db = open(local.uri);
  return {
    db,
    local,
    target: `${database} at ${local.uri}, a local Neo4j started for this command (data in ${dataDir})`,
    async close() {
      await db.close();
      await local.stop();
    },
  };
}
