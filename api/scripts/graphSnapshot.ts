import { createHash } from 'node:crypto';
import { toNative, type Database } from '@faire-collectif/neo4j';

// The seed's graph (entities, sources and the relationships among them) as sorted plain data,
// to prove that an outage, a killed import or a backup and restore left it exactly as it was.

export interface GraphSnapshot {
  nodes: Array<{ id: string; labels: string[]; properties: Record<string, unknown> }>;
  relationships: Array<{ id: string; type: string; from: string; to: string; properties: Record<string, unknown> }>;
}

/** JSON with object keys sorted, so equal graphs print equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export async function snapshotGraph(db: Database): Promise<GraphSnapshot> {
  return db.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE n:Entity OR n:Source
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id`,
    );
    const relationships = await tx.run(
      `MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Source) AND (b:Entity OR b:Source)
       RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
       ORDER BY id, type, from, to`,
    );
    return {
      nodes: nodes.records.map((record) => ({
        id: record.get('id') as string,
        labels: [...(record.get('labels') as string[])].sort(),
        properties: toNative(record.get('properties')) as Record<string, unknown>,
      })),
      relationships: relationships.records.map((record) => ({
        id: record.get('id') as string,
        type: record.get('type') as string,
        from: record.get('from') as string,
        to: record.get('to') as string,
        properties: toNative(record.get('properties')) as Record<string, unknown>,
      })),
    };
  });
}

/** Counts and a SHA-256 of the canonical snapshot. */
export function summariseSnapshot(snapshot: GraphSnapshot): { nodes: number; relationships: number; sha256: string } {
  return {
    nodes: snapshot.nodes.length,
    relationships: snapshot.relationships.length,
    sha256: createHash('sha256').update(canonical(snapshot)).digest('hex'),
  };
}

export async function graphChecksum(db: Database): Promise<{ nodes: number; relationships: number; sha256: string }> {
  return summariseSnapshot(await snapshotGraph(db));
}
