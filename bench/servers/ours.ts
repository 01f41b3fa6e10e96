// Child process: the explorer's GraphQL API (createApp, as `npm start` serves it) over the bench's
// throwaway Neo4j, on a free loopback port.
import { createApp } from '@faire-collectif/api';
import { createDatabase } from '@faire-collectif/neo4j';
import { listenForHarness, neo4jUriFromEnv } from './listen';

const db = createDatabase(
  { uri: neo4jUriFromEnv(), user: 'neo4j', password: '', database: 'neo4j' },
  { readTimeoutMs: 15_000 },
);
const app = await createApp({ db, logInternalError: (error) => console.error('[ours]', error) });
listenForHarness(app, () => db.close());
