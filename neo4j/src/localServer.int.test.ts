import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from './database';
import { startLocalNeo4j, StoreInUseError, type LocalNeo4j } from './localServer';

// This suite starts its own server on its own store (the run's shared one is left alone) to
// check what `npm start` relies on: start, connect, refuse a second process, stop, keep data.
const settings = { heap: '512m', pageCache: '64m' };

function connectTo(server: LocalNeo4j) {
  return createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the local Neo4j', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-launcher-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts on a free loopback port, answers Bolt, and stops cleanly keeping its data', async () => {
    const first = await startLocalNeo4j({ dataDir, ...settings });
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const db = connectTo(first);
    await db.verify();
    await db.write((tx) => tx.run('CREATE (:LauncherProbe {value: $value})', { value: 42 }));
    await db.close();
    await first.stop();
    expect(isRunning(first.pid)).toBe(false);

    const second = await startLocalNeo4j({ dataDir, ...settings });
    const again = connectTo(second);
    const result = await again.read((tx) =>
      tx.run<{ value: number }>('MATCH (p:LauncherProbe) RETURN p.value AS value'),
    );
    expect(result.records.map((record) => record.get('value'))).toEqual([42]);
    await again.close();
    await second.stop();

    // A clean stop checkpoints: the restart must not have needed recovery.
    const debugLog = await readFile(join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(debugLog).not.toMatch(/Recovery (required|completed)/i);
  });

  it('refuses a second process on the same store with a clear error', async () => {
    const owner = await startLocalNeo4j({ dataDir, ...settings });
    try {
      const refused = await startLocalNeo4j({ dataDir, ...settings }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(StoreInUseError);
      expect((refused as Error).message).toMatch(
        /is in use by another process .* set NEO4J_LOCAL_DATA_DIR to another directory/,
      );
      await connectTo(owner).verify();
    } finally {
      await owner.stop();
    }
  });

  it('stops by itself when the process that started it dies', async () => {
    // A child Node process starts Neo4j and is then killed without any cleanup.
    const script = [
      `import { startLocalNeo4j } from '@faire-collectif/neo4j';`,
      `const s = await startLocalNeo4j(${JSON.stringify({ dataDir, ...settings })});`,
      `console.log('PID ' + s.pid);`,
      `setInterval(() => {}, 1000);`,
    ].join('\n');
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const neo4jPid = await new Promise<number>((resolvePid, reject) => {
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (chunk: string) => {
        const match = /PID (\d+)/.exec(chunk);
        if (match) resolvePid(Number(match[1]));
      });
      parent.on('exit', (code) => reject(new Error(`parent exited early (${code})`)));
    });
    expect(isRunning(neo4jPid)).toBe(true);
    parent.kill('SIGKILL');

    const deadline = Date.now() + 30_000;
    while (isRunning(neo4jPid) && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 200));
    }
    expect(isRunning(neo4jPid)).toBe(false);
    // …and it released the store: a new server can open it.
    const next = await startLocalNeo4j({ dataDir, ...settings });
    await next.stop();
  });
});
