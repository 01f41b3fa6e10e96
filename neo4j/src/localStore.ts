import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LocalNeo4jUnavailableError, localNeo4jClasspath } from './java';
import { EXIT_STORE_IN_USE, StoreInUseError } from './localServer';

// The local Neo4j's store as files, for the tools that work on it while no DBMS runs: its layout
// (the one `startLocalNeo4j` uses: Neo4j's defaults under the data directory as NEO4J_HOME), the
// lock a DBMS takes on it, and neo4j-admin.

/** The database the local Neo4j serves (Community has one user database). */
export const LOCAL_DATABASE = 'neo4j';

export interface LocalStoreLayout {
  /** The data directory (NEO4J_LOCAL_DATA_DIR), Neo4j's home. */
  home: string;
  /** The database's store files. */
  databaseDir: string;
  /** The database's transaction logs. */
  transactionsDir: string;
}

export function localStoreLayout(home: string, database: string = LOCAL_DATABASE): LocalStoreLayout {
  return {
    home,
    databaseDir: join(home, 'data', 'databases', database),
    transactionsDir: join(home, 'data', 'transactions', database),
  };
}

export interface HeldStoreLock {
  /** Releases the lock; resolves once the holder has exited. */
  release(): Promise<void>;
}

/**
 * Takes the lock a DBMS takes on the store in `home` and holds it until released, so that no
 * local Neo4j (`npm start`, another command) starts on it meanwhile: it fails with
 * StoreInUseError instead. Throws StoreInUseError when a DBMS already runs on it.
 */
export async function holdStoreLock(home: string): Promise<HeldStoreLock> {
  const classpath = localNeo4jClasspath();
  const child = spawn('java', ['-Xmx32m', '-cp', classpath, 'org.fairecollectif.neo4j.StoreLock', home], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => stderr.push(line));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  await new Promise<void>((resolveLocked, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'LOCKED') resolveLocked();
    });
    child.on('error', (error) => reject(new LocalNeo4jUnavailableError(`Could not run Java: ${error.message}`)));
    void exited.then((code) =>
      reject(
        code === EXIT_STORE_IN_USE
          ? new StoreInUseError(home)
          : new LocalNeo4jUnavailableError(`Could not lock the store in ${home} (code ${code}): ${stderr.join(' ')}`),
      ),
    );
  });
  let releasing: Promise<void> | undefined;
  return {
    release() {
      releasing ??= (async () => {
        child.stdin.end();
        await exited;
      })();
      return releasing;
    },
  };
}

export interface AdminToolOptions {
  /** NEO4J_HOME of the run: its `conf/` and `data/` are the tool's (created when missing). */
  home: string;
  /** Java heap of the tool. */
  heap: string;
  /** Every line the tool prints, stdout and stderr, as it prints it. */
  onLine?: (line: string) => void;
}

export interface AdminToolRun {
  code: number | null;
  /** Everything the tool printed, in order. */
  lines: string[];
}

/**
 * Runs `neo4j-admin ARGS…` (Neo4j's own admin tool, from the local Neo4j's jars) with its home in
 * `options.home`. Resolves with the exit code and the output; the caller judges them.
 */
export async function runNeo4jAdmin(args: readonly string[], options: AdminToolOptions): Promise<AdminToolRun> {
  const classpath = localNeo4jClasspath();
  const conf = join(options.home, 'conf');
  await mkdir(conf, { recursive: true });
  // An empty configuration: Neo4j's defaults, so the tool writes the layout the launcher reads.
  await writeFile(join(conf, 'neo4j.conf'), '', { flag: 'a' });
  const child = spawn(
    'java',
    [`-Xmx${options.heap}`, '-XX:+UseG1GC', '-cp', classpath, 'org.neo4j.cli.AdminTool', ...args],
    {
      env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    options.onLine?.(line);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.on('error', (error) => reject(new LocalNeo4jUnavailableError(`Could not run Java: ${error.message}`)));
    // 'close' rather than 'exit': every line has been read by then.
    child.on('close', (exitCode) => resolveExit(exitCode));
  });
  return { code, lines };
}
