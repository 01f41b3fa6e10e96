import type { Database, Tx } from '@faire-collectif/neo4j';
import { DATASET_LABEL, ENTITY_LABEL, SOURCE_LABEL } from '../model/graphModel';
import { LoadSummary } from './summary';

/** What the graph holds, by label and relationship type (counted as `deleted` by a reset). */
export async function countGraph(tx: Tx, summary: LoadSummary, as: 'deleted' | 'unchanged'): Promise<void> {
  const nodes = await tx.run(
    `MATCH (n:${ENTITY_LABEL})
     RETURN [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS label, count(*) AS count`,
  );
  for (const record of nodes.records)
    summary.count('nodes', String(record.get('label')), { [as]: Number(record.get('count')) });
  const relationships = await tx.run(
    `MATCH (:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL}) RETURN type(r) AS type, count(*) AS count`,
  );
  for (const record of relationships.records) {
    summary.count('relationships', String(record.get('type')), { [as]: Number(record.get('count')) });
  }
  const sources = await tx.run(`MATCH (s:${SOURCE_LABEL}) RETURN count(s) AS count`);
  summary.countSources({ [as]: Number(sources.records[0]?.get('count') ?? 0) });
}

/** Deletes every Entity, Source and Dataset (the seed's graph; anything else is left alone). */
export async function deleteGraph(tx: Tx, summary: LoadSummary = new LoadSummary()): Promise<LoadSummary> {
  await countGraph(tx, summary, 'deleted');
  await tx.run(`MATCH (n) WHERE n:${ENTITY_LABEL} OR n:${SOURCE_LABEL} OR n:${DATASET_LABEL} DETACH DELETE n`);
  return summary;
}

/** Empties the seed's graph in one transaction; the schema stays. */
export async function resetGraph(db: Database): Promise<LoadSummary> {
  return db.write((tx) => deleteGraph(tx));
}
