import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import type { GraphNodeModel, PathModel, PathResultModel } from './models';
import { edgeProjection, graphNodeProjection } from './projections';
import { toGraphEdge, toGraphNode } from './records';

export const MAX_PATH_LENGTH = 10;

/** Which of the two ends were not found, when one was not. */
export class UnknownEndError extends Error {
  constructor(
    readonly end: 'from' | 'to',
    readonly id: string,
  ) {
    super(`No entity has the id "${id}".`);
    this.name = 'UnknownEndError';
  }
}

function toPath(row: { nodes: string[]; edges: unknown[] }, byId: ReadonlyMap<string, GraphNodeModel>): PathModel {
  const nodes = row.nodes.map((id) => byId.get(id) as GraphNodeModel);
  const steps = row.edges.map(toGraphEdge).map((edge, i) => {
    const from = nodes[i] as GraphNodeModel;
    const to = nodes[i + 1] as GraphNodeModel;
    return { edge, from, to, reversed: edge.source !== from.id };
  });
  return { nodes, steps };
}

/** Orders paths by the ids along them, so that the same question gets the same answer. */
function pathKey(path: PathModel): string {
  return path.nodes.map((node) => node.id).join('\u0000');
}

/**
 * All shortest paths (Cypher's `allShortestPaths`, either direction) of at most `maxLength`
 * relationships, at most `limit` of them. Throws UnknownEndError when an end does not exist.
 */
export async function findShortestPaths(
  db: Database,
  from: string,
  to: string,
  maxLength: number,
  limit: number,
): Promise<PathResultModel> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new RangeError(`maxLength must be 1 to ${MAX_PATH_LENGTH}`);
  }
  // maxLength, an integer checked above, is the only value in the Cypher text (bounds cannot be parameters).
  const result = await db.read((tx) =>
    tx.run(
      `OPTIONAL MATCH (a:Entity {id: $from})
       OPTIONAL MATCH (b:Entity {id: $to})
       WITH a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
            CASE WHEN a = b THEN [${graphNodeProjection('a')}] ELSE null END AS same,
            COLLECT {
              MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b)) WHERE a <> b
              RETURN p LIMIT $limit
            } AS found
       // Paths share their ends and often more: each node is projected once.
       RETURN fromFound, toFound, same,
              [p IN found | { nodes: [x IN nodes(p) | x.id], edges: [r IN relationships(p) | ${edgeProjection('r')}] }] AS paths,
              COLLECT { UNWIND found AS p UNWIND nodes(p) AS x WITH DISTINCT x RETURN ${graphNodeProjection('x')} } AS pathNodes`,
      { from, to, limit: neo4j.int(limit) },
    ),
  );
  const record = result.records[0];
  if (!record?.get('fromFound')) throw new UnknownEndError('from', from);
  if (!record.get('toFound')) throw new UnknownEndError('to', to);
  const same = record.get('same') as unknown[] | null;
  if (same) return { paths: [{ nodes: same.map(toGraphNode), steps: [] }], length: 0 };
  const byId = new Map((record.get('pathNodes') as unknown[]).map(toGraphNode).map((node) => [node.id, node]));
  const paths = (record.get('paths') as Array<{ nodes: string[]; edges: unknown[] }>).map((row) => toPath(row, byId));
  paths.sort((p, q) => (pathKey(p) < pathKey(q) ? -1 : 1));
  return { paths, length: paths[0]?.steps.length ?? null };
}
