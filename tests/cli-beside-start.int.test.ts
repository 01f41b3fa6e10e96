import { spawn } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, readSeedDocuments, validateDocuments } from '@faire-collectif/seed';
import { exitOf, ROOT, serverEnv, startServer, type RunningServer } from './support/server';

// The commands beside a running `npm start`: they use its local Neo4j (whose store it locks)
// rather than start their own, and say which database they act on.

function npmRun(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the commands beside the running app', () => {
  let dataDir: string;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-beside-'));
    server = await startServer(serverEnv(dataDir));
  }, 240_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGINT');
      await exitOf(server.child);
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('export and seed use the running local Neo4j, say so, and leave it running', async () => {
    const bolt = /Local Neo4j ready at (bolt:\/\/127\.0\.0\.1:\d+)/.exec(server!.output())?.[1];
    expect(bolt).toBeDefined();
    expect(JSON.parse(await readFile(join(dataDir, 'running.json'), 'utf8'))).toMatchObject({ uri: bolt });
    const env = serverEnv(dataDir);

    const out = join(dataDir, 'graph.graphml');
    const exported = await npmRun(['export', '--', '--format', 'graphml', '--out', out], env);
    expect(exported.stderr).toContain(
      `Using database "neo4j" at ${bolt}, the running local Neo4j (data in ${dataDir}).`,
    );
    // `npm start` seeded every data set of seed/data.
    const seededData = validateDocuments((await readSeedDocuments(DEFAULT_DATA_DIR)).documents);
    expect(exported.stderr).toContain(
      `Exported ${seededData.nodes.length} nodes, ${seededData.relationships.length} relationships and ` +
        `${seededData.sources.length} sources`,
    );
    expect(exported.code).toBe(0);
    const graphml = await readFile(out, 'utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain('org:ig-metall');

    const seeded = await npmRun(['seed', '--', '--dry-run'], env);
    expect(seeded.stderr).toContain(`Using database "neo4j" at ${bolt}, the running local Neo4j`);
    expect(seeded.code).toBe(0);

    const ready = await fetch(`http://127.0.0.1:${server!.port}/health/ready`);
    expect(ready.status).toBe(200);

    server!.child.kill('SIGINT');
    expect(await exitOf(server!.child)).toBe(0);
    expect(await exists(join(dataDir, 'running.json'))).toBe(false);
  }, 240_000);
});
