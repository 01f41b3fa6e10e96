import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fieldsOf, NODE_SCHEMAS, RELATIONSHIP_SCHEMAS, sourceSchema, type Dataset } from '../format/schema';
import { LoadError } from '../load/loadDataset';
import { TIME_DAY_FIELDS } from '../model/time';
import { nodeProperties, relationshipProperties, sourceProperties, type Properties } from '../load/rows';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import { ChunkedWriter } from './chunkedWriter';

// The CSV files of Neo4j's offline importer (`neo4j-admin database import full`) for a data set:
// per label and per relationship type a header file and a data file, holding exactly the
// properties the transactional loader stores (rows.ts), typed so the importer stores the same
// values: strings, `long` for integers (Cypher stores every integer as a 64-bit long), string[]
// for lists. The rows are written in one pass over the data set, the headers (whose types are
// only known then) after it.

/** Property types of the importer's header (`name:type`). */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'double[]' | 'boolean[]';

export interface BulkCsvFile {
  kind: 'nodes' | 'relationships';
  /** The label (`Source` for sources) or relationship type. */
  group: string;
  /** The header line, in a file of its own: the importer reads `header,path` as one file. */
  header: string;
  /** The rows. */
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

/** Tried in order: control characters that names and citations do not contain. */
const ARRAY_DELIMITERS = ['\u001f', '\u001e', '\u001d', '\u001c'];
const NEWLINE = /[\r\n]/;

/**
 * The stored properties of each label and type in the model's order (what rows.ts stores), less a
 * node's `id`: that is the :ID column, stored as the `id` property.
 */
function columnsOf(kind: 'nodes' | 'relationships', name: string): string[] {
  if (name === SOURCE_LABEL) return fieldsOf(sourceSchema).filter((field) => field !== 'id');
  if (kind === 'nodes') {
    const fields = fieldsOf(NODE_SCHEMAS[name as keyof typeof NODE_SCHEMAS]);
    return [
      ...fields.filter((field) => field !== 'label' && field !== 'id'),
      ...TIME_DAY_FIELDS,
      'searchText',
      'searchDescription',
    ];
  }
  const fields = fieldsOf(RELATIONSHIP_SCHEMAS[name as keyof typeof RELATIONSHIP_SCHEMAS]);
  return [...fields.filter((field) => !['type', 'from', 'to'].includes(field)), ...TIME_DAY_FIELDS];
}

class Group {
  rows = 0;
  multiline = false;
  readonly types: (ColumnType | undefined)[];
  readonly defined: number[];
  readonly empty = new Map<number, string[]>();
  readonly writer: ChunkedWriter;
  readonly path: string;
  /** `:LABEL` cell of every row (nodes). */
  readonly labelCell: string;

  constructor(
    readonly kind: 'nodes' | 'relationships',
    readonly name: string,
    readonly idSpace: string,
    labels: readonly string[],
    readonly columns: readonly string[],
    dir: string,
    index: number,
    delimiter: string,
  ) {
    this.types = columns.map(() => undefined);
    this.defined = columns.map(() => 0);
    this.path = join(dir, `${String(index).padStart(2, '0')}-${kind}-${name}.csv`);
    this.writer = new ChunkedWriter(this.path);
    this.labelCell = quote(labels.join(delimiter));
  }
}

/** Thrown when a list item contains the delimiter: the files are written again with the next one. */
class DelimiterTaken extends Error {}

function fail(message: string): never {
  throw new LoadError(`Cannot write the bulk import files: ${message}`);
}

const quote = (text: string) => (text.includes('"') ? `"${text.replaceAll('"', '""')}"` : `"${text}"`);

function typeOf(group: Group, property: string, value: unknown): ColumnType {
  if (typeof value === 'string') return 'string';
  // Integers go to Neo4j as integers (toCypherProperties), other numbers as floats.
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) {
    const items = value as unknown[];
    if (items.every((x) => typeof x === 'string')) return 'string[]';
    // The driver sends a list of numbers as floats: the transactional loader stores double[].
    if (items.every((x) => typeof x === 'number')) return 'double[]';
    if (items.every((x) => typeof x === 'boolean')) return 'boolean[]';
  }
  return fail(`${group.name}.${property} holds a value the importer cannot store (${JSON.stringify(value)})`);
}

