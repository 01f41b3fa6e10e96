/**
 * One measured run, after its own unmeasured warm-up. Both send complete batches of requests until
 * their time is up and wait for every answer, so a run may last a little longer than asked.
 */
export interface LoadRun {
  connections: number;
  durationS: number;
  warmupS: number;
}

/** What the harness asks of load-worker.ts (written to a file): runs in order on one server. */
export interface LoadJob {
  url: string;
  /** Request bodies, used in turn: each request gets the next one. */
  bodies: string[];
  runs: LoadRun[];
}

export interface LatencySummary {
  /** Requests of the measured run (every one answered or timed out: none is cut off). */
  requests: number;
  /** Requests answered without error per second over the measured run. */
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

export interface LoadResult extends LatencySummary {
  connections: number;
  /** Requests of the warm-up before this run. */
  warmupRequests: number;
  connectionErrors: number;
  timeouts: number;
  non2xx: number;
  /** Responses whose body holds GraphQL `errors` (warm-up included: any error is a broken question). */
  graphqlErrors: number;
  firstError: string | null;
}

/** The value at quantile `q` of sorted values (nearest rank). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(latenciesMs: readonly number[], elapsedS: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    requests: sorted.length,
    rps: round(sorted.length / elapsedS, 1),
    p50Ms: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    p99Ms: round(quantile(sorted, 0.99)),
    meanMs: round(sorted.length ? sum / sorted.length : Number.NaN),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}
