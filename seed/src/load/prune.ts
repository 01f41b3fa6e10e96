import type { Tx } from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { ENTITY_LABEL, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import type { LoadSummary } from './summary';

/**
 * Records of the loaded data sets (by `dataset` name) that the data no longer has: what a load
 * with `prune` deletes, so a data file stays the truth for its data set.
 */
interface Stale {
  relationships: Map<string, string[]>;
  nodes: Map<string, string[]>;
  sources: string[];
}

async function findStale(tx: Tx, dataset: Dataset): Promise<Stale> {
  const names = [...new Set([...dataset.sources, ...dataset.nodes, ...dataset.relationships].map((r) => r.dataset))];
  const keepNodes = new Set(dataset.nodes.map((n) => n.id));
  const keepRelationships = new Set(dataset.relationships.map((r) => r.id));
  const keepSources = new Set(dataset.sources.map((s) => s.id));
  const stale: Stale = { relationships: new Map(), nodes: new Map(), sources: [] };
  const add = (map: Map<string, string[]>, key: string, id: string) => map.set(key, [...(map.get(key) ?? []), id]);

  const relationships = await tx.run(`MATCH ()-[r]->() WHERE r.dataset IN $names RETURN r.id AS id, type(r) AS type`, {
    names,
  });
  for (const record of relationships.records) {
    const id = record.get('id') as string;
    if (!keepRelationships.has(id)) add(stale.relationships, record.get('type') as string, id);
  }
  const nodes = await tx.run(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.dataset IN $names
     RETURN n.id AS id, [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS label`,
    { names },
  );
  for (const record of nodes.records) {
    const id = record.get('id') as string;
    if (!keepNodes.has(id)) add(stale.nodes, record.get('label') as string, id);
  }
  const sources = await tx.run(`MATCH (s:${SOURCE_LABEL}) WHERE s.dataset IN $names RETURN s.id AS id`, { names });
  stale.sources = sources.records.map((record) => record.get('id') as string).filter((id) => !keepSources.has(id));
  return stale;
}

function count(stale: Stale, summary: LoadSummary): void {
  for (const [type, ids] of stale.relationships) summary.count('relationships', type, { deleted: ids.length });
  for (const [label, ids] of stale.nodes) summary.count('nodes', label, { deleted: ids.length });
  summary.countSources({ deleted: stale.sources.length });
}

export async function countStale(tx: Tx, dataset: Dataset, summary: LoadSummary): Promise<void> {
  count(await findStale(tx, dataset), summary);
}

export async function deleteStale(tx: Tx, dataset: Dataset, summary: LoadSummary): Promise<void> {
  const stale = await findStale(tx, dataset);
  for (const type of RELATIONSHIP_TYPES) {
    const ids = stale.relationships.get(type);
    if (ids) await tx.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, { ids });
  }
  const nodeIds = [...stale.nodes.values()].flat();
  if (nodeIds.length)
    await tx.run(`UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) DETACH DELETE n`, { ids: nodeIds });
  if (stale.sources.length)
    await tx.run(`UNWIND $ids AS id MATCH (s:${SOURCE_LABEL} {id: id}) DELETE s`, { ids: stale.sources });
  count(stale, summary);
}
