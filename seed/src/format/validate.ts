import type { z } from 'zod';
import {
  NODE_LABELS,
  RELATIONSHIP_ENDPOINTS,
  RELATIONSHIP_TYPES,
  defaultRelationshipId,
  endpointsAllowed,
  isNodeLabel,
  isRelationshipType,
  type NodeLabel,
  type RelationshipType,
} from '../model/graphModel';
import { dateFacts } from './datedFacts';
import { jsonDocument, type InputDocument, type InputRecord } from './document';
import { ValidationError, formatPath, type RecordOrigin, type ValidationIssue } from './issues';
import {
  CITATION_PATTERN,
  NODE_SCHEMAS,
  RELATIONSHIP_SCHEMAS,
  sourceSchema,
  type Dataset,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRecord,
} from './schema';

/** What the graph already holds, so a file may refer to nodes and sources it does not define. */
export interface KnownGraph {
  nodes: ReadonlyMap<string, NodeLabel>;
  sources: ReadonlySet<string>;
}

export interface ValidateOptions {
  known?: KnownGraph;
}

interface Located<T> {
  record: T;
  origin: RecordOrigin;
  order: number;
}

type Issue = ValidationIssue & { order: number };

/**
 * Validates the records of one or more documents together (references may cross files) and
 * returns them as one Dataset; throws a ValidationError listing every problem otherwise.
 */
export function validateDocuments(documents: readonly InputDocument[], options: ValidateOptions = {}): Dataset {
  const issues: Issue[] = [];
  const known: KnownGraph = options.known ?? { nodes: new Map(), sources: new Set() };
  const dataset: Dataset = { sources: [], nodes: [], relationships: [] };
  const references: Located<RawReferences>[] = [];
  const nodeLabels = new Map<string, NodeLabel>();
  const firstSeen = {
    sources: new Map<string, RecordOrigin>(),
    nodes: new Map<string, RecordOrigin>(),
    relationships: new Map<string, RecordOrigin>(),
  };

  let order = 0;
  documents.forEach((document) => {
    for (const issue of document.issues) issues.push({ ...issue, order: order++ });
    for (const input of document.records) {
      const at = order++;
      const report = (path: string, message: string, id?: string) =>
        issues.push({ ...issueAt(input.origin, id), path: inFile(input.origin, path), message, order: at });
      const value = input.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        report('', 'expected an object');
        continue;
      }
      const raw = value as Record<string, unknown>;
      const rawId = rawIdOf(input.list, raw);
      if (rawId !== undefined) {
        const seen = firstSeen[input.list];
        const first = seen.get(rawId);
        if (first) report('.id', `duplicate id "${rawId}" (first at ${describeOrigin(first, input.origin)})`, rawId);
        else seen.set(rawId, input.origin);
        if (input.list === 'nodes' && isNodeLabel(raw.label)) nodeLabels.set(rawId, raw.label);
      }

      references.push({ record: rawReferences(raw, rawId), origin: input.origin, order: at });
      const schema = schemaFor(input, raw, report, rawId);
      if (!schema) continue;
      const result = schema.safeParse(raw, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) report(...describeZodIssue(issue, raw), rawId);
        continue;
      }
      const parsed = result.data as Record<string, unknown> & { dataset?: string };
      const datasetName = parsed.dataset ?? document.dataset;
      if (datasetName === undefined) {
        report('.dataset', 'required: name the data set (a "dataset" field, or a default for the file)', rawId);
        continue;
      }
      if (input.list === 'sources') {
        dataset.sources.push({ ...parsed, dataset: datasetName } as SourceRecord);
        continue;
      }
      const record = { ...parsed, dataset: datasetName } as NodeRecord | RelationshipRecord;
      if (input.list === 'relationships') {
        const relationship = record as RelationshipRecord;
        relationship.id ??= defaultRelationshipId(relationship.from, relationship.type, relationship.to);
        dataset.relationships.push(relationship);
      } else {
        dataset.nodes.push(record as NodeRecord);
      }
    }
  });

  const sourceIds = new Set([...firstSeen.sources.keys(), ...known.sources]);
  for (const { record, origin, order: at } of references) {
    record.citations.forEach((citation, index) => {
      const sourceId = typeof citation === 'string' ? CITATION_PATTERN.exec(citation)?.[1] : undefined;
      if (sourceId !== undefined && !sourceIds.has(sourceId)) {
        issues.push({
          ...issueAt(origin, record.id),
          path: `.citations[${index}]`,
          message: `unknown source "${sourceId}" (not in the data nor in the graph)`,
          order: at,
        });
      }
    });
  }
  const labelOf = (id: string) => nodeLabels.get(id) ?? known.nodes.get(id);
  for (const { record, origin, order: at } of references) {
    if (record.endpoints === undefined) continue;
    for (const message of checkEndpoints(record.endpoints, labelOf)) {
      issues.push({
        ...issueAt(origin, record.id),
        path: inFile(origin, message.path),
        message: message.message,
        order: at,
      });
    }
  }

  if (issues.length > 0) {
    issues.sort((a, b) => a.order - b.order);
    throw new ValidationError(issues.map(({ order: _order, ...issue }) => issue));
  }
  return dateFacts(dataset);
}

/** A field path as the file names it (a CSV's `source` column for `.from`). */
function inFile(origin: RecordOrigin, path: string): string {
  const field = /^\.(\w+)/.exec(path)?.[1];
  const column = field === undefined ? undefined : origin.columns?.[field];
  return column === undefined ? path : `.${column}${path.slice(field!.length + 1)}`;
}

