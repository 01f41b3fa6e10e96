// Child process: drives one GraphQL server with autocannon, so the load generator never shares an
// event loop with the server or the harness. Reads its job from the JSON file named in argv[2],
// prints one JSON line (LoadResult) on stdout.
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { summarise, type LoadJob, type LoadResult } from './load-stats';

const job = JSON.parse(await readFile(process.argv[2] ?? '', 'utf8')) as LoadJob;
const url = new URL(job.url);
let next = 0;

interface Counters {
  latencies: number[];
  non2xx: number;
  graphqlErrors: number;
  firstError: string | null;
}

/** One autocannon run; each request takes the next body, so parameters vary request by request. */
function drive(seconds: number, connections: number, counters: Counters): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: url.pathname,
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => {
              request.body = job.bodies[next % job.bodies.length];
              next += 1;
              return request;
            },
            onResponse: (status, body) => {
              if (status < 200 || status >= 300) {
                counters.non2xx += 1;
                counters.firstError ??= `HTTP ${status}: ${String(body).slice(0, 300)}`;
              } else if (String(body).includes('"errors":')) {
                counters.graphqlErrors += 1;
                counters.firstError ??= String(body).slice(0, 300);
              }
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => counters.latencies.push(responseTime));
  });
}

const discard: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
if (job.warmupS > 0) await drive(job.warmupS, job.connections, discard);

const measured: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
const started = performance.now();
const result = await drive(job.durationS, job.connections, measured);
const elapsedS = (performance.now() - started) / 1000;

const output: LoadResult = {
  ...summarise(measured.latencies, elapsedS),
  connections: job.connections,
  connectionErrors: result.errors,
  timeouts: result.timeouts,
  non2xx: measured.non2xx,
  graphqlErrors: measured.graphqlErrors + discard.graphqlErrors + discard.non2xx,
  firstError: measured.firstError ?? discard.firstError,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
