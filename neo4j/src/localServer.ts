import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { LocalNeo4jUnavailableError, localNeo4jClasspath } from './java';
import { forgetRunning, recordRunning } from './runningServer';

export { LocalNeo4jUnavailableError } from './java';

const MAIN_CLASS = 'org.fairecollectif.neo4j.LocalNeo4j';
/** Exit codes of the Java launcher (see LocalNeo4j.java). */
export const EXIT_STORE_IN_USE = 3;
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

export interface LocalNeo4jOptions {
  dataDir: string;
  heap: string;
  pageCache: string;
  /** Bolt port; 0 or unset lets the server pick a free one. A fixed port lets a restart keep its URI. */
  port?: number;
  /** Server-wide Cypher transaction timeout in ms; unset means Neo4j's default (none). */
  transactionTimeoutMs?: number;
  /**
   * `dbms.memory.transaction.total.max`, the memory all transactions may hold together (e.g.
   * `64m`); unset means Neo4j's default (70% of the heap).
   */
  transactionMemoryMax?: string;
  log?: (message: string) => void;
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port>, a free port chosen by the server itself. */
  readonly uri: string;
  readonly pid: number;
  /** Stops the DBMS cleanly (checkpoint, store unlocked); resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts Neo4j Community on loopback with its data in `dataDir`, and resolves once Bolt accepts
 * connections. The process exits by itself if this one dies (it watches its stdin).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const classpath = localNeo4jClasspath(log);
  mkdirSync(options.dataDir, { recursive: true });

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
  if (options.transactionMemoryMax !== undefined) args.push('--tx-memory-max', options.transactionMemoryMax);

  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
  });
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  const uri = await waitForReady(child, exited, stderrTail, options.dataDir);
  log(`Local Neo4j ready at ${uri} (data in ${options.dataDir})`);
  const pid = child.pid ?? -1;
  // For the commands run beside it (runningServer.ts); gone once the DBMS has stopped.
  await recordRunning(options.dataDir, { uri, pid });
  void exited.then(() => forgetRunning(options.dataDir)).catch(() => {});

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid,
    stop() {
      stopping ??= stopProcess(child, exited).then(() => forgetRunning(options.dataDir));
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
