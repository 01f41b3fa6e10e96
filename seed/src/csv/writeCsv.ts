import { timeFields, writeCsv } from '../export/formats';
import { recordTimes, type Times } from '../export/times';
import type { Dataset } from '../format/schema';
import { LIST_COLUMNS, NODE_COLUMNS, RELATIONSHIP_COLUMNS, TIME_COLUMNS } from './columns';
import { joinMultiValue } from './multiValue';

export interface CsvPair {
  nodes: string;
  relationships: string;
}

/**
 * A data set as the CSV pair that `parseCsvDocument` reads back (sources are `Source` rows), the
 * time columns of dated records last.
 */
export function toCsv(dataset: Dataset, times: Times = recordTimes(dataset)): CsvPair {
  const nodeRows: Record<string, unknown>[] = [
    ...dataset.sources.map((source) => ({ ...source, label: 'Source' })),
    ...dataset.nodes.map((node) => ({ ...node, ...timeFields(times.get(node.id)) })),
  ];
  const relationshipRows = dataset.relationships.map(({ from, to, ...rest }) => ({
    ...rest,
    source: from,
    target: to,
    ...timeFields(times.get(rest.id)),
  }));
  return {
    nodes: table([...NODE_COLUMNS, ...TIME_COLUMNS], nodeRows),
    relationships: table([...RELATIONSHIP_COLUMNS, ...TIME_COLUMNS], relationshipRows),
  };
}

function table(columns: readonly string[], rows: Record<string, unknown>[]): string {
  const cells = rows.map((row) => columns.map((column) => cell(column, row[column])));
  // A data file reads back unchanged: no formula defusing.
  return writeCsv(columns, cells, { lineEnding: '\n', defuseFormulas: false });
}

function cell(column: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (LIST_COLUMNS.has(column) && Array.isArray(value)) return joinMultiValue(value.map(String));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? value.join(',') : JSON.stringify(value);
}
