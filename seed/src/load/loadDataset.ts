import type { Database, Tx } from '@faire-collectif/neo4j';
import type { DatasetInfo } from '../format/datasetInfo';
import type { Dataset } from '../format/schema';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import { writeDatasetNodes } from './datasetNodes';
import { counts, diffNodes, diffRelationships, type GroupDiff } from './diff';
import { releaseImportLock, takeImportLock } from './importLock';
import { deleteStale } from './prune';
import { deleteGraph } from './reset';
import { chunks, groupRows, toCypherProperties, type NodeRow, type RelationshipRow } from './rows';
import { LoadSummary } from './summary';
import { transactionMemoryLimit } from './transactionMemory';

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
  /** What the loaded data sets are: written as their Dataset nodes, with their counts, in the same transaction. */
  datasets?: readonly DatasetInfo[];
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
 * Records are matched by id and `SET = props` replaces properties, so loading twice changes
 * nothing and an edited record updates its node. Labels and types come from the model only.
 * Loads run one at a time, across processes too: the transaction takes the import lock first.
 */
export async function loadDataset(db: Database, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  try {
    return await db.write(async (tx) => {
      try {
        await takeImportLock(tx);
        const summary = await writeDataset(tx, dataset, options);
        await releaseImportLock(tx);
        return summary;
      } catch (error) {
        // Thrown from the work as a LoadError, it ends the transaction without a retry.
        throw memoryLimitError(error, dataset) ?? error;
      }
    });
  } catch (error) {
    // The same limit met at commit, once the driver has given up retrying.
    throw memoryLimitError(error, dataset) ?? error;
  }
}

function memoryLimitError(error: unknown, dataset: Dataset): LoadError | undefined {
  const limit = transactionMemoryLimit(error);
  if (!limit) return undefined;
  const rows = dataset.sources.length + dataset.nodes.length + dataset.relationships.length;
  return new LoadError(
    `The load (${rows} rows, written in one transaction) needs more memory than Neo4j allows: ` +
      `it reached ${limit.setting}${limit.limit ? ` (${limit.limit})` : ''}. ` +
      'For a first load into an empty local store, use the offline importer: `npm run import -- --bulk FILE…`. ' +
      'Otherwise load the data in smaller files, or give Neo4j more memory (NEO4J_LOCAL_HEAP for the local one).',
    { cause: error },
  );
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

  // Each group is compared with the graph first (in this transaction), so only new rows are
  // created and only changed ones rewritten; a re-seed of unchanged data writes nothing.
  const sources = await diffNodes(tx, SOURCE_LABEL, SOURCE_LABEL, groups.sources);
  await writeNodes(tx, SOURCE_LABEL, SOURCE_LABEL, sources, batchSize, progress);
  summary.countSources(counts(sources));
  for (const label of NODE_LABELS) {
    const rows = groups.nodes.get(label);
    if (!rows) continue;
    const diff = await diffNodes(tx, ENTITY_LABEL, label, rows);
    await writeNodes(tx, `${ENTITY_LABEL}:${label}`, label, diff, batchSize, progress);
    summary.count('nodes', label, counts(diff));
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = groups.relationships.get(type);
    if (!rows) continue;
    const diff = await diffRelationships(tx, type, rows);
    await writeRelationships(tx, type, diff, batchSize, progress);
    summary.count('relationships', type, counts(diff));
  }
  if (options.prune && !options.reset) await deleteStale(tx, dataset, summary);
  if (options.datasets) await writeDatasetNodes(tx, options.datasets, dataset);
  return summary;
}

function refuseConflicts(diff: GroupDiff<unknown>): void {
  if (diff.conflicts.length) throw new LoadError(`Cannot write: ${diff.conflicts.join('; ')}`);
}

async function writeNodes(
  tx: Tx,
  labels: string,
  matchLabel: string,
  diff: GroupDiff<NodeRow>,
  batchSize: number,
  progress: (group: string, rows: number) => void,
): Promise<void> {
  refuseConflicts(diff);
  // CREATE, not MERGE: the diff says these ids are new, and the uniqueness constraints refuse a
  // duplicate (in the data, or written meanwhile) so the whole load rolls back.
  for (const batch of chunks(diff.create, batchSize)) {
    await tx.run(`UNWIND $rows AS row CREATE (x:${labels}) SET x = row.props`, { rows: cypherRows(batch) });
    progress(matchLabel, batch.length);
  }
  for (const batch of chunks(diff.update, batchSize)) {
    await tx.run(`UNWIND $rows AS row MATCH (x:${matchLabel} {id: row.id}) SET x = row.props`, {
      rows: cypherRows(batch),
    });
    progress(matchLabel, batch.length);
  }
  progress(matchLabel, diff.unchanged);
}

async function writeRelationships(
  tx: Tx,
  type: string,
  diff: GroupDiff<RelationshipRow>,
  batchSize: number,
  progress: (group: string, rows: number) => void,
): Promise<void> {
  refuseConflicts(diff);
  for (const batch of chunks(diff.create, batchSize)) {
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:${ENTITY_LABEL} {id: row.from})
       MATCH (b:${ENTITY_LABEL} {id: row.to})
       CREATE (a)-[x:${type}]->(b) SET x = row.props
       RETURN count(*) AS written`,
      { rows: cypherRows(batch) },
    );
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== batch.length) {
      const missing = await missingNodes(tx, batch);
      throw new LoadError(
        `${batch.length - written} ${type} relationship(s) not written: no node with id ${missing.map((id) => `"${id}"`).join(', ')}`,
      );
    }
    progress(type, batch.length);
  }
  for (const batch of chunks(diff.update, batchSize)) {
    await tx.run(`UNWIND $rows AS row MATCH ()-[x:${type} {id: row.id}]->() SET x = row.props`, {
      rows: cypherRows(batch),
    });
    progress(type, batch.length);
  }
  progress(type, diff.unchanged);
}

function cypherRows(rows: readonly (NodeRow | RelationshipRow)[]): Record<string, unknown>[] {
  return rows.map((row): Record<string, unknown> => ({ ...row, props: toCypherProperties(row.props) }));
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
