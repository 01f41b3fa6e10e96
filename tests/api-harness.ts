// Shared by the API's integration tests (`tests/api-*.int.test.ts`): the real app on a free port,
// the programme data set loaded by the seed package, and a small GraphQL-over-HTTP client.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '@faire-collectif/api';
import type { Database, Tx } from '@faire-collectif/neo4j';
import {
  DEFAULT_DATA_DIR,
  declareSchema,
  loadDataset,
  readInputFiles,
  seedIfEmpty,
  validateDocuments,
} from '@faire-collectif/seed';
import { clearGraph, testDatabase } from '@faire-collectif/seed/testing';

export const PROGRAMME = join(DEFAULT_DATA_DIR, 'programme-2016-07-08.json');

/** Empties the graph and loads the seminar programme, as `npm run seed` would. */
export async function seedProgramme(db: Database): Promise<void> {
  await clearGraph(db);
  await declareSchema(db);
  await loadDataset(db, validateDocuments(await readInputFiles([PROGRAMME])));
}

/** Empties the graph and loads every data set of `seed/data` with their Dataset nodes, as `npm start` would. */
export async function seedAllDatasets(db: Database): Promise<void> {
  await clearGraph(db);
  await seedIfEmpty(db);
}

export interface GraphQLError {
  message: string;
  locations?: Array<{ line: number; column: number }>;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

export interface GraphQLBody<D = Record<string, unknown>> {
  data?: D | null;
  errors?: GraphQLError[];
}

/**
 * What `data` holds when a test does not say: tests read into it freely and check it with
 * `toEqual`, so spelling out each operation's type would only repeat the schema.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyData = Record<string, any>;

export interface HttpAnswer<D> {
  status: number;
  headers: Headers;
  body: GraphQLBody<D>;
}

export interface RunningApi {
  url: string;
  /** POST a GraphQL operation as JSON, as clients do. */
  post<D = AnyData>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpAnswer<D>>;
  /** The response body of `post`. */
  query<D = AnyData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLBody<D>>;
  close(): Promise<void>;
}

/** The app as `npm start` serves it, on a free port, over `db`; `options` as createApp takes them. */
export async function startApi(db: Database, options: Omit<AppOptions, 'db'> = {}): Promise<RunningApi> {
  const app = await createApp({ db, logInternalError: () => {}, ...options });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post: RunningApi['post'] = async (query, variables, headers) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody<never> };
  };
  return {
    url,
    post,
    query: async <D>(query: string, variables?: Record<string, unknown>) => (await post<D>(query, variables)).body,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * For a test file: before its tests, the programme loaded into the run's Neo4j and the app
 * serving it; after them, both closed. The handle is usable inside tests and hooks.
 */
export function useProgrammeApi(): RunningApi & { readonly db: Database } {
  return useSeededApi(seedProgramme);
}

/** As useProgrammeApi, over the graph `seed` loads (seedAllDatasets: both data sets). */
export function useSeededApi(seed: (db: Database) => Promise<void>): RunningApi & { readonly db: Database } {
  let db: Database | undefined;
  let running: RunningApi | undefined;
  beforeAll(async () => {
    db = testDatabase();
    await seed(db);
    running = await startApi(db);
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });
  const started = () => {
    if (running === undefined || db === undefined)
      throw new Error('The API starts in beforeAll: use it in tests and hooks.');
    return { running, db };
  };
  return {
    get db() {
      return started().db;
    },
    get url() {
      return started().running.url;
    },
    post: <D = AnyData>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      started().running.post<D>(query, variables, headers),
    query: <D = AnyData>(query: string, variables?: Record<string, unknown>) =>
      started().running.query<D>(query, variables),
    close: () => started().running.close(),
  };
}

/**
 * A Database on a port where nothing listens, as when Neo4j is down. Built on the driver itself
 * rather than `createDatabase` only to turn off the driver's transaction retries, which would
 * otherwise keep each request waiting 30 seconds before it fails (DatabaseOptions has no setting
 * for them); sessions and transactions are used exactly as `createDatabase` uses them.
 */
export function unreachableDatabase(): Database {
  const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', ''), {
    connectionAcquisitionTimeout: 500,
    maxTransactionRetryTime: 0,
    disableLosslessIntegers: true,
  });
  let queryCount = 0;
  const run = async <T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>): Promise<T> => {
    const session = driver.session({
      database: 'neo4j',
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const counted = (tx: Tx): Tx => ({
        run(cypher, parameters) {
          queryCount += 1;
          return tx.run(cypher, parameters);
        },
      });
      return mode === 'READ'
        ? await session.executeRead((tx) => work(counted(tx)))
        : await session.executeWrite((tx) => work(counted(tx)));
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    name: 'neo4j',
    get queryCount() {
      return queryCount;
    },
    read: (work) => run('READ', work),
    write: (work) => run('WRITE', work),
    verify: () => driver.verifyConnectivity({ database: 'neo4j' }).then(() => undefined),
    close: () => driver.close(),
  };
}
