import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAverage } from './machine';
import type { LoadJob, LoadResult } from './load-stats';
import { QUERY_PAIRS, requestBodies, type QueryPair, type Workload } from './queries';
import { postGraphQL, type RunningServer } from './servers/spawn';

const WORKER = new URL('./load-worker.ts', import.meta.url).pathname;
/** Distinct request bodies per query: far more than any cache would keep warm by chance. */
const BODIES = 500;

export interface QueryFigures {
  /** One connection: the latency of a request on an otherwise idle server. */
  serial: LoadResult;
  /** `connections` concurrent connections: throughput, and latency under that load. */
  concurrent: LoadResult;
  loadAverage: number;
}

export interface LoadSettings {
  durationS: number;
  warmupS: number;
  connections: number;
}

/** Runs load-worker.ts in its own process and returns what it measured. */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-load-'));
  try {
    const file = join(dir, 'job.json');
    await writeFile(file, JSON.stringify(job));
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const budgetMs = (job.durationS + job.warmupS) * 1000 + 90_000;
    const timer = setTimeout(() => child.kill('SIGKILL'), budgetMs);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearTimeout(timer);
    const line = stdout.trim().split('\n').at(-1);
    if (code !== 0 || !line) throw new Error(`the load worker failed (exit ${code}):\n${stderr}`);
    return JSON.parse(line) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Checks that one request of each query answers without errors, before any load. */
export async function checkAnswers(server: RunningServer, side: 'ours' | 'peer', workload: Workload): Promise<void> {
  for (const pair of QUERY_PAIRS) {
    const { query, variables } = pair[side](workload, 0);
    const response = await postGraphQL(server.url, query, variables);
    if (response.errors?.length || response.data === undefined) {
      throw new Error(`${server.name} cannot answer "${pair.title}": ${JSON.stringify(response.errors ?? response)}`);
    }
  }
}

/**
 * One query on one server: a serial run (one connection) for latency, then a concurrent run for
 * throughput, each after its own warm-up, parameters varying with every request.
 */
export async function measureQuery(
  server: RunningServer,
  side: 'ours' | 'peer',
  pair: QueryPair,
  workload: Workload,
  settings: LoadSettings,
  log: (message: string) => void,
): Promise<QueryFigures> {
  const bodies = requestBodies(pair, side, workload, BODIES);
  const job = (connections: number, durationS: number): LoadJob => ({
    url: server.url,
    bodies,
    connections,
    durationS,
    warmupS: settings.warmupS,
  });
  const serial = await runLoad(job(1, Math.max(1, settings.durationS / 2)));
  const concurrent = await runLoad(job(settings.connections, settings.durationS));
  const errors = serial.graphqlErrors + serial.non2xx + concurrent.graphqlErrors + concurrent.non2xx;
  log(
    `${side.padEnd(4)} ${pair.title}: p50 ${serial.p50Ms} ms, p95 ${serial.p95Ms} ms, p99 ${serial.p99Ms} ms (1 conn); ` +
      `${concurrent.rps} req/s, p95 ${concurrent.p95Ms} ms (${settings.connections} conn)` +
      `${errors ? `; ${errors} errors: ${serial.firstError ?? concurrent.firstError}` : ''}; load ${loadAverage()}`,
  );
  return { serial, concurrent, loadAverage: loadAverage() };
}
