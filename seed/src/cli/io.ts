import { connect, loadConfig, type Database } from '@faire-collectif/neo4j';

/** What a command needs from the outside world; tests pass their own. */
export interface CommandIO {
  /** Results (the only thing written to stdout, so it can be piped). */
  out(text: string): void;
  /** Messages, progress and errors. */
  err(text: string): void;
  /** Whether `err` is a terminal (progress then redraws one line). */
  interactive: boolean;
  /** Connects only once a command knows it has work to do; `close` is called in finally. */
  open(): Promise<{ db: Database; close(): Promise<void> }>;
  /** The configuration variables (NEO4J_URI, NEO4J_LOCAL_DATA_DIR…); default `process.env`. */
  env?: NodeJS.ProcessEnv;
}

export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`),
    interactive: Boolean(process.stderr.isTTY),
    async open() {
      const log = (message: string) => process.stderr.write(`${message}\n`);
      // Beside a running `npm start`, its Neo4j: the explorer stays open during an export or import.
      const connected = await connect(loadConfig(), { log, useRunningLocal: true });
      log(`Using ${connected.target}.`);
      return { db: connected.db, close: () => connected.close() };
    },
  };
}
