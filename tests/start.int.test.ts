import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitOf, ROOT, serverEnv, startServer } from './support/server';

// What `npm start` does after the web build: the server process, its local Neo4j, the seed,
// the health checks and a clean Ctrl-C, run as a user would run it.
async function getJson(port: number, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: await response.json() };
}

describe('starting the server', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the local Neo4j, seeds it, reports ready, stops on Ctrl-C and reuses the data next time', async () => {
    const first = await startServer(serverEnv(dataDir));
    expect(first.output()).toMatch(/Local Neo4j ready at bolt:\/\/127\.0\.0\.1:\d+/);
    expect(first.output()).toMatch(/Seeded an empty graph/);
    expect(await getJson(first.port, '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await getJson(first.port, '/health/ready')).toEqual({ status: 200, body: { status: 'ok', database: 'up' } });
    first.child.kill('SIGINT');
    expect(await exitOf(first.child)).toBe(0);
    expect(first.output()).toMatch(/SIGINT: stopping…\n.*Stopped\./);

    const second = await startServer(serverEnv(dataDir));
    expect(second.output()).not.toMatch(/Seeded/);
    expect(await getJson(second.port, '/health/ready')).toEqual({
      status: 200,
      body: { status: 'ok', database: 'up' },
    });
    second.child.kill('SIGTERM');
    expect(await exitOf(second.child)).toBe(0);
  }, 240_000);

  it('refuses a bad setting with a message naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
      cwd: ROOT,
      env: serverEnv(dataDir, { PORT: 'eighty' }),
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    expect(await exitOf(child)).toBe(1);
    expect(stderr.trim()).toBe('[faire-collectif] Invalid PORT: expected a port number');
  });
});
