import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j, StoreInUseError } from './localServer';
import { holdStoreLock, localStoreLayout, runNeo4jAdmin } from './localStore';

// Its own store in a temp directory: the run's shared server is left alone.
const settings = { heap: '512m', pageCache: '64m' };

describe('the local store, while no Neo4j runs on it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'faire-collectif-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is locked against any local Neo4j, and cannot be locked while one runs', async () => {
    const dataDir = join(dir, 'store');
    const lock = await holdStoreLock(dataDir);
    const refused = await startLocalNeo4j({ dataDir, ...settings }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreInUseError);
    await lock.release();

    const server = await startLocalNeo4j({ dataDir, ...settings });
    try {
      await expect(holdStoreLock(dataDir)).rejects.toBeInstanceOf(StoreInUseError);
    } finally {
      await server.stop();
    }
    const again = await holdStoreLock(dataDir);
    await again.release();
  }, 120_000);

  it('has the layout the launcher writes, and neo4j-admin runs on it', async () => {
    const layout = localStoreLayout('/data/x');
    expect(layout).toEqual({
      home: '/data/x',
      databaseDir: '/data/x/data/databases/neo4j',
      transactionsDir: '/data/x/data/transactions/neo4j',
    });
    const run = await runNeo4jAdmin(['--version'], { home: join(dir, 'admin'), heap: '128m' });
    expect(run.code).toBe(0);
    expect(run.lines.join('\n')).toMatch(/5\.26\.\d+/);
  }, 60_000);
});
