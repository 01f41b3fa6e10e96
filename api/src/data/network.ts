import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import { toGraph } from './graph';
import type { NetworkModel } from './models';
import { edgeProjection, graphNodeProjection } from './projections';

/**
 * The entities matching the filter plus the filter's own value nodes (the countries, worker
 * types, forms and sessions it names), and the relationships among them. When there are more than
 * `limit`, the value nodes are kept first, then the most connected entities.
 */
export async function findNetwork(
  db: Database,
  filter: EntityFilter | undefined,
  limit: number,
): Promise<NetworkModel> {
  const compiled = compileFilter(filter);
  const result = await db.read((tx) =>
    tx.run(
      `${compiled.subqueries}
       ${compiled.candidates('n', undefined, `[v IN ${compiled.values} WHERE ${compiled.typeMatches('v')}]`)}
       WITH DISTINCT n, n IN ${compiled.values} AS isValue
       ORDER BY isValue DESC, COUNT { (n)--() } DESC, n.id
       WITH collect(n) AS chosen
       WITH size(chosen) AS totalCount, chosen[0..$limit] AS shown
       RETURN totalCount, ${compiled.undatedCount} AS undatedCount, [x IN shown | ${graphNodeProjection('x')}] AS nodes,
              COLLECT { UNWIND shown AS x MATCH (x)-[r]->(y:Entity) WHERE y IN shown AND ${compiled.edgeHolds('r')}
                        RETURN ${edgeProjection('r')} } AS edges`,
      { ...compiled.params, limit: neo4j.int(limit) },
    ),
  );
  const record = result.records[0];
  const totalCount = (record?.get('totalCount') as number | undefined) ?? 0;
  const graph = toGraph({
    nodes: (record?.get('nodes') as unknown[] | undefined) ?? [],
    edges: (record?.get('edges') as unknown[] | undefined) ?? [],
  });
  const undatedCount = (record?.get('undatedCount') as number | undefined) ?? 0;
  return { ...graph, totalCount, truncated: graph.nodes.length < totalCount, undatedCount };
}
