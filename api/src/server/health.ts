import { Router } from 'express';
import type { Database } from '@faire-collectif/neo4j';

/**
 * Liveness says the process answers; readiness says it can serve queries, i.e. the database
 * answers too. Load balancers and the compose healthcheck use the latter.
 */
export function healthRoutes(db: Database): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        database: 'down',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  });
  return router;
}
