import { Agent, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, HttpDrain } from '@faire-collectif/api';
import { startLocalNeo4j, type Database } from '@faire-collectif/neo4j';
import { seedProgramme } from './api-harness';
import { serverEnv, startServerProcess } from './reliability-support';
import { testDatabase } from '@faire-collectif/seed/testing';

// A graceful stop: running requests finish, idle keep-alive connections close at once, new ones
// are refused, whatever outlives the deadline is cut; then `npm start`'s process closes the
// driver and stops its local Neo4j cleanly, so the next start needs no recovery.

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await seedProgramme(db);
});
afterAll(async () => {
  await db?.close();
});

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** The database, with reads held at a gate once they start, so a request stays in flight. */
function gatedDatabase(gate: Promise<void>, entered: () => void): Database {
  return {
    driver: db.driver,
    name: db.name,
    queryCount: 0,
    read: async (work) => {
      entered();
      await gate;
      return db.read(work);
    },
    write: (work) => db.write(work),
    verify: () => db.verify(),
    close: async () => {},
  };
}

async function listen(database: Database, drain: HttpDrain): Promise<{ server: Server; url: string }> {
  const app = await createApp({ db: database, drain, logInternalError: () => {} });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const QUERY = JSON.stringify({ query: '{ organisations { totalCount } }' });
const post = (url: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });

/** A keep-alive connection left idle after one request; resolves `closed` when the server closes it. */
async function idleKeepAlive(url: string): Promise<{ closed: Promise<void> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise((resolve, reject) => {
    const req = request(`${url}/health/live`, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ closed }));
    });
    let closed: Promise<void> = Promise.resolve();
    req.on('socket', (socket: Socket) => {
      closed = new Promise((done) => socket.once('close', () => done()));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('draining the HTTP server', () => {
  it('lets a running request finish, closes idle connections and refuses new ones', async () => {
    const gate = deferred();
    const entered = deferred();
    const drain = new HttpDrain();
    const { server, url } = await listen(gatedDatabase(gate.promise, entered.resolve), drain);

    const idle = await idleKeepAlive(url);
    const inFlight = post(url);
    await entered.promise;
    const drained = drain.drain(server, 30_000);

    await idle.closed;
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
    gate.resolve();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ data: { organisations: { totalCount: 16 } } });
    expect(await drained).toEqual({ cut: false });
  });

  it('cuts what still runs at the deadline', async () => {
    const never = deferred();
    const entered = deferred();
    const drain = new HttpDrain();
    const { server, url } = await listen(gatedDatabase(never.promise, entered.resolve), drain);
    const stuck = post(url);
    await entered.promise;
    expect(await drain.drain(server, 300)).toEqual({ cut: true });
    await expect(stuck).rejects.toThrow();
    never.resolve();
  });
});

describe('stopping `npm start`', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-shutdown-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops its local Neo4j cleanly on SIGTERM: the next start needs no recovery', async () => {
    const server = await startServerProcess(
      serverEnv({ NEO4J_LOCAL_DATA_DIR: dataDir, NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE: '64m' }),
    );
    const answers = await Promise.all([post(server.url), post(server.url), post(server.url)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    server.child.kill('SIGTERM');
    expect(await server.exited()).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: stopping…\n.*Stopped\./);
    expect(server.output()).toMatch(/"event":"stopped"/);

    const again = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m' });
    await again.stop();
    const debugLog = await readFile(join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(debugLog).not.toMatch(/Recovery (required|completed)/i);
  }, 300_000);
});
