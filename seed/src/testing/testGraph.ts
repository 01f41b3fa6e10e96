// Helpers for the integration tests (`*.int.test.ts`, here and in tests/), which run against the
// throwaway Neo4j that tests/setup/neo4j.ts starts and provides as `neo4jUri`. Test code only
// (`@faire-collectif/seed/testing`): no source file imports it.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { createDatabase, type Database } from '@faire-collectif/neo4j';
import { parseJsonDocument } from '../format/document';
import type { Dataset } from '../format/schema';
import { validateDocuments } from '../format/validate';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export const PROGRAMME_FILE = new URL('../../data/programme-2016-07-08.json', import.meta.url);

/** A driver on the run's throwaway Neo4j. Close it in afterAll. */
export function testDatabase(): Database {
  return createDatabase({ uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' });
}

/** Empties the graph (schema stays: loading re-declares it idempotently). */
export async function clearGraph(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

/** The programme data set, validated (a fresh copy each call: tests may edit it). */
export function programme(): Dataset {
  return validateDocuments([parseJsonDocument('programme-2016-07-08.json', readFileSync(PROGRAMME_FILE, 'utf8'))]);
}

export interface GraphSnapshot {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; props: Record<string, unknown> }[];
}

/** Everything in the graph, in a stable order: equal snapshots mean an identical graph. */
export async function snapshot(db: Database): Promise<GraphSnapshot> {
  return db.read(async (tx) => {
    const nodes = await tx.run<{ labels: string[]; props: Record<string, unknown> }>(
      'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, elementId(n)',
    );
    const relationships = await tx.run(
      'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props ORDER BY r.id, type, from, to',
    );
    return {
      nodes: nodes.records.map((r) => ({ labels: r.get('labels').sort(), props: r.get('props') })),
      relationships: relationships.records.map((r) => r.toObject() as GraphSnapshot['relationships'][number]),
    };
  });
}
