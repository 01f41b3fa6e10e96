import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// `npm start`'s server (api/src/main.ts) as a child process, for tests that stop and restart its
// database or signal it, as an operator would.

const root = join(import.meta.dirname, '..');

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  url: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited(): Promise<number | null>;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The environment of a test server: a free port, no rate limit, and the caller's settings. */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', RATE_LIMIT_MAX: '0' };
  delete env.NEO4J_URI;
  delete env.API_KEY;
  return { ...env, ...extra };
}

/** Starts the server and resolves once it listens. */
export function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], { cwd: root, env });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /on http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearInterval(timer);
        clearTimeout(deadline);
        const port = Number(match[1]);
        resolve({ child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited: () => exit });
      }
    }, 50);
    const deadline = setTimeout(() => {
      clearInterval(timer);
      child.kill('SIGKILL');
      reject(new Error(`the server did not listen in time:\n${output}`));
    }, timeoutMs);
    void exit.then((code) => {
      clearInterval(timer);
      clearTimeout(deadline);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
}

/** Polls `probe` every `intervalMs` until it returns true; false if `timeoutMs` passes first. */
export async function eventually(probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await probe().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}
