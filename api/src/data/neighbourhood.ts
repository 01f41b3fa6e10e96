import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { entityMayHold, holds, periodParams } from './filter/timeScope';
import type { DatedFilter } from './filter/types';
import { toGraph } from './graph';
import type { NeighbourhoodModel } from './models';
import { edgeProjection, graphNodeProjection } from './projections';
import { toGraphNode } from './records';

/** The deepest neighbourhood: the one source of `neighbourhood(depth:)`'s range. */
export const MAX_DEPTH = 3;

/**
 * The entities within `k` hops of `c`, each once (Neo4j prunes the expansion for DISTINCT ends);
 * with a period, over relationships that hold in it to entities that may (timeScope.ts).
 */
function within(k: number, dated: boolean): string {
  return dated
    ? `COLLECT { MATCH (c)-[rs*1..${k}]-(m:Entity) WHERE m <> c AND all(r IN rs WHERE ${holds('r')})
                 AND ${entityMayHold('m')} RETURN DISTINCT m }`
    : `COLLECT { MATCH (c)-[*1..${k}]-(m:Entity) WHERE m <> c RETURN DISTINCT m }`;
}

/**
 * The entities up to `depth` hops from the centre, nearest first, then the most connected, cut to
 * `limit`; null when no entity has that id. With a period, only what holds in it (the centre is
 * always there).
 */
export async function findNeighbourhood(
  db: Database,
  id: string,
  depth: number,
  limit: number,
  time: DatedFilter = {},
): Promise<NeighbourhoodModel | null> {
  const dated = time.period !== undefined;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
    throw new RangeError(`depth must be 1 to ${MAX_DEPTH}`);
  // The hop counts are integers checked above: the only values that enter the Cypher text.
  const levels = Array.from({ length: depth }, (_, i) => i + 1);
  const distance =
    depth === 1
      ? '1'
      : `CASE ${levels
          .slice(0, -1)
          .map((k) => `WHEN m IN within${k} THEN ${k}`)
          .join(' ')} ELSE ${depth} END`;
  const result = await db.read((tx) =>
    tx.run(
      `MATCH (c:Entity {id: $id})
       WITH c, ${levels.map((k) => `${within(k, dated)} AS within${k}`).join(', ')}
       CALL (c, ${levels.map((k) => `within${k}`).join(', ')}) {
         UNWIND within${depth} AS m
         WITH m, ${distance} AS distance
         ORDER BY distance, COUNT { (m)--() } DESC, m.id
         RETURN collect(m) AS ranked
       }
       WITH c, size(ranked) AS totalCount, [c] + ranked[0..$limit] AS shown
       RETURN ${graphNodeProjection('c')} AS center, totalCount,
              [x IN shown | ${graphNodeProjection('x')}] AS nodes,
              COLLECT { UNWIND shown AS x MATCH (x)-[r]->(y:Entity) WHERE y IN shown${dated ? ` AND ${holds('r')}` : ''}
                        RETURN ${edgeProjection('r')} } AS edges`,
      { id, limit: neo4j.int(limit), ...periodParams(time) },
    ),
  );
  const record = result.records[0];
  if (!record) return null;
  const graph = toGraph({ nodes: record.get('nodes') as unknown[], edges: record.get('edges') as unknown[] });
  const totalCount = record.get('totalCount') as number;
  return {
    ...graph,
    center: toGraphNode(record.get('center')),
    totalCount,
    omittedCount: totalCount - (graph.nodes.length - 1),
  };
}
