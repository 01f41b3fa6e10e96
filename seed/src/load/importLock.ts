import type { Tx } from '@faire-collectif/neo4j';

// Loads serialise on one node, across processes: each load's write transaction locks it first,
// so a second load (another `npm run import`, the API's import, a seeding server) waits on Neo4j's
// lock until the first commits or rolls back, then diffs against the graph as the first left it.
// Setting and removing a property takes the node's write lock without changing it; the
// uniqueness constraint (declareSchema) keeps two first loads from creating two lock nodes.

export const IMPORT_LOCK_LABEL = 'ImportLock';

export const IMPORT_LOCK_CONSTRAINT = `CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:${IMPORT_LOCK_LABEL}) REQUIRE n.id IS UNIQUE`;

/** Takes the import lock for the rest of the transaction; call it before reading the graph. */
export async function takeImportLock(tx: Tx): Promise<void> {
  await tx.run(`MERGE (lock:${IMPORT_LOCK_LABEL} {id: 'import'}) SET lock.held = true REMOVE lock.held`);
}
