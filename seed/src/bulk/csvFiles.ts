import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../format/schema';
import { LoadError } from '../load/loadDataset';
import { nodeProperties, relationshipProperties, sourceProperties, type Properties } from '../load/rows';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';

// The CSV files of Neo4j's offline importer (`neo4j-admin database import full`) for a data set:
// one file per label and per relationship type, each with its header, holding exactly the
// properties the transactional loader stores (rows.ts), typed so the importer stores the same
// values: strings, `long` for integers (Cypher stores every integer as a 64-bit long), string[]
// for lists.

/** Property types of the importer's header (`name:type`). */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'double[]' | 'boolean[]';

export interface BulkCsvFile {
  kind: 'nodes' | 'relationships';
  /** The label (`Source` for sources) or relationship type. */
  group: string;
  path: string;
  rows: number;
  /** Whether a value spans lines (the importer must then parse this file in one piece). */
  multiline: boolean;
}

/**
 * A list property left empty in some rows. The importer never stores an empty list (it treats an
 * empty array cell as no value), while the transactional loader stores `aliases: []`: these are
 * set after the import.
 */
export interface EmptyLists {
  kind: 'nodes' | 'relationships';
  group: string;
  property: string;
  /** Ids of the rows whose list is empty. */
  ids: string[];
  /** Every row of the group has the property, so after the import "missing" means exactly "empty". */
  everyRow: boolean;
}

export interface BulkCsv {
  files: BulkCsvFile[];
  /** The character between list items (and labels): one no list item contains. */
  arrayDelimiter: string;
  emptyLists: EmptyLists[];
  nodes: number;
  relationships: number;
  sources: number;
}

export interface CsvWriteProgress {
  group: string;
  /** Rows written so far, over all files. */
  done: number;
  total: number;
}

/** Tried in order: `;` keeps the files readable; control characters do not occur in names. */
const ARRAY_DELIMITERS = [';', '|', '\u001f', '\u001e', '\u001d', '\u001c'];
const PROPERTY_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WRITE_CHUNK = 1 << 20;

interface Group {
  kind: 'nodes' | 'relationships';
  name: string;
  /** `:LABEL` cell, or undefined for relationships. */
  labels: readonly string[] | undefined;
  idSpace: string;
  indices: number[];
  columns: Map<string, ColumnType>;
  defined: Map<string, number>;
  empty: Map<string, string[]>;
  multiline: boolean;
}

function fail(message: string): never {
  throw new LoadError(`Cannot write the bulk import files: ${message}`);
}

function valueType(group: Group, property: string, value: unknown): ColumnType | undefined {
  if (typeof value === 'string') return 'string';
  // Integers go to Neo4j as integers (toCypherProperties), other numbers as floats.
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    // The driver sends a list of numbers as floats: the transactional loader stores double[].
    const item = (value as unknown[]).every((x) => typeof x === 'string')
      ? 'string[]'
      : (value as unknown[]).every((x) => typeof x === 'number')
        ? 'double[]'
        : (value as unknown[]).every((x) => typeof x === 'boolean')
          ? 'boolean[]'
          : undefined;
    if (item) return item;
  }
  return fail(`${group.name}.${property} holds a value the importer cannot store (${JSON.stringify(value)})`);
}

const NEWLINE = /[\r\n]/;

function scan(group: Group, id: string, props: Properties, delimiters: Set<string>): void {
  for (const property of Object.keys(props)) {
    const value = props[property];
    let count = group.defined.get(property);
    if (count === undefined) {
      if (!PROPERTY_NAME.test(property))
        fail(`${group.name} has a property name the importer cannot read: "${property}"`);
      count = 0;
    }
    group.defined.set(property, count + 1);
    if (typeof value === 'string') {
      if (!group.multiline && NEWLINE.test(value)) group.multiline = true;
    } else if (Array.isArray(value)) {
      if (value.length === 0) {
        const ids = group.empty.get(property) ?? [];
        ids.push(id);
        group.empty.set(property, ids);
      }
      for (const item of value as unknown[]) {
        if (typeof item !== 'string') continue;
        for (const delimiter of delimiters) if (item.includes(delimiter)) delimiters.delete(delimiter);
        if (!group.multiline && NEWLINE.test(item)) group.multiline = true;
      }
    }
    const type = valueType(group, property, value);
    if (type === undefined) continue;
    const known = group.columns.get(property);
    if (known === undefined) group.columns.set(property, type);
    else if (known !== type) {
      // An integer in some rows and a float in others is stored as each is; one column cannot say both.
      fail(`${group.name}.${property} is ${known} in some rows and ${type} in others`);
    }
  }
}

const quote = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

function cell(value: unknown, type: ColumnType, delimiter: string): string {
  if (value === undefined) return '';
  switch (type) {
    case 'string':
      return quote(value as string);
    case 'long':
    case 'double':
    case 'boolean':
      return String(value);
    case 'string[]':
    case 'double[]':
    case 'boolean[]':
      // An empty list is written as no value (see EmptyLists).
      return (value as unknown[]).length === 0 ? '' : quote((value as unknown[]).map(String).join(delimiter));
  }
}

