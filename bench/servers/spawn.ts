import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface RunningServer {
  name: string;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * Starts a GraphQL server entry (servers/ours.ts, peer/server.ts) in its own Node process, in
 * production mode, and resolves once it listens. `nodeArgs` go before the entry (e.g. --cpu-prof).
 */
export async function startServer(
  name: string,
  entry: string,
  neo4jUri: string,
  nodeArgs: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    env: { ...process.env, ...env, BENCH_NEO4J_URI: neo4jUri, NODE_ENV: 'production' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} server did not start within ${READY_TIMEOUT_MS / 1000}s`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited during start (code ${code}):\n${stderrTail.join('\n')}`));
    });
  });

  let stopping: Promise<void> | undefined;
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}

/** Posts one GraphQL operation (for checks outside the load runs). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: { code?: unknown } }> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  return (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
  };
}