function issueAt(origin: RecordOrigin, id: string | undefined): ValidationIssue {
  return {
    file: origin.file,
    ...(origin.line === undefined ? {} : { line: origin.line }),
    record: { list: origin.list, index: origin.index, ...(id === undefined ? {} : { id }) },
    path: '',
    message: '',
  };
}

function describeOrigin(first: RecordOrigin, current: RecordOrigin): string {
  const place = `${first.list}[${first.index}]`;
  if (first.file === current.file) return first.line === undefined ? place : `line ${first.line}`;
  return first.line === undefined ? `${first.file} ${place}` : `${first.file}:${first.line}`;
}

function rawIdOf(list: InputRecord['list'], raw: Record<string, unknown>): string | undefined {
  if (list !== 'relationships') return typeof raw.id === 'string' ? raw.id : undefined;
  if (typeof raw.id === 'string') return raw.id;
  const { from, to, type } = raw;
  if (typeof from === 'string' && typeof to === 'string' && isRelationshipType(type)) {
    return defaultRelationshipId(from, type, to);
  }
  return undefined;
}

function schemaFor(
  input: InputRecord,
  raw: Record<string, unknown>,
  report: (path: string, message: string, id?: string) => void,
  id: string | undefined,
): z.ZodType | undefined {
  if (input.list === 'sources') return sourceSchema;
  if (input.list === 'nodes') {
    if (isNodeLabel(raw.label)) return NODE_SCHEMAS[raw.label];
    report('.label', `${raw.label === undefined ? 'required: ' : ''}expected one of ${NODE_LABELS.join(', ')}`, id);
    return undefined;
  }
  if (isRelationshipType(raw.type)) return RELATIONSHIP_SCHEMAS[raw.type];
  report('.type', `${raw.type === undefined ? 'required: ' : ''}expected one of ${RELATIONSHIP_TYPES.join(', ')}`, id);
  return undefined;
}

function describeZodIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): [string, string] {
  const path = formatPath(issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type') {
    if (input === undefined) return [path, 'required'];
    return [path, `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, got ${typeName(input)}`];
  }
  if (issue.code === 'invalid_value') {
    if (input === undefined) return [path, 'required'];
    return [
      path,
      issue.values.length === 1
        ? `expected ${String(issue.values[0])}`
        : `expected one of ${issue.values.map(String).join(', ')}, got ${JSON.stringify(input)}`,
    ];
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'string') return [path, 'must not be empty'];
    if (issue.origin === 'array')
      return [path, issue.message.startsWith('Too small') ? 'must not be empty' : issue.message];
    return [path, `must be at least ${String(issue.minimum)}`];
  }
  if (issue.code === 'unrecognized_keys') {
    const label = typeof raw.label === 'string' ? raw.label : typeof raw.type === 'string' ? raw.type : 'this record';
    const [first, ...rest] = issue.keys.map((key) => formatPath([...issue.path, key]));
    return [first ?? path, `unknown field for ${label}${rest.length ? ` (also ${rest.join(', ')})` : ''}`];
  }
  // Our own checks (regex formats, refinements) carry their own messages.
  return [path, issue.message];
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'number' && !Number.isInteger(value)) return `${value}`;
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

/** The parts of a raw record that refer to others, taken even when other fields are invalid. */
interface RawReferences {
  id: string | undefined;
  citations: unknown[];
  endpoints?: { type: RelationshipType; from: string; to: string; order: unknown };
}

function rawReferences(raw: Record<string, unknown>, id: string | undefined): RawReferences {
  const references: RawReferences = { id, citations: Array.isArray(raw.citations) ? raw.citations : [] };
  const { type, from, to } = raw;
  if (isRelationshipType(type) && typeof from === 'string' && typeof to === 'string') {
    references.endpoints = { type, from, to, order: raw.order };
  }
  return references;
}

function checkEndpoints(
  record: NonNullable<RawReferences['endpoints']>,
  labelOf: (id: string) => NodeLabel | undefined,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const from = labelOf(record.from);
  const to = labelOf(record.to);
  if (from === undefined) problems.push({ path: '.from', message: `unknown node "${record.from}"` });
  if (to === undefined) problems.push({ path: '.to', message: `unknown node "${record.to}"` });
  if (record.from === record.to) problems.push({ path: '.to', message: 'a relationship cannot join a node to itself' });
  if (from === undefined || to === undefined) return problems;

  const pairs = RELATIONSHIP_ENDPOINTS[record.type];
  const starts = [...new Set(pairs.map(([a]) => a))];
  if (!starts.includes(from)) {
    problems.push({
      path: '.from',
      message: `${record.type} must start at ${starts.join(' or ')}, not at ${from} ("${record.from}")`,
    });
  } else if (!endpointsAllowed(record.type, from, to)) {
    const ends = pairs.filter(([a]) => a === from).map(([, b]) => b);
    problems.push({
      path: '.to',
      message: `${record.type} from ${from} must end at ${ends.join(' or ')}, not at ${to} ("${record.to}")`,
    });
  }
  if (record.type === 'PART_OF' && record.order !== undefined && from !== 'Session') {
    problems.push({ path: '.order', message: "only a session's PART_OF its event has an order" });
  }
  return problems;
}

/** Validates one data set given as a value in the JSON format (e.g. built in code or a test). */
export function validateDataset(value: unknown, file = '<dataset>', options: ValidateOptions = {}): Dataset {
  return validateDocuments([jsonDocument(file, value)], options);
}
