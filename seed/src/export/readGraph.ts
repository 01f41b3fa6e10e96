import type { Database, Tx } from '@faire-collectif/neo4j';
import {
  NODE_SCHEMAS,
  RELATIONSHIP_SCHEMAS,
  fieldsOf,
  sourceSchema,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRecord,
} from '../format/schema';
import { ENTITY_LABEL, SOURCE_LABEL, isNodeLabel, isRelationshipType } from '../model/graphModel';
import { citedSources } from './citedSources';
import { timeOf, type TimeSpan } from './formats';
import type { TimedDataset } from './times';

export interface SubgraphOptions {
  /** Start from these node ids… */
  ids?: readonly string[];
  /** …and take every node within this many hops (either direction). Default 1. */
  depth?: number;
}

/** Some ids asked for are not in the graph. */
export class UnknownIdsError extends Error {
  constructor(readonly ids: readonly string[]) {
    super(`No node with id ${ids.map((id) => `"${id}"`).join(', ')}`);
    this.name = 'UnknownIdsError';
  }
}

const NODE_FIELDS = Object.fromEntries(
  Object.entries(NODE_SCHEMAS).map(([label, schema]) => [label, fieldsOf(schema)]),
);
const RELATIONSHIP_FIELDS = Object.fromEntries(
  Object.entries(RELATIONSHIP_SCHEMAS).map(([type, schema]) => [type, fieldsOf(schema)]),
);
const SOURCE_FIELDS = fieldsOf(sourceSchema);

function pick(props: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (props[field] !== undefined && props[field] !== null) out[field] = props[field];
  return out;
}

/**
 * Reads the graph (or the subgraph around `ids`) back as a Dataset: the model's fields only
 * (derived ones such as `searchText` are left out), with the sources its records cite, and
 * beside them the time of each dated record (its `time*` properties, or its `date`).
 */
export async function readGraph(db: Database, options: SubgraphOptions = {}): Promise<TimedDataset> {
  return db.read(async (tx) => {
    const ids = options.ids?.length ? await neighbourhood(tx, options.ids, options.depth ?? 1) : undefined;
    const nodeResult = await tx.run(
      `MATCH (n:${ENTITY_LABEL}) WHERE $ids IS NULL OR n.id IN $ids
       RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
      { ids: ids ?? null },
    );
    const nodes: NodeRecord[] = [];
    const times = new Map<string, TimeSpan>();
    for (const record of nodeResult.records) {
      const label = (record.get('labels') as string[]).find(isNodeLabel);
      if (!label) continue;
      const props = record.get('props') as Record<string, unknown>;
      const time = timeOf(props);
      if (time) times.set(String(props.id), time);
      // id first, then label: the order of the data files.
      nodes.push({ id: props.id, label, ...pick(props, NODE_FIELDS[label] ?? []) } as NodeRecord);
    }
    const relationshipResult = await tx.run(
      `MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
       WHERE $ids IS NULL OR (a.id IN $ids AND b.id IN $ids)
       RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY type, r.id`,
      { ids: ids ?? null },
    );
    const relationships: RelationshipRecord[] = [];
    for (const record of relationshipResult.records) {
      const type = record.get('type') as string;
      if (!isRelationshipType(type)) continue;
      const allProps = record.get('props') as Record<string, unknown>;
      const time = timeOf(allProps);
      if (time) times.set(String(allProps.id), time);
      const props = pick(allProps, RELATIONSHIP_FIELDS[type] ?? []);
      relationships.push({
        type,
        from: record.get('from') as string,
        to: record.get('to') as string,
        ...props,
      } as RelationshipRecord);
    }
    const cited = ids ? [...citedSources([...nodes, ...relationships])] : null;
    const sourceResult = await tx.run(
      `MATCH (s:${SOURCE_LABEL}) WHERE $ids IS NULL OR s.id IN $ids RETURN properties(s) AS props ORDER BY s.id`,
      { ids: cited },
    );
    const sources = sourceResult.records.map(
      (record) => pick(record.get('props') as Record<string, unknown>, SOURCE_FIELDS) as SourceRecord,
    );
    return { sources, nodes, relationships, times };
  });
}

/** Breadth-first, one query per hop, so the cost follows the subgraph, not the whole graph. */
async function neighbourhood(tx: Tx, start: readonly string[], depth: number): Promise<string[]> {
  const found = await tx.run(`UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN collect(n.id) AS ids`, {
    ids: [...new Set(start)],
  });
  const present = new Set((found.records[0]?.get('ids') as string[] | undefined) ?? []);
  const missing = start.filter((id) => !present.has(id));
  if (missing.length) throw new UnknownIdsError(missing);

  const seen = new Set(present);
  let frontier = [...present];
  for (let hop = 0; hop < depth && frontier.length > 0; hop += 1) {
    const next = await tx.run(
      `UNWIND $ids AS id MATCH (:${ENTITY_LABEL} {id: id})--(m:${ENTITY_LABEL}) RETURN collect(DISTINCT m.id) AS ids`,
      { ids: frontier },
    );
    frontier = ((next.records[0]?.get('ids') as string[] | undefined) ?? []).filter((id) => !seen.has(id));
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}
