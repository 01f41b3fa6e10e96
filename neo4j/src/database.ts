import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConnection } from './config';

/** The part of a transaction that data-access code uses: run parameterised Cypher. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(
    cypher: string,
    parameters?: Record<string, unknown>,
  ): Promise<QueryResult<R>>;
}

export interface Database {
  readonly driver: Driver;
  /** The database every session names (Neo4j's routing needs it, and it spares a round trip). */
  readonly name: string;
  /** How many Cypher statements this handle has run: lets tests prove there is no N+1. */
  readonly queryCount: number;
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Resolves when the server answers; rejects with the driver's error otherwise. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /**
   * Longest a read transaction may run before the server cancels it, so no query runs away.
   * Writes (imports) are not bounded here: they are all-or-nothing and may legitimately be long.
   */
  readTimeoutMs?: number;
  /** Bolt connection acquisition timeout; keeps requests from hanging while the server is down. */
  connectionAcquisitionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /**
   * How long the driver retries a transaction that failed transiently (server down, leader
   * switch). Its default of 30 s suits batch jobs; a request-serving process wants a short one so
   * clients learn of an outage at once.
   */
  maxTransactionRetryTimeMs?: number;
}

/** One driver per process: create it once and share the handle. */
export function createDatabase(connection: Neo4jConnection & { uri: string }, options: DatabaseOptions = {}): Database {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts and ids in this graph stay far below 2^53, so plain numbers are safe and simpler.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 10_000,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 30_000,
    userAgent: 'faire-collectif',
  });
  const readConfig = options.readTimeoutMs === undefined ? undefined : { timeout: options.readTimeoutMs };
  let queryCount = 0;
  const counted = (tx: ManagedTransaction): Tx => ({
    run(cypher, parameters) {
      queryCount += 1;
      return tx.run(cypher, parameters);
    },
  });

  async function withSession<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = driver.session({
      database: connection.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(counted(tx)), readConfig)
        : await session.executeWrite((tx) => work(counted(tx)));
    } finally {
      await session.close();
    }
  }

  return {
    driver,
    name: connection.database,
    get queryCount() {
      return queryCount;
    },
    read: (work) => withSession('READ', work),
    write: (work) => withSession('WRITE', work),
    async verify() {
      await driver.verifyConnectivity({ database: connection.database });
    },
    close: () => driver.close(),
  };
}
