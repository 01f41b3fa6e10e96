// `npm start`: the local Neo4j (or NEO4J_URI), seeded when empty, and the API with the built
// explorer on one port. Ctrl-C drains requests, closes the driver and stops Neo4j cleanly.
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, connect, loadConfig, LocalNeo4jUnavailableError, StoreInUseError } from '@faire-collectif/neo4j';
import { seedIfEmpty } from '@faire-collectif/seed';
import { createApp } from './server/app';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function log(message: string): void {
  console.log(`[faire-collectif] ${message}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const started = Date.now();
  // Requests fail fast with DATABASE_UNAVAILABLE during an outage instead of retrying for 30 s.
  const graph = await connect(config, { log, maxTransactionRetryTimeMs: 2_000, connectionAcquisitionTimeoutMs: 5_000 });
  let server: Server | undefined;
  let stopping = false;

  async function stop(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await graph.close();
    log('Stopped.');
    process.exit(0);
  }
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const summary = await seedIfEmpty(graph.db);
    if (summary) log(`Seeded an empty graph: ${summary}`);
  } catch (error) {
    log(`The graph could not be seeded now (${(error as Error).message}); serving what is there.`);
  }

  const app = await createApp({ db: graph.db, webDist: join(repoRoot, 'web', 'dist') });
  server = app.listen(config.port, () => {
    const address = server?.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    log(`Explorer and API on http://localhost:${port}/ (GraphQL at /graphql), ready in ${Date.now() - started} ms`);
  });
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof StoreInUseError ||
    error instanceof LocalNeo4jUnavailableError
  ) {
    console.error(`[faire-collectif] ${error.message}`);
  } else {
    console.error('[faire-collectif] Could not start:', error);
  }
  process.exit(1);
});
