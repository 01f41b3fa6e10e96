// `npm run load:outage [-- --duration 120 --clients 4 --restart-at 0.4]`: a steady mixed read load
// on loopback against `npm start`'s server, with its Neo4j restarted in the middle. Prints how
// many requests were served, the errors and their codes during the outage, how long recovery took,
// and whether the graph is unchanged (counts and a checksum). Measures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, startLocalNeo4j, type LocalNeo4j } from '@faire-collectif/neo4j';
import { graphChecksum } from './graphSnapshot';

const root = join(import.meta.dirname, '..', '..');

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '120' },
    clients: { type: 'string', default: '4' },
    'restart-at': { type: 'string', default: '0.4' },
    'no-cache': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(`Usage: npm run load:outage -- [--duration SECONDS] [--clients N] [--restart-at FRACTION]
  --duration    how long the load runs (default 120 s)
  --clients     concurrent clients, each sending one request at a time (default 4)
  --restart-at  when Neo4j is restarted, as a fraction of the duration (default 0.4)
  --no-cache    turn the server's response cache off, so every request needs Neo4j (by default
                the server runs as npm start does, and repeated questions are answered from the cache)`);
  process.exit(0);
}
const durationMs = Number(flags.duration) * 1000;
const clients = Number(flags.clients);
const restartAt = Number(flags['restart-at']);
if (!(durationMs >= 10_000 && durationMs <= 3_600_000)) throw new Error('--duration must be 10 to 3600 seconds');
if (!(Number.isInteger(clients) && clients >= 1 && clients <= 64)) throw new Error('--clients must be 1 to 64');
if (!(restartAt > 0 && restartAt < 0.9)) throw new Error('--restart-at must be between 0 and 0.9');

/** The explorer's kinds of read, as it sends them. */
const OPERATIONS = [
  { name: 'search', query: '{ search(query: "union", first: 8) { score entity { id name } } }' },
  {
    name: 'network',
    query:
      '{ network(limit: 500) { totalCount nodes { id type label degree countryCodes } edges { id type source target } } }',
  },
  {
    name: 'list',
    query: '{ organisations(first: 20, filter: { countries: ["DE", "FR"] }) { totalCount nodes { id name kind } } }',
  },
  {
    name: 'neighbourhood',
    query: '{ neighbourhood(id: "org:ig-metall", depth: 2, limit: 50) { totalCount nodes { id label } } }',
  },
  {
    name: 'path',
    query:
      '{ shortestPaths(from: "person:kristy-milland", to: "person:robert-fuss") { length paths { explanation } } }',
  },
  {
    name: 'details',
    query:
      '{ node(id: "person:robert-fuss") { ... on Person { name roles { title organisation { name } } provenance { citations { label } } } } }',
  },
  { name: 'matrix', query: '{ matrix { cells { unknown organisations { id } } } }' },
];

