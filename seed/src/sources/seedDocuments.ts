import { readDatasetInfos, type DatasetInfo } from '../format/datasetInfo';
import { dataFilesIn, readInputFiles } from '../format/readFiles';
import type { InputDocument } from '../format/document';
import { readCollectiveActionTech } from './collectiveActionTech/read';
import type { DerivationReport } from './collectiveActionTech/report';

export interface SeedDocuments {
  documents: InputDocument[];
  /** The files read, for messages. */
  files: string[];
  /** What each derived data set made of its source's values. */
  reports: DerivationReport[];
  /** What each data set is, for its Dataset node. */
  datasets: DatasetInfo[];
}

/**
 * Everything `npm run seed` and `npm start` load from a data directory: the data files in the
 * project's format (`*.json` at the top), then the data sets derived in code from vendored
 * upstream files (in their own folders, which the top-level read never sees).
 */
export async function readSeedDocuments(dataDir: string): Promise<SeedDocuments> {
  const files = await dataFilesIn(dataDir);
  const documents = await readInputFiles(files);
  const knownIds = new Set<string>();
  for (const document of documents) {
    for (const record of document.records) {
      const id = (record.value as { id?: unknown } | null)?.id;
      if (record.list === 'nodes' && typeof id === 'string') knownIds.add(id);
    }
  }
  const reports: DerivationReport[] = [];
  const datasets = await readDatasetInfos(dataDir);
  const derived = await readCollectiveActionTech(dataDir, knownIds);
  if (derived) {
    documents.push(derived.document);
    files.push(derived.document.file);
    reports.push(derived.report);
    datasets.push(derived.info);
  }
  return { documents, files, reports, datasets };
}
