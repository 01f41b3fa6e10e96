import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { generateDataset, resetGraph } from '@faire-collectif/seed';
import { graphChecksum, snapshotGraph } from '../api/scripts/graphSnapshot';
import { seedProgramme } from './api-harness';
import { eventually } from './reliability-support';
import { testDatabase } from '@faire-collectif/seed/testing';

// The data is safe through the command line too: an import killed with SIGKILL in the middle of
// writing leaves the graph as it was, and export → wipe → import gives back the same graph.

const root = join(import.meta.dirname, '..');
let db: Database;
let dir: string;

interface Run {
  code: number | null;
  output: string;
}

/** `npm run <script> -- args`, against the run's throwaway Neo4j. */
function npmRun(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** The statements still running in Neo4j, other than this query itself. */
async function runningStatements(): Promise<string[]> {
  const result = await db.read((tx) => tx.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery'));
  return result.records
    .map((record) => String(record.get('currentQuery') ?? ''))
    .filter((query) => !query.startsWith('SHOW TRANSACTIONS'));
}

beforeAll(async () => {
  db = testDatabase();
  dir = await mkdtemp(join(tmpdir(), 'faire-collectif-import-'));
});
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await seedProgramme(db);
});

describe('npm run import', () => {
  it('killed with SIGKILL in the middle of writing, leaves the previous graph intact', async () => {
    const before = await graphChecksum(db);
    const big = join(dir, 'big.json');
    await writeFile(big, JSON.stringify(generateDataset({ nodes: 5000, seed: 7, dataset: 'big' })));

    // The importer itself (what `npm run import` runs), so that the signal reaches it and not npm.
    const importer = spawn(process.execPath, ['--import', 'tsx', 'seed/src/cli/import.ts', big], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
    });
    let output = '';
    importer.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      importer.on('exit', (_code, signal) => resolve(signal)),
    );

    // Writing has begun when the load's CREATE statements run in Neo4j.
    const writing = await eventually(
      async () => (await runningStatements()).some((query) => query.includes('CREATE (x:')),
      120_000,
      20,
    );
    expect(writing, `the import never reached its writes:\n${output}`).toBe(true);
    importer.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toMatch(/Imported/);

    // Neo4j rolls the transaction back once it sees the connection gone.
    expect(await eventually(async () => (await runningStatements()).length === 0, 60_000)).toBe(true);
    expect(await graphChecksum(db)).toEqual(before);

    // …and the import lock went with it: the next import goes through.
    const small = join(dir, 'small.json');
    await writeFile(small, JSON.stringify(generateDataset({ nodes: 100, seed: 1, dataset: 'small' })));
    const next = await npmRun('import', [small]);
    expect(next.output).toMatch(/Imported/);
    expect(next.code).toBe(0);
  }, 240_000);

  it('restores exactly the graph that export saved, after a wipe', async () => {
    const before = await snapshotGraph(db);
    const backup = join(dir, 'backup.json');
    const exported = await npmRun('export', ['--format', 'json', '--out', backup]);
    expect(exported.code, exported.output).toBe(0);

    await resetGraph(db);
    expect((await graphChecksum(db)).nodes).toBe(0);

    const restored = await npmRun('import', [backup]);
    expect(restored.code, restored.output).toBe(0);
    const after = await snapshotGraph(db);
    expect(after.nodes.length).toBe(before.nodes.length);
    expect(after.relationships.length).toBe(before.relationships.length);
    expect(after).toEqual(before);
  }, 180_000);
});
