// @faire-collectif/seed: the graph's data format, its validation, the loader and the exporters.
export {
  BASES,
  ENTITY_LABEL,
  FULLTEXT_INDEX,
  ID_PREFIXES,
  LANGUAGES,
  NODE_LABELS,
  ORGANISATION_KINDS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_TYPES,
  SESSION_KINDS,
  SOURCE_LABEL,
  defaultRelationshipId,
  type Basis,
  type Language,
  type NodeLabel,
  type OrganisationKind,
  type RelationshipType,
  type SessionKind,
} from './model/graphModel';
export { ISO_COUNTRIES, ISO_COUNTRY_CODES } from './model/isoCountries';
export type {
  Dataset,
  NodeRecord,
  NodeRecordOf,
  RelationshipRecord,
  RelationshipRecordOf,
  SourceRecord,
} from './format/schema';
export { ValidationError, formatIssue, type ValidationIssue } from './format/issues';
export { jsonDocument, parseJsonDocument, type InputDocument } from './format/document';
export { validateDataset, validateDocuments, type KnownGraph, type ValidateOptions } from './format/validate';
export { DEFAULT_DATA_DIR, dataFilesIn, readInputFiles } from './format/readFiles';
export { parseCsvDocument, type CsvOptions } from './csv/parseCsv';
export { toCsv, type CsvPair } from './csv/writeCsv';
export { declareSchema } from './load/declareSchema';
export {
  BULK_PHASES,
  bulkImport,
  type BulkImportOptions,
  type BulkImportResult,
  type BulkPhase,
  type BulkProgress,
} from './bulk/bulkImport';
export { assertEmptyStore, inspectLocalStore, type LocalStoreOptions, type LocalStoreState } from './bulk/storeState';
export { writeBulkCsv, type BulkCsv, type BulkCsvFile } from './bulk/csvFiles';
export { LoadError, loadDataset, writeDataset, type LoadOptions, type LoadProgress } from './load/loadDataset';
export { planLoad, type LoadPlan } from './load/plan';
export { resetGraph } from './load/reset';
export { seedIfEmpty } from './load/seedIfEmpty';
export { readSeedDocuments, type SeedDocuments } from './sources/seedDocuments';
export { knownGraphFor } from './load/knownGraph';
export { LoadSummary, type ChangeCounts } from './load/summary';
export { UnknownIdsError, readGraph, type SubgraphOptions } from './export/readGraph';
export { generateDataset, zipf, type GenerateOptions, type GeneratedDocument } from './generate/generateDataset';
export { toJsonDocument } from './export/toJson';
export { toGraphml } from './export/toGraphml';
export { toGexf } from './export/toGexf';
export { periodSubset, recordTimes, type TimedDataset, type Times } from './export/times';
