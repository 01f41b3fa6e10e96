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

/** Seconds after which a request counts as timed out (and enters the latencies at that value). */
const TIMEOUT_S = 30;

/**
 * One autocannon run of exactly `amount` requests: it ends when every one has been answered (or
 * has timed out), so no slow request is cut off at the end and left out of the latencies, as a
 * run of fixed duration would. Each request takes the next body: parameters vary request by request.
 */
function drive(amount: number, connections: number, counters: Counters): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: url.origin,
        connections,
        amount,
        // Autocannon notices the end of a run at its next sample: sample often.
        sampleInt: 100,
        timeout: TIMEOUT_S,
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
      (error: unknown, result) =>
        error ? reject(new Error('The load run failed.', { cause: error })) : resolve(result),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => counters.latencies.push(responseTime));
  });
}

/**
 * Sends complete batches (each about `batchS` long, sized from the rate so far) until `seconds`
 * have passed: every request of the phase is answered or timed out, and none is cut off.
 */
async function phase(
  seconds: number,
  connections: number,
  counters: Counters,
  batchS: number,
): Promise<{ timeouts: number; errors: number; elapsedS: number }> {
  let rate = 0;
  let timeouts = 0;
  let errors = 0;
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  for (let batch = 0; batch < 10_000 && elapsed() < seconds; batch += 1) {
    const amount = Math.max(connections, Math.round(rate * Math.min(batchS, Math.max(0.2, seconds - elapsed()))));
    const batchStarted = performance.now();
    const before = counters.latencies.length;
    const result = await drive(amount, connections, counters);
    timeouts += result.timeouts;
    errors += result.errors;
    rate = (counters.latencies.length - before) / Math.max(0.001, (performance.now() - batchStarted) / 1000);
  }
  return { timeouts, errors, elapsedS: elapsed() };
}

/** One run: an unmeasured warm-up (answers only checked for errors), then the measured phase. */
async function measure(run: LoadRun): Promise<LoadResult> {
  const discard: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
  if (run.warmupS > 0) await phase(run.warmupS, run.connections, discard, 1);
  const measured: Counters = { latencies: [], non2xx: 0, graphqlErrors: 0, firstError: null };
  const result = await phase(run.durationS, run.connections, measured, 2);
  const elapsedS = result.elapsedS;
  // A request that timed out enters the latencies at the timeout: a lower bound, not a gap.
  for (let i = 0; i < result.timeouts; i += 1) measured.latencies.push(TIMEOUT_S * 1000);
  const answered = measured.latencies.length - result.timeouts - measured.non2xx - measured.graphqlErrors;
  return {
    ...summarise(measured.latencies, elapsedS),
    // Throughput counts good answers only.
    rps: Math.round((answered / elapsedS) * 10) / 10,
    connections: run.connections,
    warmupRequests: discard.latencies.length,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: measured.non2xx,
    graphqlErrors: measured.graphqlErrors + discard.graphqlErrors + discard.non2xx,
    firstError:
      measured.firstError ?? discard.firstError ?? (result.timeouts ? `timed out after ${TIMEOUT_S} s` : null),
  };
}

const PRIMED = 3;

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
    await prime(PRIMED);
    const results: LoadResult[] = [];
    for (const run of job.runs) results.push(await measure(run));
    if (results[0]) results[0].warmupRequests += PRIMED;
    return results;
  })().then(
    (results) => process.send?.(results),
    (error: unknown) => process.send?.({ error: String((error as Error)?.stack ?? error) }),
  );
});
process.on('disconnect', () => process.exit(0));
