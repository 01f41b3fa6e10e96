import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

// The server process as `npm start` runs it after the web build (api/src/main.ts), for the
// suites that run it as a user would.

export const ROOT = join(import.meta.dirname, '..', '..');

export interface RunningServer {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  port: number;
}

/** The environment of a server on its own data directory, on a free port, with a small heap. */
export function serverEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', NEO4J_LOCAL_DATA_DIR: dataDir };
  env.NEO4J_LOCAL_HEAP = '512m';
  env.NEO4J_LOCAL_PAGECACHE = '64m';
  delete env.NEO4J_URI;
  return { ...env, ...extra };
}

/** Starts the server; resolves once it listens. */
export function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], { cwd: ROOT, env });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  child.stderr.on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /on http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearInterval(timer);
        resolve({ child, output: () => output, port: Number(match[1]) });
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
}

export function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}
