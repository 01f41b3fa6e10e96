import { toNative } from '@faire-collectif/neo4j';
import type {
  Basis,
  DatasetModel,
  DatePrecision,
  EntityModel,
  EntityType,
  GraphEdgeModel,
  GraphNodeModel,
  Language,
  OrganisationKind,
  ProvenanceModel,
  RelationshipType,
  SessionKind,
  SourceModel,
  TimeSpanModel,
} from './models';
import { entityTypeOfLabels } from './labels';

// Converts the maps that the projections in projections.ts return into the plain models. Every
// Neo4j value passes through toNative first, so nothing above this module sees a driver type.

type Row = Record<string, unknown>;

export function asRow(value: unknown): Row {
  const native = toNative(value);
  if (native === null || typeof native !== 'object' || Array.isArray(native)) {
    throw new TypeError(`Expected a map from the database, got ${JSON.stringify(native)}`);
  }
  return native as Row;
}

export function str(row: Row, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value : '';
}

export function optStr(row: Row, key: string): string | null {
  const value = row[key];
  return typeof value === 'string' ? value : null;
}

export function num(row: Row, key: string): number {
  const value = row[key];
  return typeof value === 'number' ? value : 0;
}

export function strings(row: Row, key: string): string[] {
  const value = row[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The graph stores `stated`/`inferred`; the API speaks in enum values. */
export function toBasis(value: unknown): Basis {
  return value === 'inferred' ? 'INFERRED' : 'STATED';
}

/** Each citation, quote and report once, in the order stored. */
export function toProvenance(row: Row): ProvenanceModel {
  return {
    basis: toBasis(row['basis']),
    note: optStr(row, 'note'),
    citations: [...new Set(strings(row, 'citations'))],
    quotes: [...new Set(strings(row, 'quotes'))],
    sourceUrls: [...new Set(strings(row, 'sourceUrls'))],
  };
}

function optNum(row: Row, key: string): number | null {
  const value = row[key];
  return typeof value === 'number' ? value : null;
}

function optBool(row: Row, key: string): boolean | null {
  const value = row[key];
  return typeof value === 'boolean' ? value : null;
}

/** The model stores `day`/`month`/`year` (a day without it). */
function datePrecision(row: Row): DatePrecision {
  const stored = optStr(row, 'datePrecision')?.toUpperCase();
  return stored === 'MONTH' || stored === 'YEAR' ? stored : 'DAY';
}

function optPrecision(row: Row, key: string): DatePrecision | null {
  const stored = optStr(row, key)?.toUpperCase();
  return stored === 'DAY' || stored === 'MONTH' || stored === 'YEAR' ? stored : null;
}

/** The stored `time…` properties of a node or relationship (model/time.ts); null when undated. */
export function toTimeSpan(row: Row): TimeSpanModel | null {
  const span = {
    start: optStr(row, 'timeStart'),
    startPrecision: optPrecision(row, 'timeStartPrecision'),
    end: optStr(row, 'timeEnd'),
    endPrecision: optPrecision(row, 'timeEndPrecision'),
    asOf: optStr(row, 'timeAsOf'),
    firstDay: optStr(row, 'timeFirstDay'),
    lastDay: optStr(row, 'timeLastDay'),
  };
  return span.start === null && span.end === null && span.asOf === null ? null : span;
}

/** The graph stores a day; the API gives the date as precise as the source (`2019`, `2019-06`). */
function preciseDate(date: string, precision: DatePrecision): string {
  return precision === 'YEAR' ? date.slice(0, 4) : precision === 'MONTH' ? date.slice(0, 7) : date;
}

function entityType(row: Row): EntityType {
  const type = entityTypeOfLabels(strings(row, 'labels'));
  if (type === undefined) throw new TypeError(`Node ${str(row, 'id')} has no entity type label`);
  return type;
}

/** An entity from `ENTITY` (projections.ts). */
export function toEntity(value: unknown): EntityModel {
  const row = asRow(value);
  const base = {
    id: str(row, 'id'),
    nameEn: str(row, 'nameEn'),
    nameFr: str(row, 'nameFr'),
    aliases: strings(row, 'aliases'),
    descriptionEn: optStr(row, 'descriptionEn'),
    descriptionFr: optStr(row, 'descriptionFr'),
    degree: num(row, 'degree'),
    provenance: toProvenance(row),
    time: toTimeSpan(row),
  };
  const type = entityType(row);
  switch (type) {
    case 'PERSON':
    case 'WORKER_TYPE':
    case 'ORGANISING_FORM':
    case 'STRUGGLE':
      return { ...base, type };
    case 'COLLECTIVE_ACTION':
      return {
        ...base,
        type,
        date: preciseDate(str(row, 'date'), datePrecision(row)),
        datePrecision: datePrecision(row),
        dateRaw: str(row, 'dateRaw'),
        workers: optNum(row, 'workers'),
        online: optBool(row, 'online'),
        tags: strings(row, 'tags'),
        tagsRaw: strings(row, 'tagsRaw'),
        sourceUrls: strings(row, 'sourceUrls'),
        locations: strings(row, 'locationsRaw'),
        datasetId: str(row, 'dataset'),
      };
    case 'ORGANISATION':
      return {
        ...base,
        type,
        kind: (optStr(row, 'kind') ?? 'UNSPECIFIED') as OrganisationKind,
        kindBasis: toBasis(row['kindBasis']),
        url: optStr(row, 'url'),
      };
    case 'COUNTRY':
      return { ...base, type, code: str(row, 'code') };
    case 'SESSION':
      return {
        ...base,
        type,
        kind: (optStr(row, 'kind') ?? 'SESSION') as SessionKind,
        order: num(row, 'order'),
        startTime: str(row, 'startTime'),
        endTime: optStr(row, 'endTime'),
        themeEn: optStr(row, 'themeEn'),
        themeFr: optStr(row, 'themeFr'),
      };
    case 'EVENT':
      return {
        ...base,
        type,
        date: str(row, 'date'),
        startTime: optStr(row, 'startTime'),
        endTime: optStr(row, 'endTime'),
        formatEn: optStr(row, 'formatEn'),
        formatFr: optStr(row, 'formatFr'),
        address: optStr(row, 'address'),
        city: optStr(row, 'city'),
      };
  }
}

/** Narrows a converted entity to the type a query asked for (the Cypher pattern guarantees it). */
export function toEntityOf<T extends EntityModel['type']>(type: T, value: unknown): Extract<EntityModel, { type: T }> {
  const entity = toEntity(value);
  if (entity.type !== type) throw new TypeError(`Expected ${type}, got ${entity.type} for ${entity.id}`);
  return entity as Extract<EntityModel, { type: T }>;
}

export function toSource(value: unknown): SourceModel {
  const row = asRow(value);
  return {
    type: 'SOURCE',
    id: str(row, 'id'),
    title: str(row, 'title'),
    language: str(row, 'language').toUpperCase() === 'FR' ? 'FR' : ('EN' satisfies Language),
    publisher: str(row, 'publisher'),
    date: str(row, 'date'),
    url: str(row, 'url'),
    datasetId: optStr(row, 'dataset'),
  };
}

/** A `Dataset` node; `countsByType` is stored as `"<Label>=<count>"` (relationship types left out). */
export function toDataset(value: unknown): DatasetModel {
  const row = asRow(value);
  const countsByType = strings(row, 'countsByType').flatMap((entry) => {
    const [label = '', count = ''] = entry.split('=');
    const type = entityTypeOfLabels([label]);
    return type === undefined ? [] : [{ type, count: Number(count) }];
  });
  return {
    type: 'DATASET',
    id: str(row, 'id'),
    title: str(row, 'title'),
    authors: strings(row, 'authors'),
    publisher: optStr(row, 'publisher'),
    version: optStr(row, 'version'),
    licence: optStr(row, 'licence'),
    url: optStr(row, 'url'),
    commit: optStr(row, 'commit'),
    date: optStr(row, 'date'),
    citation: str(row, 'citation'),
    nodeCount: num(row, 'nodeCount'),
    relationshipCount: num(row, 'relationshipCount'),
    countsByType,
  };
}

/** A node from `GRAPH_NODE` (projections.ts). */
export function toGraphNode(value: unknown): GraphNodeModel {
  const row = asRow(value);
  const type = entityType(row);
  return {
    id: str(row, 'id'),
    type,
    nameEn: str(row, 'nameEn'),
    nameFr: str(row, 'nameFr'),
    organisationKind: type === 'ORGANISATION' ? ((optStr(row, 'kind') ?? 'UNSPECIFIED') as OrganisationKind) : null,
    countryCodes: [...new Set(strings(row, 'countryCodes'))].sort(),
    degree: num(row, 'degree'),
    time: toTimeSpan(row),
  };
}

/** A relationship from `EDGE` (projections.ts). */
export function toGraphEdge(value: unknown): GraphEdgeModel {
  const row = asRow(value);
  return {
    id: str(row, 'id'),
    type: str(row, 'type') as RelationshipType,
    source: str(row, 'source'),
    target: str(row, 'target'),
    basis: toBasis(row['basis']),
    roleEn: optStr(row, 'roleEn'),
    roleFr: optStr(row, 'roleFr'),
    time: toTimeSpan(row),
  };
}

/** Rows `(id, items)` as lists per id, with an empty list for each id that no row names. */
export function groupById<T>(
  ids: readonly string[],
  records: ReadonlyArray<{ get(key: string): unknown }>,
  convert: (value: unknown) => T,
): Map<string, T[]> {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const record of records)
    grouped.set(record.get('id') as string, (record.get('items') as unknown[]).map(convert));
  return grouped;
}
