// `npm start`: the local Neo4j (or NEO4J_URI), seeded when empty, and the API with the built
// explorer on one port. The server starts and stays up while the database is down (seeding is
// retried in the background); SIGINT/SIGTERM drain requests, close the driver, stop Neo4j cleanly.
//
// stdout carries the JSON log (one object per line); the few lines a person starting the server
// reads (where it listens, that it stopped) go to stderr as text.
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, connect, loadConfig, LocalNeo4jUnavailableError, StoreInUseError } from '@faire-collectif/neo4j';
import { loadApiConfig } from './config';
import { ResponseCache } from './graphql/responseCache';
import { createLogger } from './logging';
import { createApp } from './server/app';
import { startSeeding } from './server/seeding';
import { HttpDrain } from './server/shutdown';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function say(message: string): void {
  process.stderr.write(`[faire-collectif] ${message}\n`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const apiConfig = loadApiConfig();
  const logger = createLogger(apiConfig.logLevel);
  const started = Date.now();
  // Requests fail fast with DATABASE_UNAVAILABLE during an outage instead of retrying for 30 s:
  // one retry, about a second after the first failure (the driver's first backoff), then the error.
  const graph = await connect(config, {
    log: say,
    maxTransactionRetryTimeMs: 500,
    connectionAcquisitionTimeoutMs: 5_000,
  });
  const drain = new HttpDrain();
  // Set once listening; a signal may come before (during the first seeding).
  const serving: { server?: Server } = {};
  let stopping = false;

  const responseCache = new ResponseCache(apiConfig.responseCache);
  const seeding = await startSeeding(graph.db, { logger, say, onSeeded: () => responseCache.invalidate() });

  async function stop(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    const begun = Date.now();
    say(`${signal}: stopping…`);
    seeding.stop();
    const { cut } = serving.server ? await drain.drain(serving.server, apiConfig.shutdownTimeoutMs) : { cut: false };
    await graph.close();
    say('Stopped.');
    logger.info({ event: 'stopped', signal, durationMs: Date.now() - begun, connectionsCut: cut }, 'stopped');
    process.exit(0);
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const app = await createApp({
    db: graph.db,
    webDist: join(repoRoot, 'web', 'dist'),
    apiKey: apiConfig.apiKey,
    limits: apiConfig.limits,
    body: apiConfig.body,
    rateLimit: apiConfig.rateLimit,
    trustProxy: apiConfig.trustProxy,
    responseCache,
    logger,
    drain,
  });
  const server = app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    say(`Explorer and API on http://localhost:${port}/ (GraphQL at /graphql), ready in ${Date.now() - started} ms`);
    logger.info(
      { event: 'listening', port, writes: apiConfig.apiKey ? 'enabled' : 'disabled', limits: apiConfig.limits },
      'listening',
    );
  });
  serving.server = server;
  server.on('error', (error) => {
    say(`Could not listen on port ${config.port}: ${error.message}`);
    void graph.close().finally(() => process.exit(1));
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreInUseError || error instanceof LocalNeo4jUnavailableError) {
    console.error(`[faire-collectif] ${error.message}`);
  } else {
    console.error('[faire-collectif] Could not start:', error);
  }
  process.exit(1);
});
