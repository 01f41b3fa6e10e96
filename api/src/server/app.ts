import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Database } from '@faire-collectif/neo4j';
import { DEFAULT_BODY_LIMITS, type BodyLimits, type RateLimitSettings, type TrustProxy } from '../config';
import { ERROR_CODES, httpErrorBody } from '../errors';
import { createContext } from '../graphql/context';
import { NO_RESPONSE_CACHE } from '../graphql/responseCache';
import { createGraphQLServer, type GraphQLServerOptions } from '../graphql/server';
import { ImportQueue } from '../imports/importQueue';
import { bodyErrors, jsonBody } from '../limits/bodySize';
import { silentLogger, type Logger } from '../logging';
import { createWriteAccessCheck, type WriteAccess } from '../security/apiKey';
import { securityHeaders } from '../security/headers';
import { graphiqlPage } from './graphiql';
import { healthRoutes } from './health';
import { rateLimiter } from './rateLimit';
import { requestLog, requestRecordOf } from './requestLog';
import { staticSite } from './staticSite';
import type { HttpDrain } from './shutdown';

export interface AppOptions extends GraphQLServerOptions {
  db: Database;
  /** The built web app to serve (web/dist); omitted in API-only tests and in dev (Vite serves it). */
  webDist?: string;
  /** The key that writes need; unset disables writes. */
  apiKey?: string;
  body?: Partial<BodyLimits>;
  /** Per-client request limit on /graphql; off when omitted (the serving process sets it from config). */
  rateLimit?: RateLimitSettings;
  /** Express's `trust proxy`: which X-Forwarded-For hops to believe for the client's address. */
  trustProxy?: TrustProxy;
  /** Request log lines and internal errors go here; when omitted, no request log, and internal errors to the console. */
  logger?: Logger;
  /** The serving process's drain: readiness says 503 and connections close while it runs. */
  drain?: HttpDrain;
}

const writeAccessOf = (res: Response): WriteAccess => res.locals['writeAccess'] as WriteAccess;

/** The HTTP application: health checks, the GraphQL API and the built explorer, on one port. */
export async function createApp({
  db,
  webDist,
  apiKey,
  body,
  rateLimit,
  trustProxy = false,
  logger,
  drain,
  responseCache = NO_RESPONSE_CACHE,
  ...graphqlOptions
}: AppOptions): Promise<Express> {
  const bodyLimits = { ...DEFAULT_BODY_LIMITS, ...body };
  const checkWriteAccess = createWriteAccessCheck(apiKey);
  const imports = new ImportQueue();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  app.use(requestLog(logger ?? silentLogger));
  if (drain) app.use(drain.middleware);
  app.use(securityHeaders());
  app.use(healthRoutes(db, { isDraining: () => drain?.draining ?? false }));

  const graphql = createGraphQLServer({
    ...(logger ? { logInternalError: (error: unknown) => logger.error({ err: error }, 'internal error') } : {}),
    ...graphqlOptions,
    responseCache,
  });
  await graphql.start();
  app.use(
    '/graphql',
    // A public API without cookies: any origin may call it; writes carry their key in a header.
    cors<cors.CorsRequest>(),
    rateLimiter(rateLimit ?? { windowMs: 60_000, max: 0 }),
    graphiqlPage(webDist),
    (req: Request, res: Response, next: NextFunction) => {
      res.locals['writeAccess'] = checkWriteAccess(req.headers.authorization);
      next();
    },
    jsonBody(bodyLimits, writeAccessOf),
    bodyErrors(bodyLimits),
    responseCache.middleware(),
    expressMiddleware(graphql, {
      context: async ({ res }) =>
        createContext(db, {
          writeAccess: writeAccessOf(res),
          imports,
          request: requestRecordOf(res),
          graphChanged: () => responseCache.invalidate(),
        }),
    }),
  );

  if (webDist !== undefined && existsSync(join(webDist, 'index.html'))) {
    app.use(staticSite(webDist));
  }
  // Anything that still fails is answered as JSON, without a stack trace.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (logger) logger.error({ err: error }, 'unhandled request error');
    else console.error(error);
    if (!res.headersSent) res.status(500).json(httpErrorBody(ERROR_CODES.internal, 'Internal server error.'));
  });
  return app;
}
