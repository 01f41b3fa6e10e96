import type { Database, Tx } from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import type { LoadOptions } from './loadDataset';
import { countGraph } from './reset';
import { chunks, groupRows, sameProperties, type NodeRow, type RelationshipRow } from './rows';
import { LoadSummary } from './summary';

export interface LoadPlan {
  summary: LoadSummary;
  /** Writes that would fail: an id held by a node of another label, a relationship id on other endpoints. */
  conflicts: string[];
}

const BATCH = 10_000;

/**
 * What `loadDataset` would do, computed in a READ transaction by comparing each record with what
 * the graph holds under its id: the `--dry-run` of the CLIs. Nothing is written.
 */
export async function planLoad(
  db: Database,
  dataset: Dataset,
  options: Pick<LoadOptions, 'reset' | 'prune'> = {},
): Promise<LoadPlan> {
  return db.read(async (tx) => {
    const summary = new LoadSummary();
    const conflicts: string[] = [];
    const groups = groupRows(dataset);
    if (options.reset) {
      await countGraph(tx, summary, 'deleted');
      summary.countSources({ created: groups.sources.length });
      for (const [label, rows] of groups.nodes) summary.count('nodes', label, { created: rows.length });
      for (const [type, rows] of groups.relationships) summary.count('relationships', type, { created: rows.length });
      return { summary, conflicts };
    }
    summary.countSources(await compareNodes(tx, SOURCE_LABEL, SOURCE_LABEL, groups.sources, conflicts));
    for (const label of NODE_LABELS) {
      const rows = groups.nodes.get(label);
      if (rows) summary.count('nodes', label, await compareNodes(tx, ENTITY_LABEL, label, rows, conflicts));
    }
    for (const type of RELATIONSHIP_TYPES) {
      const rows = groups.relationships.get(type);
      if (rows) summary.count('relationships', type, await compareRelationships(tx, type, rows, conflicts));
    }
    if (options.prune) await countStale(tx, dataset, summary);
    return { summary, conflicts };
  });
}

async function compareNodes(tx: Tx, matchLabel: string, label: string, rows: NodeRow[], conflicts: string[]) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const batch of chunks(rows, BATCH)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${matchLabel} {id: id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
      { ids: batch.map((row) => row.id) },
    );
    const existing = new Map(result.records.map((r) => [r.get('id') as string, r.toObject()]));
    for (const row of batch) {
      const found = existing.get(row.id);
      if (!found) counts.created += 1;
      else if (!(found.labels as string[]).includes(label)) {
        conflicts.push(
          `"${row.id}" is already a ${(found.labels as string[]).filter((l) => l !== ENTITY_LABEL).join(':')}, not a ${label}`,
        );
      } else if (sameProperties(found.props as Record<string, unknown>, row.props)) counts.unchanged += 1;
      else counts.updated += 1;
    }
  }
  return counts;
}

async function compareRelationships(tx: Tx, type: string, rows: RelationshipRow[], conflicts: string[]) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const batch of chunks(rows, BATCH)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (a)-[r:${type} {id: id}]->(b)
       RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props`,
      { ids: batch.map((row) => row.id) },
    );
    const existing = new Map(result.records.map((r) => [r.get('id') as string, r.toObject()]));
    for (const row of batch) {
      const found = existing.get(row.id);
      if (!found) counts.created += 1;
      else if (found.from !== row.from || found.to !== row.to) {
        conflicts.push(`${type} "${row.id}" already joins "${String(found.from)}" to "${String(found.to)}"`);
      } else if (sameProperties(found.props as Record<string, unknown>, row.props)) counts.unchanged += 1;
      else counts.updated += 1;
    }
  }
  return counts;
}

async function countStale(tx: Tx, dataset: Dataset, summary: LoadSummary): Promise<void> {
  const names = [...new Set([...dataset.sources, ...dataset.nodes, ...dataset.relationships].map((r) => r.dataset))];
  const params = {
    names,
    nodes: dataset.nodes.map((n) => n.id),
    relationships: dataset.relationships.map((r) => r.id),
    sources: dataset.sources.map((s) => s.id),
  };
  const nodes = await tx.run(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.dataset IN $names AND NOT n.id IN $nodes
     RETURN [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS label, count(*) AS count`,
    params,
  );
  for (const r of nodes.records) summary.count('nodes', String(r.get('label')), { deleted: Number(r.get('count')) });
  const relationships = await tx.run(
    `MATCH ()-[r]->() WHERE r.dataset IN $names AND NOT r.id IN $relationships RETURN type(r) AS type, count(*) AS count`,
    params,
  );
  for (const r of relationships.records)
    summary.count('relationships', String(r.get('type')), { deleted: Number(r.get('count')) });
  const sources = await tx.run(
    `MATCH (s:${SOURCE_LABEL}) WHERE s.dataset IN $names AND NOT s.id IN $sources RETURN count(s) AS count`,
    params,
  );
  summary.countSources({ deleted: Number(sources.records[0]?.get('count') ?? 0) });
}