/** One row's cells after the lead (id and labels, or endpoints and type), noting types and lists. */
function cells(group: Group, id: string, props: Properties, delimiter: string): string {
  const line: string[] = [];
  let seen = 0;
  group.columns.forEach((property, i) => {
    const value = props[property];
    line.push('');
    if (value === undefined) return;
    seen += 1;
    group.defined[i]! += 1;
    const type = typeOf(group, property, value);
    if (Array.isArray(value)) {
      if (value.length === 0) {
        // An empty list says nothing about the type of its items.
        const ids = group.empty.get(i) ?? [];
        ids.push(id);
        group.empty.set(i, ids);
        return;
      }
      for (const item of value as unknown[]) {
        const text = String(item);
        if (text.includes(delimiter)) throw new DelimiterTaken();
        if (!group.multiline && NEWLINE.test(text)) group.multiline = true;
      }
    }
    const known = group.types[i];
    if (known === undefined) group.types[i] = type;
    else if (known !== type) {
      // An integer in some rows and a float in others is stored as each is; one column cannot say both.
      fail(`${group.name}.${property} is ${known} in some rows and ${type} in others`);
    }
    if (typeof value === 'string') {
      if (!group.multiline && NEWLINE.test(value)) group.multiline = true;
      line[i] = quote(value);
    } else if (Array.isArray(value)) {
      line[i] = quote((value as unknown[]).map(String).join(delimiter));
    } else {
      line[i] = String(value);
    }
  });
  const lead = group.kind === 'nodes' && props.id !== undefined ? 1 : 0;
  if (seen + lead !== Object.keys(props).length) {
    const unknown = Object.keys(props).filter((property) => property !== 'id' && !group.columns.includes(property));
    fail(`${group.name} has properties the model does not list: ${unknown.join(', ')}`);
  }
  return line.length > 0 ? `,${line.join(',')}` : '';
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
  for (const delimiter of ARRAY_DELIMITERS) {
    try {
      return await writeWith(dataset, dir, delimiter, onProgress);
    } catch (error) {
      if (!(error instanceof DelimiterTaken)) throw error;
    }
  }
  return fail('every candidate list delimiter occurs in some list item');
}

async function writeWith(
  dataset: Dataset,
  dir: string,
  delimiter: string,
  onProgress: ((progress: CsvWriteProgress) => void) | undefined,
): Promise<BulkCsv> {
  await mkdir(dir, { recursive: true });
  let index = 0;
  const group = (kind: Group['kind'], name: string, labels: string[], idSpace: string) =>
    new Group(kind, name, idSpace, labels, columnsOf(kind, name), dir, index++, delimiter);
  const sources = group('nodes', SOURCE_LABEL, [SOURCE_LABEL], SOURCE_LABEL);
  const labels = new Map(
    NODE_LABELS.map((label) => [label, group('nodes', label, [ENTITY_LABEL, label], ENTITY_LABEL)]),
  );
  const types = new Map(RELATIONSHIP_TYPES.map((type) => [type, group('relationships', type, [], ENTITY_LABEL)]));
  const groups = [sources, ...labels.values(), ...types.values()];

  const total = dataset.sources.length + dataset.nodes.length + dataset.relationships.length;
  let done = 0;
  const written = async (g: Group, line: string) => {
    g.rows += 1;
    done += 1;
    const flushing = g.writer.line(line);
    if (flushing) await flushing;
    if (onProgress && done % 50_000 === 0) onProgress({ group: g.name, done, total });
  };
  try {
    for (const record of dataset.sources) {
      const line = `${quote(record.id)},${sources.labelCell}${cells(sources, record.id, sourceProperties(record), delimiter)}`;
      await written(sources, line);
    }
    for (const record of dataset.nodes) {
      const g = labels.get(record.label) ?? fail(`unknown label "${String(record.label)}"`);
      await written(g, `${quote(record.id)},${g.labelCell}${cells(g, record.id, nodeProperties(record), delimiter)}`);
    }
    for (const record of dataset.relationships) {
      const g = types.get(record.type) ?? fail(`unknown relationship type "${String(record.type)}"`);
      const lead = `${quote(record.from)},${quote(record.to)},${quote(record.type)}`;
      await written(g, `${lead}${cells(g, record.id, relationshipProperties(record), delimiter)}`);
    }
  } finally {
    await Promise.all(groups.map((g) => g.writer.close()));
  }
  onProgress?.({ group: groups.at(-1)!.name, done, total });

  const files: BulkCsvFile[] = [];
  for (const g of groups.filter((each) => each.rows > 0)) {
    // `id` is the node's :ID column (stored as the `id` property); a relationship's `id` is a property.
    const lead =
      g.kind === 'nodes'
        ? [`id:ID(${g.idSpace})`, ':LABEL']
        : [`:START_ID(${g.idSpace})`, `:END_ID(${g.idSpace})`, ':TYPE'];
    // A column without a value in any row (or only empty lists) reads as nothing: any type will do.
    const columns = g.columns.map(
      (property, i) => `${property}:${g.types[i] ?? (g.empty.has(i) ? 'string[]' : 'string')}`,
    );
    const header = g.path.replace(/\.csv$/, '.header.csv');
    await writeFile(header, `${[...lead, ...columns].join(',')}\n`);
    files.push({ kind: g.kind, group: g.name, header, path: g.path, rows: g.rows, multiline: g.multiline });
  }

  const emptyLists = groups.flatMap((g) =>
    [...g.empty].map(([i, ids]) => ({
      kind: g.kind,
      group: g.name,
      property: g.columns[i]!,
      ids,
      everyRow: g.defined[i] === g.rows,
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
