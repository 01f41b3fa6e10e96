import { Router } from 'express';
import type { Database } from '@faire-collectif/neo4j';

export interface HealthOptions {
  /** True while the server is shutting down: readiness then says 503 so traffic moves elsewhere. */
  isDraining?: () => boolean;
}

/**
 * Liveness says the process answers; readiness says it can serve queries, i.e. the database
 * answers too and the server is not stopping. Load balancers and the compose healthcheck use the latter.
 */
export function healthRoutes(db: Database, options: HealthOptions = {}): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    if (options.isDraining?.()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await db.verify();
      res.json({ status: 'ok', database: 'up' });
    } catch {
      // The driver's message names the database's address, which clients need not know.
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  return router;
}
