import type { Tx } from '@faire-collectif/neo4j';

// Loads serialise on one node, across processes: each load's write transaction creates it first
// and deletes it last, so the graph never keeps it. A second load (another `npm run import`, the
// API's import, a seeding server) blocks on the node's uniqueness constraint until the first
// commits or rolls back, then diffs against the graph as the first left it.

export const IMPORT_LOCK_LABEL = 'ImportLock';

export const IMPORT_LOCK_CONSTRAINT = `CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:${IMPORT_LOCK_LABEL}) REQUIRE n.id IS UNIQUE`;

/** Takes the import lock for the rest of the transaction; call it before reading the graph. */
export async function takeImportLock(tx: Tx): Promise<void> {
  await tx.run(`MERGE (lock:${IMPORT_LOCK_LABEL} {id: 'import'}) SET lock.heldSince = datetime()`);
}

/** Removes the lock node; the lock itself is held until the transaction ends. */
export async function releaseImportLock(tx: Tx): Promise<void> {
  await tx.run(`MATCH (lock:${IMPORT_LOCK_LABEL} {id: 'import'}) DELETE lock`);
}