class ChunkedWriter {
  private buffer = '';
  private readonly stream: WriteStream;
  private readonly closed: Promise<void>;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.closed = new Promise((resolveClosed, reject) => {
      this.stream.on('close', resolveClosed);
      this.stream.on('error', reject);
    });
  }

  async line(text: string): Promise<void> {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= WRITE_CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.closed;
  }
}

/**
 * Writes the importer's CSV files for a validated data set into `dir` (created). Sources are
 * `:Source` nodes in their own id space; entities carry `Entity` and their type label, in the
 * `Entity` id space the relationships point into.
 */
export async function writeBulkCsv(
  dataset: Dataset,
  dir: string,
  onProgress?: (progress: CsvWriteProgress) => void,
): Promise<BulkCsv> {
  const group = (kind: Group['kind'], name: string, labels: string[] | undefined, idSpace: string): Group => ({
    kind,
    name,
    labels,
    idSpace,
    indices: [],
    columns: new Map(),
    defined: new Map(),
    empty: new Map(),
    multiline: false,
  });
  const sources = group('nodes', SOURCE_LABEL, [SOURCE_LABEL], SOURCE_LABEL);
  const labels = new Map(
    NODE_LABELS.map((label) => [label, group('nodes', label, [ENTITY_LABEL, label], ENTITY_LABEL)]),
  );
  const types = new Map(
    RELATIONSHIP_TYPES.map((type) => [type, group('relationships', type, undefined, ENTITY_LABEL)]),
  );
  const delimiters = new Set(ARRAY_DELIMITERS);

  // First pass: which columns each file has, their types, and a list delimiter no item contains.
  dataset.sources.forEach((record, i) => {
    sources.indices.push(i);
    scan(sources, record.id, sourceProperties(record), delimiters);
  });
  dataset.nodes.forEach((record, i) => {
    const target = labels.get(record.label) ?? fail(`unknown label "${String(record.label)}"`);
    target.indices.push(i);
    scan(target, record.id, nodeProperties(record), delimiters);
  });
  dataset.relationships.forEach((record, i) => {
    const target = types.get(record.type) ?? fail(`unknown relationship type "${String(record.type)}"`);
    target.indices.push(i);
    scan(target, record.id, relationshipProperties(record), delimiters);
  });
  const delimiter = [...delimiters][0] ?? fail('every candidate list delimiter occurs in some list item');

  await mkdir(dir, { recursive: true });
  const files: BulkCsvFile[] = [];
  const total = dataset.sources.length + dataset.nodes.length + dataset.relationships.length;
  let done = 0;
  let reported = 0;
  const progress = (name: string, force = false) => {
    if (!onProgress || (!force && done - reported < 50_000)) return;
    reported = done;
    onProgress({ group: name, done, total });
  };

  const groups = [sources, ...labels.values(), ...types.values()].filter((g) => g.indices.length > 0);
  for (const [n, g] of groups.entries()) {
    const nodes = g.kind === 'nodes';
    // `id` is the node's :ID column (stored as the `id` property); a relationship's `id` is a property.
    const columns = [...g.columns].filter(([property]) => !(nodes && property === 'id'));
    const header = nodes
      ? [`id:ID(${g.idSpace})`, ':LABEL']
      : [`:START_ID(${g.idSpace})`, `:END_ID(${g.idSpace})`, ':TYPE'];
    header.push(...columns.map(([property, type]) => `${property}:${type}`));
    const path = join(dir, `${String(n).padStart(2, '0')}-${g.kind}-${g.name}.csv`);
    const writer = new ChunkedWriter(path);
    await writer.line(header.join(','));
    const labelCell = g.labels ? quote(g.labels.join(delimiter)) : '';
    const typeCell = quote(g.name);
    for (const i of g.indices) {
      let props: Properties;
      let lead: string;
      if (g === sources) {
        const record = dataset.sources[i]!;
        props = sourceProperties(record);
        lead = `${quote(record.id)},${labelCell}`;
      } else if (nodes) {
        const record = dataset.nodes[i]!;
        props = nodeProperties(record);
        lead = `${quote(record.id)},${labelCell}`;
      } else {
        const record = dataset.relationships[i]!;
        props = relationshipProperties(record);
        lead = `${quote(record.from)},${quote(record.to)},${typeCell}`;
      }
      let line = lead;
      for (const [property, type] of columns) line += `,${cell(props[property], type, delimiter)}`;
      await writer.line(line);
      done += 1;
      progress(g.name);
    }
    await writer.close();
    files.push({ kind: g.kind, group: g.name, path, rows: g.indices.length, multiline: g.multiline });
  }
  progress(groups.at(-1)?.name ?? '', true);

  const emptyLists = groups.flatMap((g) =>
    [...g.empty].map(([property, ids]) => ({
      kind: g.kind,
      group: g.name,
      property,
      ids,
      everyRow: g.defined.get(property) === g.indices.length,
    })),
  );
  return {
    files,
    arrayDelimiter: delimiter,
    emptyLists,
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    sources: dataset.sources.length,
  };
}
