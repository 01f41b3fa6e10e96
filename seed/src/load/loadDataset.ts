import type { Database, Tx } from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import { deleteGraph } from './reset';
import { chunks, groupRows, toCypherProperties, type NodeRow, type RelationshipRow } from './rows';
import { LoadSummary } from './summary';

export interface LoadProgress {
  /** The label, relationship type or `Source` being written. */
  group: string;
  /** Rows written so far, over the whole load. */
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Delete every Entity and Source first (in the same transaction). */
  reset?: boolean;
  /**
   * Delete what the graph holds for these data sets (by `dataset` name) that the data no longer
   * has, so an edited file is the truth for its data sets. Off for partial imports.
   */
  prune?: boolean;
  /** Rows per UNWIND statement; all statements still run in one transaction. */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** A write failed in a way validation could not foresee (the graph changed, or a constraint). */
export class LoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LoadError';
  }
}

const DEFAULT_BATCH_SIZE = 10_000;

/**
 * Writes a validated data set in ONE write transaction: all of it or, on any error, nothing.
 * MERGE by id then `SET = props` replaces properties, so loading twice changes nothing and an
 * edited record updates its node. Labels and types come from the model's whitelist only.
 */
export async function loadDataset(db: Database, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  return db.write((tx) => writeDataset(tx, dataset, options));
}

export async function writeDataset(tx: Tx, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const summary = new LoadSummary();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const groups = groupRows(dataset);
  const total = dataset.sources.length + dataset.nodes.length + dataset.relationships.length;
  let done = 0;
  const progress = (group: string, rows: number) => {
    done += rows;
    options.onProgress?.({ group, done, total });
  };

  if (options.reset) await deleteGraph(tx, summary);

  for (const batch of chunks(groups.sources, batchSize)) {
    summary.countSources(await mergeNodes(tx, SOURCE_LABEL, batch));
    progress(SOURCE_LABEL, batch.length);
  }
  for (const label of NODE_LABELS) {
    for (const batch of chunks(groups.nodes.get(label) ?? [], batchSize)) {
      summary.count('nodes', label, await mergeNodes(tx, `${ENTITY_LABEL}:${label}`, batch));
      progress(label, batch.length);
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    for (const batch of chunks(groups.relationships.get(type) ?? [], batchSize)) {
      summary.count('relationships', type, await mergeRelationships(tx, type, batch));
      progress(type, batch.length);
    }
  }
  if (options.prune && !options.reset) await pruneStale(tx, dataset, summary);
  return summary;
}

interface MergeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

// `__created` marks a node MERGE created, so one statement tells created, updated and unchanged
// apart; `SET n = row.props` then removes it with every property the record no longer has.
const RETURN_COUNTS = `
  WITH x, row, coalesce(x.__created, false) AS created, properties(x) AS before
  SET x = row.props
  RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
         sum(CASE WHEN NOT created AND before <> row.props THEN 1 ELSE 0 END) AS updated,
         count(*) AS total`;

async function mergeNodes(tx: Tx, labels: string, rows: NodeRow[]): Promise<MergeCounts> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MERGE (x:${labels} {id: row.id})
     ON CREATE SET x.__created = true
     ${RETURN_COUNTS}`,
    { rows: rows.map((row) => ({ id: row.id, props: toCypherProperties(row.props) })) },
  );
  return counts(result.records[0]?.toObject());
}

async function mergeRelationships(tx: Tx, type: string, rows: RelationshipRow[]): Promise<MergeCounts> {
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (a:${ENTITY_LABEL} {id: row.from})
     MATCH (b:${ENTITY_LABEL} {id: row.to})
     MERGE (a)-[x:${type} {id: row.id}]->(b)
     ON CREATE SET x.__created = true
     ${RETURN_COUNTS}`,
    { rows: rows.map((row) => ({ id: row.id, from: row.from, to: row.to, props: toCypherProperties(row.props) })) },
  );
  const merged = counts(result.records[0]?.toObject());
  const written = merged.created + merged.updated + merged.unchanged;
  if (written !== rows.length) {
    const missing = await missingNodes(tx, rows);
    throw new LoadError(
      `${rows.length - written} ${type} relationship(s) not written: no node with id ${missing.map((id) => `"${id}"`).join(', ')}`,
    );
  }
  return merged;
}

function counts(record: Record<string, unknown> | undefined): MergeCounts {
  const created = Number(record?.created ?? 0);
  const updated = Number(record?.updated ?? 0);
  return { created, updated, unchanged: Number(record?.total ?? 0) - created - updated };
}

async function missingNodes(tx: Tx, rows: RelationshipRow[]): Promise<string[]> {
  const ids = [...new Set(rows.flatMap((row) => [row.from, row.to]))];
  const result = await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:${ENTITY_LABEL} {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id) AS missing`,
    { ids },
  );
  return (result.records[0]?.get('missing') as string[] | undefined) ?? [];
}

/** Deletes records of the loaded data sets that the data no longer has. */
async function pruneStale(tx: Tx, dataset: Dataset, summary: LoadSummary): Promise<void> {
  const names = [...new Set([...dataset.sources, ...dataset.nodes, ...dataset.relationships].map((r) => r.dataset))];
  const keep = {
    relationships: new Set(dataset.relationships.map((r) => r.id)),
    nodes: new Set(dataset.nodes.map((n) => n.id)),
    sources: new Set(dataset.sources.map((s) => s.id)),
  };

  const relationships = await tx.run(`MATCH ()-[r]->() WHERE r.dataset IN $names RETURN r.id AS id, type(r) AS type`, {
    names,
  });
  const staleByType = new Map<string, string[]>();
  for (const record of relationships.records) {
    const id = record.get('id') as string;
    const type = record.get('type') as string;
    if (!keep.relationships.has(id)) staleByType.set(type, [...(staleByType.get(type) ?? []), id]);
  }
  for (const type of RELATIONSHIP_TYPES) {
    const ids = staleByType.get(type);
    if (!ids) continue;
    await tx.run(`UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, { ids });
    summary.count('relationships', type, { deleted: ids.length });
  }

  const nodes = await tx.run(
    `MATCH (n:${ENTITY_LABEL}) WHERE n.dataset IN $names AND NOT n.id IN $keep
     WITH n, [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS label
     DETACH DELETE n
     RETURN label, count(*) AS deleted`,
    { names, keep: [...keep.nodes] },
  );
  for (const record of nodes.records) {
    summary.count('nodes', record.get('label') as string, { deleted: Number(record.get('deleted')) });
  }
  const sources = await tx.run(
    `MATCH (s:${SOURCE_LABEL}) WHERE s.dataset IN $names AND NOT s.id IN $keep DELETE s RETURN count(*) AS deleted`,
    { names, keep: [...keep.sources] },
  );
  summary.countSources({ deleted: Number(sources.records[0]?.get('deleted') ?? 0) });
}
