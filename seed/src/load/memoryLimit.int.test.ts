import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, startLocalNeo4j, type Database, type LocalNeo4j } from '@faire-collectif/neo4j';
import { validateDataset } from '../format/validate';
import { generateDataset } from '../generate/generateDataset';
import { declareSchema } from './declareSchema';
import { LoadError, loadDataset } from './loadDataset';

// Its own Neo4j, whose transactions may hold 10 MiB together: a load of a few thousand nodes
// exceeds it, as a national registry exceeds the default.
let dataDir: string;
let server: LocalNeo4j;
let db: Database;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'seed-memory-limit-'));
  server = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '64m', transactionMemoryMax: '10m' });
  db = createDatabase({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  await declareSchema(db);
});
afterAll(async () => {
  await db?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a load over the transaction memory limit', () => {
  it('fails at once, naming the limit and the bulk import, and writes nothing', async () => {
    const dataset = validateDataset(generateDataset({ nodes: 5000, seed: 3 }), 'registry.json');
    const started = performance.now();
    const error = await loadDataset(db, dataset).catch((e: unknown) => e);
    const seconds = (performance.now() - started) / 1000;

    expect(error).toBeInstanceOf(LoadError);
    expect((error as Error).message).toMatch(/reached dbms\.memory\.transaction\.total\.max \(10(\.0)? MiB\)/);
    expect((error as Error).message).toContain('npm run import -- --bulk');
    // The driver would have retried the whole load for 30 s.
    expect(seconds).toBeLessThan(25);
    const left = await db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS n'));
    expect(left.records[0]?.get('n')).toBe(0);
  }, 90_000);
});
