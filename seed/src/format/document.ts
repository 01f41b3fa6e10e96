import { formatPath, type RecordList, type RecordOrigin, type ValidationIssue } from './issues';

/** One record as read from a file, not yet validated. */
export interface InputRecord {
  list: RecordList;
  value: unknown;
  origin: RecordOrigin;
}

/** A file turned into records; problems with the file as a whole are already in `issues`. */
export interface InputDocument {
  file: string;
  /** The data set of records that do not name their own. */
  dataset: string | undefined;
  records: InputRecord[];
  issues: ValidationIssue[];
}

const LISTS: readonly RecordList[] = ['sources', 'nodes', 'relationships'];
const TOP_LEVEL_KEYS = new Set(['$schema', 'dataset', ...LISTS]);

/**
 * Reads a data file in the JSON format: `{ dataset, sources, nodes, relationships }`.
 * Never throws: a file that is not JSON, or not of that shape, comes back with issues.
 */
export function parseJsonDocument(file: string, text: string): InputDocument {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      file,
      dataset: undefined,
      records: [],
      issues: [{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }],
    };
  }
  return jsonDocument(file, data);
}

/**
 * A record without what the graph derives from it: `time`, which an export writes beside a
 * dated record's own dates (the API's `TimeSpan`), is not part of the record.
 */
function withoutDerived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('time' in value)) return value;
  const record = { ...(value as Record<string, unknown>) };
  delete record['time'];
  return record;
}

/** The same, for a value already parsed (or built in code). */
export function jsonDocument(file: string, data: unknown): InputDocument {
  const document: InputDocument = { file, dataset: undefined, records: [], issues: [] };
  const fail = (path: string, message: string) => document.issues.push({ file, path, message });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    fail('', 'expected a JSON object with "dataset", "sources", "nodes" and "relationships"');
    return document;
  }
  const top = data as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if (!TOP_LEVEL_KEYS.has(key))
      fail(formatPath([key]), 'unknown field (expected dataset, sources, nodes, relationships)');
  }
  if (typeof top.dataset === 'string') {
    document.dataset = top.dataset;
  } else {
    fail('.dataset', top.dataset === undefined ? 'required: the name of the data set' : 'expected a string');
  }
  for (const list of LISTS) {
    const items = top[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      fail(`.${list}`, 'expected an array');
      continue;
    }
    items.forEach((value, index) =>
      document.records.push({ list, value: withoutDerived(value), origin: { file, list, index } }),
    );
  }
  return document;
}
