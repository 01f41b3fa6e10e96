import type { Database } from '@faire-collectif/neo4j';
import { DATASET_LABEL } from '@faire-collectif/seed/model';
import type { DatasetModel } from './models';
import { toDataset } from './records';

/** Every data set the graph was loaded from, by id (few: one per source data set). */
export async function findDatasets(db: Database): Promise<DatasetModel[]> {
  const result = await db.read((tx) => tx.run(`MATCH (d:${DATASET_LABEL}) RETURN d { .* } AS dataset ORDER BY d.id`));
  return result.records.map((record) => toDataset(record.get('dataset')));
}
