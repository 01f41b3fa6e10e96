import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_CLASS = 'org.fairecollectif.neo4j.LocalNeo4j';
/** Exit codes of the Java launcher (see LocalNeo4j.java). */
const EXIT_STORE_IN_USE = 3;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/** Another process already runs a Neo4j on this data directory. */
export class StoreInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The Neo4j store in ${dataDir} is in use by another process (is \`npm start\` already running?). ` +
        'Stop that process, or set NEO4J_LOCAL_DATA_DIR to another directory.',
    );
    this.name = 'StoreInUseError';
  }
}

/** What the machine lacks to run the local Neo4j, said so a person can fix it. */
export class LocalNeo4jUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jUnavailableError';
  }
}

export interface LocalNeo4jOptions {
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Bolt port; 0 or unset lets the server pick a free one. A fixed port lets a restart keep its URI. */
  port?: number;
  /** Server-wide Cypher transaction timeout in ms; unset means Neo4j's default (none). */
  transactionTimeoutMs?: number;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>, a free port chosen by the server itself. */
  readonly uri: string;
  readonly pid: number;
  /** Stops the DBMS cleanly (checkpoint, store unlocked); resolves once the process has exited. */
  stop(): Promise<void>;
}

function javaMajorVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function ensureJars(log: (message: string) => void): void {
  if (existsSync(join(packageRoot, 'target', 'jars.stamp'))) return;
  log('Building the local Neo4j (first run)…');
  const result = spawnSync(process.execPath, [join(packageRoot, 'scripts', 'install-jars.mjs')], {
    stdio: 'inherit',
  });
  if (result.status !== 0 || !existsSync(join(packageRoot, 'target', 'jars.stamp'))) {
    throw new LocalNeo4jUnavailableError(
      'The local Neo4j could not be built (see the messages above). Install Java 17+ and Maven, ' +
        'then run `npm install`; or set NEO4J_URI to use a Neo4j you run elsewhere.',
    );
  }
}

/**
 * Starts Neo4j Community on loopback with its data in `dataDir`, and resolves once Bolt accepts
 * connections. The process exits by itself if this one dies (it watches its stdin).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const java = javaMajorVersion();
  if (java === undefined || java < 17) {
    throw new LocalNeo4jUnavailableError(
      `${java === undefined ? 'No Java was found' : `Java ${java} was found`}: the local Neo4j needs Java 17 or newer ` +
        '(Debian/Ubuntu: apt-get install openjdk-17-jre-headless). Or set NEO4J_URI to use a Neo4j you run elsewhere.',
    );
  }
  ensureJars(log);
  mkdirSync(options.dataDir, { recursive: true });

  const classpath = [join(packageRoot, 'target', 'classes'), join(packageRoot, 'target', 'lib', '*')].join(':');
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    MAIN_CLASS,
    '--home',
    options.dataDir,
    '--port',
    String(options.port ?? 0),
    '--page-cache',
    options.pageCache,
    '--watch-stdin',
  ];
  if (options.transactionTimeoutMs !== undefined) {
    args.push('--tx-timeout-ms', String(options.transactionTimeoutMs));
  }

  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  const uri = await waitForReady(child, exited, stderrTail, options.dataDir);
  log(`Local Neo4j ready at ${uri} (data in ${options.dataDir})`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid ?? -1,
    stop() {
      stopping ??= stopProcess(child, exited);
      return stopping;
    },
  };
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  stderrTail: string[],
  dataDir: string,
): Promise<string> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jUnavailableError(`The local Neo4j did not start within ${READY_TIMEOUT_MS / 1000}s.`));
    }, READY_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (bolt:\/\/\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveReady(match[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (code === EXIT_STORE_IN_USE) {
        reject(new StoreInUseError(dataDir));
      } else {
        reject(
          new LocalNeo4jUnavailableError(
            `The local Neo4j exited during start (code ${code}):\n${stderrTail.slice(-15).join('\n')}`,
          ),
        );
      }
    });
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
