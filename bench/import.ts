import type { Database } from '@faire-collectif/neo4j';
import { declareSchema, loadDataset, type Dataset } from '@faire-collectif/seed';
import { loadAverage } from './machine';

export interface ImportFigures {
  nodes: number;
  relationships: number;
  /** The seed loader's one write transaction, commit included. */
  loadS: number;
  nodesPerS: number;
  relationshipsPerS: number;
  /** Constraints and indexes declared on the empty database, before the load. */
  schemaS: number;
  /** After the commit, until every index (full-text included) is online and populated. */
  indexesS: number;
  /** Within loadS: when the last node batch had run, then the last relationship batch (the rest is the commit). */
  nodesStagedS: number;
  relationshipsStagedS: number;
  /** Time to generate the data set in memory, then to validate it (not part of the rates). */
  generateS: number;
  validateS: number;
  heap: string;
  pageCache: string;
  loadAverage: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/**
 * Loads a data set through the seed loader (`loadDataset`: batched UNWIND/MERGE in one write
 * transaction) into an empty database and times it. The rates count the load only: nodes per
 * second and relationships per second of the same transaction.
 */
export async function measureImport(
  db: Database,
  dataset: Dataset,
  context: { generateS: number; validateS: number; heap: string; pageCache: string },
  log: (message: string) => void,
): Promise<ImportFigures> {
  let started = performance.now();
  await declareSchema(db);
  const schemaS = seconds(started);

  log(`Loading ${dataset.nodes.length} nodes and ${dataset.relationships.length} relationships…`);
  const nodeRows = dataset.sources.length + dataset.nodes.length;
  let nodesStagedS = 0;
  let relationshipsStagedS = 0;
  let lastLogged = performance.now();
  started = performance.now();
  await loadDataset(db, dataset, {
    onProgress: ({ group, done, total }) => {
      if (done === nodeRows) nodesStagedS = seconds(started);
      if (done === total) relationshipsStagedS = seconds(started);
      if (performance.now() - lastLogged < 5_000) return;
      lastLogged = performance.now();
      log(`  ${done}/${total} rows (${group}) after ${seconds(started)} s`);
    },
  });
  const loadS = seconds(started);

  started = performance.now();
  await db.read((tx) => tx.run('CALL db.awaitIndexes(600)'));
  const indexesS = seconds(started);

  const nodes = dataset.nodes.length;
  const relationships = dataset.relationships.length;
  return {
    nodes,
    relationships,
    loadS,
    nodesPerS: Math.round(nodes / loadS),
    relationshipsPerS: Math.round(relationships / loadS),
    nodesStagedS,
    relationshipsStagedS,
    schemaS,
    indexesS,
    ...context,
    loadAverage: loadAverage(),
  };
}
