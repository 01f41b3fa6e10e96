import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import { ENTITY_LABELS } from './labels';
import type { EntityModel, EntityType, EventModel, NodeModel, PageModel } from './models';
import { entityProjection, nameKey } from './projections';
import { toEntity, toEntityOf, toSource } from './records';

export type EntityOrderField = 'NAME' | 'NAME_FR' | 'DEGREE' | 'START_TIME' | 'DATE';
export type SortDirection = 'ASC' | 'DESC';

export interface EntityOrder {
  /** `EVENT_DATE` is internal: events are listed by date. */
  field: EntityOrderField | 'EVENT_DATE';
  direction: SortDirection;
}

export interface PageRequest {
  offset: number;
  first: number;
}

const eventDate = (v: string) => `coalesce([(${v})-[:PART_OF]->(e:Event) | e.date][0], '')`;

/** A sort key; `ascending` keys ignore the requested direction (a tie-break by name reads A to Z). */
type OrderKey = string | { ascending: string };

/** The ORDER BY keys of each field (whitelist): programme order applies to sessions only. */
const ORDER_KEYS: Readonly<Record<EntityOrder['field'], (v: string) => OrderKey[]>> = {
  NAME: (v) => [nameKey(v)],
  NAME_FR: (v) => [nameKey(v, 'nameFr'), nameKey(v)],
  DEGREE: (v) => [`COUNT { (${v})--() }`, { ascending: nameKey(v) }],
  START_TIME: (v) => [
    `CASE WHEN ${v}:Session THEN ${eventDate(v)} + ' ' + coalesce(${v}.startTime, '') ELSE ${nameKey(v)} END`,
    `coalesce(${v}.order, 0)`,
  ],
  EVENT_DATE: (v) => [`${v}.date`, `coalesce(${v}.startTime, '')`],
  // Undated entities after the dated ones whatever the direction, then by name.
  DATE: (v) => [{ ascending: `${v}.date IS NULL` }, `${v}.date`, { ascending: nameKey(v) }],
};

function orderBy(v: string, order: EntityOrder): string {
  const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
  const keys = ORDER_KEYS[order.field](v).map((key) =>
    typeof key === 'string' ? `${key} ${direction}` : `${key.ascending} ASC`,
  );
  // The id last makes the order total, so that offsets are stable between pages.
  return [...keys, `${v}.id ASC`].join(', ');
}

/** Entities and sources by id; the map lacks the ids that name nothing. */
export async function findNodes(db: Database, ids: readonly string[]): Promise<Map<string, NodeModel>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Entity {id: id})
       OPTIONAL MATCH (s:Source {id: id})
       RETURN id, CASE WHEN n IS NULL THEN null ELSE ${entityProjection('n')} END AS entity, s { .* } AS source`,
      { ids: [...new Set(ids)] },
    ),
  );
  const found = new Map<string, NodeModel>();
  for (const record of result.records) {
    const entity: unknown = record.get('entity');
    const source: unknown = record.get('source');
    if (entity !== null) found.set(record.get('id') as string, toEntity(entity));
    else if (source !== null) found.set(record.get('id') as string, toSource(source));
  }
  return found;
}

/** One page of the entities of one type that match the filter, in the given order. */
export async function listEntities<T extends EntityType>(
  db: Database,
  type: T,
  filter: EntityFilter | undefined,
  order: EntityOrder,
  page: PageRequest,
): Promise<PageModel<Extract<EntityModel, { type: T }>>> {
  const compiled = compileFilter(filter);
  const result = await db.read((tx) =>
    tx.run(
      `${compiled.subqueries}
       ${compiled.candidates('n', ENTITY_LABELS[type])}
       WITH n ORDER BY ${orderBy('n', order)}
       WITH collect(n) AS matched
       RETURN size(matched) AS totalCount, [x IN matched[$offset..$end] | ${entityProjection('x')}] AS items`,
      { ...compiled.params, offset: neo4j.int(page.offset), end: neo4j.int(page.offset + page.first) },
    ),
  );
  const record = result.records[0];
  const items = (record?.get('items') as unknown[] | undefined) ?? [];
  return {
    items: items.map((item) => toEntityOf(type, item)),
    offset: page.offset,
    totalCount: (record?.get('totalCount') as number | undefined) ?? 0,
  };
}

/** One page of events, by date and start time. */
export function listEvents(db: Database, page: PageRequest): Promise<PageModel<EventModel>> {
  return listEntities(db, 'EVENT', undefined, { field: 'EVENT_DATE', direction: 'ASC' }, page);
}
