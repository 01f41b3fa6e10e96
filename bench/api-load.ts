import { fork, type ChildProcess } from 'node:child_process';
import { cpuTimeMs, loadAverage } from './machine';
import type { LoadJob, LoadResult } from './load-stats';
import { QUERY_PAIRS, requestBodies, type QueryKey, type QueryPair, type Workload } from './queries';
import { postGraphQL, type RunningServer } from './servers/spawn';

const WORKER = new URL('./load-worker.ts', import.meta.url).pathname;
/** Distinct request bodies per query: far more than any cache would keep warm by chance. */
const BODIES = 500;

/**
 * The servers measured: ours with the cache off (every answer from Neo4j: a question asked for the
 * first time, on which the targets are judged), the peer, and ours as `npm start` serves it
 * replaying answers from its response cache (every question asked once before the runs: a
 * repeated question, not a measure of the queries).
 */
export const SIDES = {
  oursNoCache: { api: 'ours', label: 'ours, no cache', primed: false },
  peer: { api: 'peer', label: 'peer', primed: false },
  oursReplay: { api: 'ours', label: 'ours, replay (repeated question, response cache)', primed: true },
} as const;
export type Side = keyof typeof SIDES;

export interface QueryFigures {
  /** One connection: the latency of a request on an otherwise idle server. */
  serial: LoadResult;
  /** `connections` concurrent connections: throughput, and latency under that load. */
  concurrent: LoadResult;
  /**
   * CPU time per answered request during the concurrent run, by process (ms): what bounds the
   * throughput of a machine whose cores they share. Null where it could not be read.
   */
  cpuMsPerRequest: { server: number | null; neo4j: number | null; loadGenerator: number | null };
  loadAverage: number;
}

export interface LoadSettings {
  durationS: number;
  warmupS: number;
  connections: number;
}

/** The load generator: one process of its own (load-worker.ts), reused for every run. */
export class LoadGenerator {
  private readonly child: ChildProcess;
  private stderr = '';

  get pid(): number | undefined {
    return this.child.pid;
  }

  constructor() {
    this.child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    this.child.stderr
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4000)));
  }

  /** Sends one job and resolves with its results, run by run. */
  run(job: LoadJob): Promise<LoadResult[]> {
    const budgetMs = job.runs.reduce((total, run) => total + (run.durationS + run.warmupS) * 1000, 90_000);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`the load worker did not answer within ${budgetMs / 1000} s`));
      }, budgetMs);
      const onMessage = (message: LoadResult[] | { error: string }) => {
        cleanup();
        if ('error' in message) reject(new Error(`the load worker failed: ${message.error}`));
        else resolve(message);
      };
      const onExit = (code: number | null) => {
        cleanup();
        reject(new Error(`the load worker exited (code ${code}):\n${this.stderr}`));
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      this.child.on('message', onMessage);
      this.child.on('exit', onExit);
      this.child.send(job);
    });
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null || !this.child.connected) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.disconnect();
    });
  }
}

const timedOut = (response: { errors?: Array<{ extensions?: { code?: unknown } }> }) =>
  response.errors?.some((error) => error.extensions?.code === 'QUERY_TIMEOUT') ?? false;

/** The five questions the harness has always asked: a server that cannot answer one of them fails the run. */
const REQUIRED: ReadonlySet<QueryKey> = new Set(['neighbourhood', 'network', 'search', 'shortestPath', 'nested']);

/**
 * Asks one request of each query the side can express, before any load. Returns, by query, why a
 * newer question (e.g. the timeline, before the server serves it) was not answered: it is reported
 * and not measured. A failure on one of the five older questions throws.
 */
export async function checkAnswers(
  server: RunningServer,
  side: Side,
  workload: Workload,
): Promise<Partial<Record<QueryKey, string>>> {
  const unanswered: Partial<Record<QueryKey, string>> = {};
  for (const pair of QUERY_PAIRS) {
    const operation = pair[SIDES[side].api];
    if (!operation) continue;
    const { query, variables } = operation(workload, 0);
    let response = await postGraphQL(server.url, query, variables);
    // The first answers of a new server plan its Cypher; on a busy machine that can pass the read
    // timeout once: asked again, the plan is cached.
    for (let retry = 0; retry < 2 && timedOut(response); retry += 1)
      response = await postGraphQL(server.url, query, variables);
    if (response.errors?.length || response.data === undefined) {
      const reason = JSON.stringify(response.errors ?? response).slice(0, 300);
      if (REQUIRED.has(pair.key)) throw new Error(`${server.name} cannot answer "${pair.title}": ${reason}`);
      unanswered[pair.key] = reason;
    }
  }
  return unanswered;
}

/**
 * One query on one server: a serial run (one connection) for latency, then a concurrent run for
 * throughput, each after its own warm-up, parameters varying with every request.
 */
export async function measureQuery(
  generator: LoadGenerator,
  server: RunningServer,
  neo4jPid: number | undefined,
  side: Side,
  pair: QueryPair,
  workload: Workload,
  settings: LoadSettings,
  log: (message: string) => void,
): Promise<QueryFigures> {
  const bodies = requestBodies(pair, SIDES[side].api, workload, BODIES);
  if (SIDES[side].primed) await prime(server, bodies);
  const [serial] = (await generator.run({
    url: server.url,
    bodies,
    runs: [{ connections: 1, durationS: settings.durationS / 2, warmupS: settings.warmupS }],
  })) as [LoadResult];
  const pids = [server.pid, neo4jPid, generator.pid];
  const before = await Promise.all(pids.map(cpuTimeMs));
  const [concurrent] = (await generator.run({
    url: server.url,
    bodies,
    runs: [{ connections: settings.connections, durationS: settings.durationS, warmupS: settings.warmupS }],
  })) as [LoadResult];
  const after = await Promise.all(pids.map(cpuTimeMs));
  // The warm-up's requests are in the CPU time too: count them in (each run's requests are known).
  const requests = concurrent.requests + concurrent.warmupRequests;
  const perRequest = (i: number) => {
    const a = after[i];
    const b = before[i];
    return a === undefined || b === undefined || requests === 0 ? null : Math.round(((a - b) / requests) * 100) / 100;
  };
  const cpuMsPerRequest = { server: perRequest(0), neo4j: perRequest(1), loadGenerator: perRequest(2) };
  const errors =
    serial.graphqlErrors +
    serial.non2xx +
    serial.timeouts +
    concurrent.graphqlErrors +
    concurrent.non2xx +
    concurrent.timeouts;
  log(
    `${SIDES[side].label} ${pair.title}: p50 ${serial.p50Ms} ms, p95 ${serial.p95Ms} ms, p99 ${serial.p99Ms} ms (1 conn); ` +
      `${concurrent.rps} req/s, p95 ${concurrent.p95Ms} ms (${settings.connections} conn); ` +
      `CPU ms/request: server ${cpuMsPerRequest.server}, Neo4j ${cpuMsPerRequest.neo4j}, load generator ${cpuMsPerRequest.loadGenerator}` +
      `${errors ? `; ${errors} errors: ${serial.firstError ?? concurrent.firstError}` : ''}; load ${loadAverage()}`,
  );
  return { serial, concurrent, cpuMsPerRequest, loadAverage: loadAverage() };
}

/** Asks every question once, four at a time, so that the measured runs find them all cached. */
async function prime(server: RunningServer, bodies: readonly string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++]!;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}
