import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { Database } from '@faire-collectif/neo4j';
import { createContext } from '../graphql/context';
import { createGraphQLServer, type GraphQLServerOptions } from '../graphql/server';
import { graphiqlPage } from './graphiql';
import { healthRoutes } from './health';

export interface AppOptions extends GraphQLServerOptions {
  db: Database;
  /** The built web app to serve (web/dist); omitted in API-only tests and in dev (Vite serves it). */
  webDist?: string;
}

/** The HTTP application: health checks, the GraphQL API and the built explorer, on one port. */
export async function createApp({ db, webDist, ...graphqlOptions }: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(db));

  const graphql = createGraphQLServer(graphqlOptions);
  await graphql.start();
  app.use(
    '/graphql',
    // A read-only public API: any origin may query it (no cookies or credentials are involved).
    cors<cors.CorsRequest>(),
    graphiqlPage(webDist),
    express.json({ limit: '1mb' }),
    expressMiddleware(graphql, { context: async () => createContext(db) }),
  );

  if (webDist !== undefined && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
  }
  return app;
}
