import type { Tx } from '@faire-collectif/neo4j';
import type { DatasetInfo } from '../format/datasetInfo';
import type { Dataset } from '../format/schema';
import { DATASET_LABEL } from '../model/graphModel';
import { toCypherProperties, type Properties } from './rows';

/** A Dataset node's properties: what the data set is, and what this load holds of it. */
export function datasetProperties(info: DatasetInfo, dataset: Dataset): Properties {
  const byType = new Map<string, number>();
  const add = (name: string) => byType.set(name, (byType.get(name) ?? 0) + 1);
  const nodes = dataset.nodes.filter((n) => n.dataset === info.id);
  const relationships = dataset.relationships.filter((r) => r.dataset === info.id);
  nodes.forEach((n) => add(n.label));
  relationships.forEach((r) => add(r.type));
  const props: Properties = {};
  for (const [key, value] of Object.entries(info)) if (value !== undefined) props[key] = value;
  return {
    ...props,
    nodeCount: nodes.length,
    relationshipCount: relationships.length,
    sourceCount: dataset.sources.filter((s) => s.dataset === info.id).length,
    // Neo4j has no map properties: `<label or type>=<count>`, in name order.
    countsByType: [...byType].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${name}=${n}`),
  };
}

/**
 * Writes the Dataset node of each described data set of the load (in its transaction) and
 * deletes those of the loaded data sets that are no longer described.
 */
export async function writeDatasetNodes(tx: Tx, infos: readonly DatasetInfo[], dataset: Dataset): Promise<void> {
  const rows = infos.map((info) => ({ id: info.id, props: toCypherProperties(datasetProperties(info, dataset)) }));
  await tx.run(`UNWIND $rows AS row MERGE (d:${DATASET_LABEL} {id: row.id}) SET d = row.props`, { rows });
  const loaded = [...new Set(dataset.nodes.map((n) => n.dataset))];
  await tx.run(`MATCH (d:${DATASET_LABEL}) WHERE d.id IN $loaded AND NOT d.id IN $kept DELETE d`, {
    loaded,
    kept: infos.map((info) => info.id),
  });
}
