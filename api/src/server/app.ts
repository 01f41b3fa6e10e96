import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Database } from '@faire-collectif/neo4j';
import { healthRoutes } from './health';

export interface AppOptions {
  db: Database;
  /** The built web app to serve (web/dist); omitted in API-only tests and in dev (Vite serves it). */
  webDist?: string;
}

/** The HTTP application: health checks, the GraphQL API and the built explorer, on one port. */
export async function createApp({ db, webDist }: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(db));
  if (webDist !== undefined && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
  }
  return app;
}
