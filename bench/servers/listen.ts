import type { Server } from 'node:http';
import type { Express } from 'express';

/**
 * Serves `app` on a free loopback port and says so on stdout (`LISTENING <port>`), for the
 * harness that started this process. Exits when the harness closes stdin or sends SIGTERM.
 */
export function listenForHarness(app: Express, close: () => Promise<void>): void {
  const server: Server = app.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`LISTENING ${port}\n`);
  });
  // Keep-alive longer than the load generator's idle gaps, as a production proxy would.
  server.keepAliveTimeout = 65_000;
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close(() => void close().finally(() => process.exit(0)));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

/** The Bolt URI the harness passes, or an error saying what is missing. */
export function neo4jUriFromEnv(): string {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('BENCH_NEO4J_URI is not set (this process is started by bench/run.ts)');
  return uri;
}
