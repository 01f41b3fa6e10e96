import neo4j from 'neo4j-driver';
import type { Dataset, NodeRecord, RelationshipRecord, SourceRecord } from '../format/schema';
import type { NodeLabel, RelationshipType } from '../model/graphModel';
import { timeDays } from '../model/time';
import { searchDescription, searchText } from './searchText';

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  id: string;
  props: Properties;
}

export interface RelationshipRow extends NodeRow {
  from: string;
  to: string;
}

/** The rows of a data set grouped by label and type, as stored (before integer conversion). */
export interface GroupedRows {
  sources: NodeRow[];
  nodes: Map<NodeLabel, NodeRow[]>;
  relationships: Map<RelationshipType, RelationshipRow[]>;
}

function defined(record: object, omit: readonly string[]): Properties {
  const props: Properties = {};
  // Called for every row of a load (twice by the bulk import): no per-entry arrays.
  for (const key of Object.keys(record)) {
    const value = (record as Record<string, unknown>)[key];
    if (value !== undefined && value !== null && !omit.includes(key)) props[key] = value as PropertyValue;
  }
  return props;
}

/**
 * A node's stored properties: the record less its label, plus `searchText` and
 * `searchDescription` for the full-text index (searchText.ts), and the first and last day it may
 * hold when it is dated (model/time.ts).
 */
export function nodeProperties(record: NodeRecord): Properties {
  return {
    ...defined(record, ['label']),
    ...timeDays(record),
    searchText: searchText(record),
    searchDescription: searchDescription(record),
  };
}

export function sourceProperties(record: SourceRecord): Properties {
  return defined(record, []);
}

/** A relationship's stored properties: the record less its type and endpoints, with its days when dated. */
export function relationshipProperties(record: RelationshipRecord): Properties {
  return { ...defined(record, ['type', 'from', 'to']), ...timeDays(record) };
}

export function groupRows(dataset: Dataset): GroupedRows {
  const nodes = new Map<NodeLabel, NodeRow[]>();
  for (const record of dataset.nodes) {
    const rows = nodes.get(record.label) ?? [];
    rows.push({ id: record.id, props: nodeProperties(record) });
    nodes.set(record.label, rows);
  }
  const relationships = new Map<RelationshipType, RelationshipRow[]>();
  for (const record of dataset.relationships) {
    const rows = relationships.get(record.type) ?? [];
    rows.push({ id: record.id, from: record.from, to: record.to, props: relationshipProperties(record) });
    relationships.set(record.type, rows);
  }
  return {
    sources: dataset.sources.map((record) => ({ id: record.id, props: sourceProperties(record) })),
    nodes,
    relationships,
  };
}

/**
 * JS numbers would be stored as floats; every number in the model is an integer (`order`), so
 * send them as Neo4j integers.
 */
export function toCypherProperties(props: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}

/** Structural equality of stored property maps (lists compared item by item). */
export function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => item === y[i]);
    return x === y;
  });
}

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