interface Sample {
  start: number;
  end: number;
  operation: string;
  status: number;
  codes: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'faire-collectif-outage-load-'));
  const boltPort = await freePort();
  const log = (message: string) => console.log(`[outage-load] ${message}`);
  let neo4j: LocalNeo4j | undefined;
  const startNeo4j = async () => {
    neo4j = await startLocalNeo4j({ dataDir, heap: '512m', pageCache: '128m', port: boltPort });
  };

  log(`Neo4j on bolt://127.0.0.1:${boltPort} (data in a temp directory)`);
  await startNeo4j();
  const server = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      RATE_LIMIT_MAX: '0',
      LOG_LEVEL: 'warn',
      ...(flags['no-cache'] ? { RESPONSE_CACHE_TTL_SECONDS: '0' } : {}),
    },
  });
  let serverOutput = '';
  server.stdout.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  const serverExit = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));

  try {
    let port: number | undefined;
    for (let waited = 0; port === undefined && waited < 180_000; waited += 100) {
      const match = /on http:\/\/localhost:(\d+)\//.exec(serverOutput);
      if (match) port = Number(match[1]);
      else await sleep(100);
    }
    if (port === undefined) throw new Error(`the server did not start:\n${serverOutput}`);
    const url = `http://127.0.0.1:${port}`;
    log(
      `server on ${url} (response cache ${flags['no-cache'] ? 'off: every answer from Neo4j' : 'on, as npm start runs it'})`,
    );

    const probe = createDatabase({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const before = await graphChecksum(probe);
    await probe.close();
    log(
      `graph before: ${before.nodes} nodes, ${before.relationships} relationships, sha256 ${before.sha256.slice(0, 16)}…`,
    );

    const samples: Sample[] = [];
    const t0 = Date.now();
    const deadline = t0 + durationMs;
    const ask = async (operation: (typeof OPERATIONS)[number]): Promise<Sample> => {
      const start = Date.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
        const codes = (body.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN'));
        return { start, end: Date.now(), operation: operation.name, status: response.status, codes };
      } catch (error) {
        return {
          start,
          end: Date.now(),
          operation: operation.name,
          status: 0,
          codes: [`NO_RESPONSE: ${(error as Error).name}`],
        };
      }
    };
    const client = async (offset: number) => {
      for (let i = offset; Date.now() < deadline; i += 1) samples.push(await ask(OPERATIONS[i % OPERATIONS.length]!));
    };
    const load = Promise.all(Array.from({ length: clients }, (_, index) => client(index)));

    await sleep(durationMs * restartAt);
    const stopAt = Date.now();
    log(`restarting Neo4j at ${seconds(stopAt - t0)}`);
    await neo4j!.stop();
    const stoppedAt = Date.now();
    await startNeo4j();
    const neo4jReadyAt = Date.now();
    // Bolt accepts connections before the default database answers: time that apart from the server's part.
    const direct = createDatabase({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    let databaseAnsweringAt = Number.NaN;
    for (let tries = 0; tries < 600 && Number.isNaN(databaseAnsweringAt); tries += 1) {
      try {
        await direct.read((tx) => tx.run('RETURN 1'));
        databaseAnsweringAt = Date.now();
      } catch {
        await sleep(100);
      }
    }
    await direct.close();
    log(
      `Neo4j stopped in ${seconds(stoppedAt - stopAt)}, its process was ready ${seconds(neo4jReadyAt - stoppedAt)} later, ` +
        `the database answered ${seconds(databaseAnsweringAt - neo4jReadyAt)} after that`,
    );
    await load;
    const loadEnd = Date.now();

    const ok = (sample: Sample) => sample.status === 200 && sample.codes.length === 0;
    const firstRecovered = samples
      .filter((sample) => sample.end >= neo4jReadyAt && ok(sample))
      .reduce((first, sample) => Math.min(first, sample.end), Number.POSITIVE_INFINITY);
    const lastFailure = samples.filter((sample) => !ok(sample)).reduce((last, sample) => Math.max(last, sample.end), 0);
    const phase = (sample: Sample) =>
      sample.end < stopAt ? 'before' : sample.start > Math.max(lastFailure, firstRecovered) ? 'after' : 'outage';
    const byPhase = (name: string) => samples.filter((sample) => phase(sample) === name);
    const outage = byPhase('outage');
    const codeCounts = new Map<string, number>();
    for (const sample of outage) for (const code of sample.codes) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
    const statusCounts = new Map<number, number>();
    for (const sample of samples) statusCounts.set(sample.status, (statusCounts.get(sample.status) ?? 0) + 1);
    const failed = samples.filter((sample) => !ok(sample));
    const failureLatency = failed.map((sample) => sample.end - sample.start);
    const latency = (list: Sample[]) => {
      const times = list.filter(ok).map((sample) => sample.end - sample.start);
      return `p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms`;
    };

    const checkDb = createDatabase({
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const after = await graphChecksum(checkDb);
    await checkDb.close();
    const unchanged = after.sha256 === before.sha256 && after.nodes === before.nodes;

    console.log('');
    console.log(
      `load: ${clients} clients for ${seconds(loadEnd - t0)}, operations ${OPERATIONS.map((o) => o.name).join(', ')}`,
    );
    console.log(`requests: ${samples.length} sent, ${samples.filter(ok).length} served, ${failed.length} failed`);
    console.log(`HTTP statuses: ${[...statusCounts].map(([status, count]) => `${status}×${count}`).join(', ')}`);
    console.log(
      `before the restart: ${byPhase('before').length} requests, ${byPhase('before').filter((s) => !ok(s)).length} failed, ${latency(byPhase('before'))}`,
    );
    console.log(
      `outage window (${seconds(Math.max(lastFailure, firstRecovered) - stopAt)} from the stop to the last failure or first recovery): ` +
        `${outage.length} requests, ${outage.filter(ok).length} served, ${outage.filter((s) => !ok(s)).length} failed`,
    );
    console.log(
      `error codes during the outage: ${[...codeCounts].map(([code, count]) => `${code}×${count}`).join(', ') || 'none'}`,
    );
    console.log(
      failureLatency.length === 0
        ? 'failed requests answered in: (none failed)'
        : `failed requests answered in: p50 ${percentile(failureLatency, 50)} ms, p95 ${percentile(failureLatency, 95)} ms, max ${Math.max(0, ...failureLatency)} ms`,
    );
    console.log(
      `Neo4j: stop took ${seconds(stoppedAt - stopAt)}, start ${seconds(neo4jReadyAt - stoppedAt)} (Bolt open), ` +
        `the database answered ${seconds(databaseAnsweringAt - neo4jReadyAt)} later`,
    );
    console.log(
      `time to recover: first answer served ${seconds(firstRecovered - databaseAnsweringAt)} after the database answered ` +
        `(${seconds(firstRecovered - neo4jReadyAt)} after Bolt opened, ${seconds(firstRecovered - stopAt)} after the stop)`,
    );
    console.log(
      `after recovery: ${byPhase('after').length} requests, ${byPhase('after').filter((s) => !ok(s)).length} failed, ${latency(byPhase('after'))}`,
    );
    console.log(
      `graph after: ${after.nodes} nodes, ${after.relationships} relationships, sha256 ${after.sha256.slice(0, 16)}… — ` +
        (unchanged ? 'unchanged' : 'CHANGED'),
    );
    process.exitCode = unchanged ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    await Promise.race([serverExit, sleep(20_000)]);
    if (server.exitCode === null) server.kill('SIGKILL');
    await neo4j?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
