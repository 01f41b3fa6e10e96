import { inject } from 'vitest';
import { createDatabase, type Database } from '@faire-collectif/neo4j';

/** A driver on the run's throwaway Neo4j. Close it in afterAll. */
export function testDatabase(): Database {
  return createDatabase({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
}

/** Empties the graph (schema stays: the seed step re-declares it idempotently). */
export async function clearGraph(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}
