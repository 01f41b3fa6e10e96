// Child process (forked by api-load.ts): drives the GraphQL servers with autocannon, so the load
// generator never shares an event loop with a server or the harness. Each message is a LoadJob;
// the reply is its LoadResult[] (one per run), or { error }.
import autocannon from 'autocannon';
import { summarise, type LoadJob, type LoadResult, type LoadRun } from './load-stats';

let job: LoadJob;
let url: URL;
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
        // Autocannon checks for the end of a run at each sample: sample often, so runs end on time.
        sampleInt: 100,
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

/** One run: the warm-up's answers are only checked for errors, the measured run's are timed. */
async function measure(run: LoadRun): Promise<LoadResult> {
  const discard: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
  if (run.warmupS > 0) await drive(run.warmupS, run.connections, discard);
  const measured: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
  const started = performance.now();
  const result = await drive(run.durationS, run.connections, measured);
  const elapsedS = (performance.now() - started) / 1000;
  return {
    ...summarise(measured.latencies, elapsedS),
    connections: run.connections,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: measured.non2xx,
    graphqlErrors: measured.graphqlErrors + discard.graphqlErrors + discard.non2xx,
    firstError: measured.firstError ?? discard.firstError,
  };
}

/** A few requests one by one before any timed run, so no run starts on a cold query plan. */
async function prime(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(job.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: job.bodies[next % job.bodies.length],
      signal: AbortSignal.timeout(60_000),
    });
    await response.text();
    next += 1;
  }
}

process.on('message', (message: LoadJob) => {
  job = message;
  url = new URL(job.url);
  next = 0;
  void (async () => {
    await prime(3);
    const results: LoadResult[] = [];
    for (const run of job.runs) results.push(await measure(run));
    return results;
  })().then(
    (results) => process.send?.(results),
    (error: unknown) => process.send?.({ error: String((error as Error)?.stack ?? error) }),
  );
});
process.on('disconnect', () => process.exit(0));
