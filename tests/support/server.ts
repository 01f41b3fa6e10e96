import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { serverEnv as testServerEnv, startServerProcess, type ServerProcess } from '../reliability-support';

// The server process as `npm start` runs it after the web build (api/src/main.ts), on a local
// Neo4j of its own, for the suites that run it as a user would.

export const ROOT = join(import.meta.dirname, '..', '..');

export type RunningServer = ServerProcess;

/** The environment of a server on its own data directory, on a free port, with a small heap. */
export function serverEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return testServerEnv({
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_HEAP: '512m',
    NEO4J_LOCAL_PAGECACHE: '64m',
    ...extra,
  });
}

/** Starts the server; resolves once it listens. */
export function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  return startServerProcess(env);
}

/** Resolves with a child process's exit code once it has exited. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}
