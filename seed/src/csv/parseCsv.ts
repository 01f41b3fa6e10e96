import { parse } from 'csv-parse/sync';
import type { InputDocument, InputRecord } from '../format/document';
import type { RecordList } from '../format/issues';
import {
  INTEGER_COLUMNS,
  LIST_COLUMNS,
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  TIME_COLUMNS,
  canonicalColumn,
} from './columns';
import { splitMultiValue } from './multiValue';

export interface CsvOptions {
  /** The data set of rows without a `dataset` cell. */
  dataset?: string;
}

type CsvKind = 'nodes' | 'relationships';

/** Messages about a relationship's endpoints name the CSV's columns. */
const ENDPOINT_COLUMNS = { from: 'source', to: 'target' } as const;

interface ParsedRow {
  record: string[];
  info: { lines: number };
}

/**
 * Reads one CSV file of the pair into records; which of the two it is follows from its header
 * (`id,label,…` or `source,target,type,…`). Cells are typed here (lists split, `order` to a
 * number) and the validator does the rest, so CSV and JSON give the same messages.
 */
export function parseCsvDocument(file: string, text: string, options: CsvOptions = {}): InputDocument {
  const document: InputDocument = { file, dataset: options.dataset, records: [], issues: [] };
  let rows: ParsedRow[];
  try {
    rows = parse(text, {
      info: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n'],
    }) as unknown as ParsedRow[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    document.issues.push({
      file,
      ...(line === undefined ? {} : { line }),
      path: '',
      message: `not valid CSV: ${(error as Error).message}`,
    });
    return document;
  }
  const [header, ...body] = rows;
  if (!header) {
    document.issues.push({ file, path: '', message: 'empty file: expected a header row' });
    return document;
  }
  const kind = kindOf(header.record);
  if (!kind) {
    document.issues.push({
      file,
      line: 1,
      path: '',
      message: 'expected a nodes header (id,label,…) or a relationships header (source,target,type,…)',
    });
    return document;
  }
  const columns = mapColumns(file, header.record, kind, document);
  if (!columns) return document;

  body.forEach((row, index) => {
    const line = row.info.lines - newlinesIn(row.record);
    if (row.record.length > columns.length) {
      document.issues.push({
        file,
        line,
        record: { list: kind, index },
        path: '',
        message: `${row.record.length} cells, but the header has ${columns.length} columns`,
      });
      return;
    }
    const value = rowValue(columns, row.record);
    const origin = {
      file,
      list: kind,
      index,
      line,
      ...(kind === 'relationships' ? { columns: ENDPOINT_COLUMNS } : {}),
    };
    document.records.push(toRecord(kind, value, origin));
  });
  return document;
}

function kindOf(header: string[]): CsvKind | undefined {
  const names = new Set(header.map((cell) => canonicalColumn(cell, [...NODE_COLUMNS, ...RELATIONSHIP_COLUMNS])));
  if (names.has('source') && names.has('target')) return 'relationships';
  if (names.has('id') && names.has('label')) return 'nodes';
  return undefined;
}

function mapColumns(file: string, header: string[], kind: CsvKind, document: InputDocument): string[] | undefined {
  const known = [...(kind === 'nodes' ? NODE_COLUMNS : RELATIONSHIP_COLUMNS), ...TIME_COLUMNS];
  const columns: string[] = [];
  let ok = true;
  header.forEach((cell) => {
    const column = canonicalColumn(cell, known);
    if (column === undefined) {
      document.issues.push({
        file,
        line: 1,
        path: '',
        message: `unknown column "${cell}" (expected ${known.join(', ')})`,
      });
      ok = false;
    } else if (columns.includes(column)) {
      document.issues.push({ file, line: 1, path: '', message: `column "${column}" appears twice` });
      ok = false;
    }
    columns.push(column ?? '');
  });
  return ok ? columns : undefined;
}

/** Empty cells are absent fields; list and integer columns are typed; the derived time columns are left out. */
function rowValue(columns: string[], cells: string[]): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  columns.forEach((column, i) => {
    const cell = cells[i] ?? '';
    if (cell.trim() === '' || TIME_COLUMNS.includes(column)) return;
    if (LIST_COLUMNS.has(column)) value[column] = splitMultiValue(cell);
    else if (INTEGER_COLUMNS.has(column) && /^\s*-?\d+\s*$/.test(cell)) value[column] = Number(cell);
    else value[column] = cell;
  });
  return value;
}

function toRecord(kind: CsvKind, value: Record<string, unknown>, origin: InputRecord['origin']): InputRecord {
  if (kind === 'relationships') {
    const { source, target, ...rest } = value;
    const endpoints = {
      ...(source === undefined ? {} : { from: source }),
      ...(target === undefined ? {} : { to: target }),
    };
    return { list: 'relationships', value: { ...rest, ...endpoints }, origin };
  }
  if (value.label === 'Source') {
    const source = { ...value };
    delete source.label;
    return { list: 'sources' satisfies RecordList, value: source, origin };
  }
  return { list: 'nodes', value, origin };
}

function newlinesIn(cells: string[]): number {
  return cells.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
}
