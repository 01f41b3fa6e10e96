// Child process: the peer, @neo4j/graphql's generated API for the same graph model
// (peer/typeDefs.graphql) over the same Neo4j, served by Apollo Server 5 on Express 5 like ours.
import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import cors from 'cors';
import express from 'express';
import neo4j from 'neo4j-driver';
import { listenForHarness, neo4jUriFromEnv } from '../servers/listen';

const driver = neo4j.driver(neo4jUriFromEnv(), neo4j.auth.basic('neo4j', ''), {
  maxConnectionPoolSize: 50,
  connectionAcquisitionTimeout: 10_000,
});
const typeDefs = await readFile(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
// String comparisons are off by default: a period's ends compare as ISO date strings.
const schema = await new Neo4jGraphQL({
  typeDefs,
  driver,
  features: { filters: { String: { GTE: true, LTE: true } } },
}).getSchema();
const graphql = new ApolloServer({
  schema,
  plugins: [ApolloServerPluginLandingPageDisabled()],
  csrfPrevention: true,
  includeStacktraceInErrorResponses: false,
});
await graphql.start();

const app = express();
app.disable('x-powered-by');
app.use(
  '/graphql',
  cors<cors.CorsRequest>(),
  express.json({ limit: '1mb' }),
  expressMiddleware(graphql, { context: async () => ({ sessionConfig: { database: 'neo4j' } }) }),
);
listenForHarness(app, () => driver.close());
