import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, startLocalNeo4j, type Database, type LocalNeo4j } from '@faire-collectif/neo4j';
import { DEFAULT_DATA_DIR, readSeedDocuments, validateDocuments } from '@faire-collectif/seed';
import { graphChecksum } from '../api/scripts/graphSnapshot';
import { eventually, freePort, serverEnv, startServerProcess, type ServerProcess } from './reliability-support';

// The server against a database that goes away: `npm start`'s process with NEO4J_URI pointing at
// a Neo4j of this test's own (a fixed port in a temp directory, so it can be stopped and started
// again at the same address). The server must start without it, answer DATABASE_UNAVAILABLE
// meanwhile, seed once it comes, and recover by itself after a restart in the middle of traffic.

const QUERY = '{ organisations(first: 100) { totalCount nodes { id } } }';

interface Answer {
  status: number;
  codes: string[];
  totalCount?: number;
}

async function ask(url: string, query = QUERY): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: { organisations?: { totalCount: number } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    codes: (body.errors ?? []).map((error) => String(error.extensions?.code)),
    totalCount: body.data?.organisations?.totalCount,
  };
}

const ready = async (url: string) => (await fetch(`${url}/health/ready`)).status;

let dataDir: string;
let boltPort: number;
let neo4j: LocalNeo4j | undefined;
let server: ServerProcess | undefined;
let probe: Database | undefined;

const startNeo4j = async () => {
  neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m', port: boltPort });
};

/** How many organisations `npm start` seeds: every data set of seed/data. */
let organisations: number;

beforeAll(async () => {
  const seeded = validateDocuments((await readSeedDocuments(DEFAULT_DATA_DIR)).documents);
  organisations = seeded.nodes.filter((node) => node.label === 'Organisation').length;
  dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-outage-'));
  boltPort = await freePort();
});

afterAll(async () => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  await probe?.close();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a database outage', () => {
  it('starts without the database, answers DATABASE_UNAVAILABLE, then seeds and serves once it comes', async () => {
    server = await startServerProcess(serverEnv({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}` }));
    expect(server.output()).toMatch(/The database is not answering: serving anyway/);
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    expect(await ready(server.url)).toBe(503);
    expect(await ask(server.url)).toEqual({ status: 200, codes: ['DATABASE_UNAVAILABLE'], totalCount: undefined });

    await startNeo4j();
    const up = server;
    expect(await eventually(async () => (await ask(up.url)).totalCount === organisations, 120_000)).toBe(true);
    expect(await ready(server.url)).toBe(200);
    expect(server.output()).toMatch(/Seeded an empty graph/);
  }, 240_000);

  it('recovers by itself from a restart in the middle of traffic, with the graph unchanged', async () => {
    const url = server!.url;
    probe = createDatabase({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password: '', database: 'neo4j' });
    const before = await graphChecksum(probe);
    await probe.close();
    probe = undefined;

    // Three clients asking in a loop until told to stop; every answer is kept.
    const answers: Array<Answer & { phase: string }> = [];
    let phase = 'before';
    let running = true;
    const client = async () => {
      while (running) {
        const answer = await ask(url).catch(() => ({ status: 0, codes: ['NO_RESPONSE'] }));
        answers.push({ ...answer, phase });
      }
    };
    const clients = [client(), client(), client()];
    expect(
      await eventually(async () => answers.filter((a) => a.totalCount === organisations).length >= 10, 60_000, 50),
    ).toBe(true);

    phase = 'down';
    await neo4j!.stop();
    expect(
      await eventually(async () => answers.some((a) => a.phase === 'down' && a.codes.length > 0), 60_000, 50),
    ).toBe(true);
    expect(await ready(url)).toBe(503);

    phase = 'restarting';
    await startNeo4j();
    phase = 'after';
    expect(
      await eventually(
        async () => answers.filter((a) => a.phase === 'after' && a.totalCount === organisations).length >= 10,
        120_000,
        50,
      ),
    ).toBe(true);
    running = false;
    await Promise.all(clients);

    // Never a 5xx or a dropped request; failures are said as the database being unavailable.
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    const codes = new Set(answers.flatMap((a) => a.codes));
    expect([...codes].filter((code) => code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(answers.filter((a) => a.codes.length === 0).every((a) => a.totalCount === organisations)).toBe(true);
    expect(await ready(url)).toBe(200);

    probe = createDatabase({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password: '', database: 'neo4j' });
    expect(await graphChecksum(probe)).toEqual(before);
  }, 300_000);

  it('stops cleanly on SIGTERM', async () => {
    server!.child.kill('SIGTERM');
    expect(await server!.exited()).toBe(0);
    expect(server!.output()).toMatch(/SIGTERM: stopping…\n.*Stopped\./);
  }, 60_000);
});
