import type { Database } from '@faire-collectif/neo4j';
import { seedIfEmpty, type LoadSummary } from '@faire-collectif/seed';
import { isTransientDatabaseError } from '../errors';
import type { Logger } from '../logging';
import { retryInBackground, type BackgroundTask } from './retry';

export interface SeedingOptions {
  logger: Logger;
  /** A line for the person who started the server. */
  say: (message: string) => void;
  seed?: (db: Database) => Promise<LoadSummary | undefined>;
  /** Called once a seeding wrote the graph (answers cached before it are stale). */
  onSeeded?: () => void;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Seeds an empty graph. The first attempt is awaited (a server that can seed at once starts with
 * its data); if the database is not answering, the server starts anyway and the seeding is retried
 * in the background with backoff until the database answers. Invalid seed data is not retried.
 */
export async function startSeeding(db: Database, options: SeedingOptions): Promise<BackgroundTask> {
  const { logger, say, seed = seedIfEmpty } = options;
  const attempt = async () => {
    const summary = await seed(db);
    if (summary) {
      options.onSeeded?.();
      say(`Seeded an empty graph: ${summary.toString()}`);
      logger.info({ event: 'seeded', summary: summary.toString() }, 'seeded an empty graph');
    }
  };
  const giveUp = (error: unknown) => {
    say(`The graph could not be seeded (${reasonOf(error)}); serving what is there.`);
    logger.error({ event: 'seed-failed', err: error }, 'the graph could not be seeded');
  };
  try {
    await attempt();
    return { settled: Promise.resolve(), stop: () => {} };
  } catch (error) {
    if (!isTransientDatabaseError(error)) {
      giveUp(error);
      return { settled: Promise.resolve(), stop: () => {} };
    }
    say('The database is not answering: serving anyway, and seeding (if the graph is empty) once it answers.');
    logger.warn({ event: 'database-unavailable', reason: reasonOf(error) }, 'database unavailable at start');
  }
  return retryInBackground(attempt, {
    firstDelayMs: options.initialDelayMs ?? 500,
    initialDelayMs: options.initialDelayMs,
    maxDelayMs: options.maxDelayMs,
    retryable: isTransientDatabaseError,
    onRetry: (error, attempt, delayMs) =>
      logger.warn({ event: 'seed-retry', attempt, delayMs, reason: reasonOf(error) }, 'seeding postponed'),
    onGiveUp: giveUp,
  });
}
