// Child process: the explorer's GraphQL API (createApp, as `npm start` serves it, response cache
// included) over the bench's throwaway Neo4j, on a free loopback port. The cache keeps answers for
// the whole run (an hour, not the default 30 s, so none expires between the priming and the
// measured runs); BENCH_RESPONSE_CACHE=off serves every request from Neo4j, as a cold cache would.
// BENCH_WEB_DIST serves that built explorer at / as well, as `npm start` does.
import { createApp, loadApiConfig, ResponseCache } from '@faire-collectif/api';
import { createDatabase } from '@faire-collectif/neo4j';
import { listenForHarness, neo4jUriFromEnv } from './listen';

const db = createDatabase(
  { uri: neo4jUriFromEnv(), user: 'neo4j', password: '', database: 'neo4j' },
  { readTimeoutMs: 15_000 },
);
const { responseCache } = loadApiConfig({});
const app = await createApp({
  db,
  logInternalError: (error) => console.error('[ours]', error),
  ...(process.env['BENCH_WEB_DIST'] ? { webDist: process.env['BENCH_WEB_DIST'] } : {}),
  responseCache: new ResponseCache(
    process.env['BENCH_RESPONSE_CACHE'] === 'off'
      ? { ...responseCache, ttlSeconds: 0 }
      : { ...responseCache, ttlSeconds: 3600 },
  ),
});
listenForHarness(app, () => db.close());
