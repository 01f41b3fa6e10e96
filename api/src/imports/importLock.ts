import type { Database, Tx } from '@faire-collectif/neo4j';

// Imports serialise across processes on one node: each import's write transaction writes it
// first, so a second import blocks on Neo4j's lock until the first commits or rolls back, and then
// reads the graph as the first left it. The uniqueness constraint makes the MERGE itself safe
// against two first imports racing to create the node.

export const IMPORT_LOCK_LABEL = 'ImportLock';

export async function declareImportLock(db: Database): Promise<void> {
  await db.write((tx) =>
    tx.run(`CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (n:${IMPORT_LOCK_LABEL}) REQUIRE n.id IS UNIQUE`),
  );
}

/** Takes the import lock for the rest of the transaction (call it first). */
export async function takeImportLock(tx: Tx): Promise<void> {
  await tx.run(`MERGE (lock:${IMPORT_LOCK_LABEL} {id: 'import'}) SET lock.takenAt = datetime()`);
}
