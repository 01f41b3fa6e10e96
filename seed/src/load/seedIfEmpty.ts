import type { Database } from '@faire-collectif/neo4j';
import { DEFAULT_DATA_DIR } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { ENTITY_LABEL } from '../model/graphModel';
import { readSeedDocuments } from '../sources/seedDocuments';
import { declareSchema } from './declareSchema';
import { loadDataset } from './loadDataset';
import type { LoadSummary } from './summary';

/**
 * For `npm start`: declares the schema (always, it is idempotent), then loads the data sets of
 * `seed/data` (the `*.json` files and the data sets derived from vendored upstream files) if the
 * graph has no Entity yet. Returns what it loaded, or undefined when the graph had data.
 * Throws a ValidationError if the data files are invalid (nothing is written then).
 */
export async function seedIfEmpty(db: Database, options: { dataDir?: string } = {}): Promise<LoadSummary | undefined> {
  await declareSchema(db);
  const found = await db.read((tx) => tx.run(`MATCH (n:${ENTITY_LABEL}) RETURN n.id AS id LIMIT 1`));
  if (found.records.length > 0) return undefined;
  const { documents, datasets } = await readSeedDocuments(options.dataDir ?? DEFAULT_DATA_DIR);
  return loadDataset(db, validateDocuments(documents), { datasets });
}
