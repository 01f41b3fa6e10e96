import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { compileFilter, type EntityFilter } from './filter';
import type { FoldedLinksModel } from './models';
import { entityProjection, graphNodeProjection } from './projections';
import { asRow, toBasis, toEntityOf, toGraphNode } from './records';

/** How many of a link's actions it shows. */
export const SAMPLE_ACTIONS = 20;

/**
 * The collective actions the filter matches, folded into links: for every two entities of
 * different parts (organising group, worker type, company, country) that the same action is tied
 * to, one link weighing the number of such actions. INFERRED when any of those ties is. Heaviest
 * first, then by the ends' ids; `limit` links at most. With a period, only the ties that hold in it.
 * One query.
 */
export async function findFoldedLinks(
  db: Database,
  filter: EntityFilter | undefined,
  limit: number,
): Promise<FoldedLinksModel> {
  const compiled = compileFilter({ ...filter, types: ['COLLECTIVE_ACTION'] });
  const result = await db.read((tx) =>
    tx.run(
      `${compiled.subqueries}
       ${compiled.candidates('a', 'CollectiveAction')}
       WITH DISTINCT a
       WITH collect(a) AS actions
       CALL (actions) {
         UNWIND actions AS a
         CALL (a) {
           MATCH (a)<-[r:ORGANISED]-(x:Organisation) WHERE ${compiled.edgeHolds('r')}
           RETURN x, 'organiser' AS part, r.basis AS basis
           UNION ALL
           MATCH (a)-[r:INVOLVES|TARGETS|TOOK_PLACE_IN]->(x) WHERE ${compiled.edgeHolds('r')}
           RETURN x, type(r) AS part, r.basis AS basis
         }
         WITH a, collect({x: x, part: part, inferred: basis = 'inferred'}) AS ends
         UNWIND ends AS one
         UNWIND ends AS other
         WITH a, one, other WHERE one.part <> other.part AND one.x.id < other.x.id
         WITH one.x AS s, other.x AS t, a, max(CASE WHEN one.inferred OR other.inferred THEN 1 ELSE 0 END) AS inferred
         ORDER BY a.date DESC, a.id
         WITH s, t, count(a) AS weight, max(inferred) AS inferred, collect(a)[0..$sample] AS sample
         ORDER BY weight DESC, s.id, t.id
         RETURN collect({ s: s, t: t, weight: weight, inferred: inferred, sample: sample }) AS links
       }
       WITH size(actions) AS actionCount, size(links) AS linkCount, links[0..$limit] AS shown
       RETURN actionCount, linkCount,
              [l IN shown | { source: l.s.id, target: l.t.id, weight: l.weight,
                              basis: CASE l.inferred WHEN 1 THEN 'inferred' ELSE 'stated' END,
                              actions: [a IN l.sample | ${entityProjection('a')}] }] AS links,
              COLLECT { UNWIND shown AS l UNWIND [l.s, l.t] AS x
                        WITH DISTINCT x RETURN ${graphNodeProjection('x')} } AS nodes`,
      { ...compiled.params, limit: neo4j.int(limit), sample: neo4j.int(SAMPLE_ACTIONS) },
    ),
  );
  const row = asRow(result.records[0]?.toObject() ?? {});
  const links = ((row['links'] as unknown[] | undefined) ?? []).map((value) => {
    const link = asRow(value);
    const source = link['source'] as string;
    const target = link['target'] as string;
    return {
      id: `${source}|FOLDED|${target}`,
      source,
      target,
      weight: link['weight'] as number,
      basis: toBasis(link['basis']),
      actions: (link['actions'] as unknown[]).map((a) => toEntityOf('COLLECTIVE_ACTION', a)),
    };
  });
  const nodes = ((row['nodes'] as unknown[] | undefined) ?? [])
    .map(toGraphNode)
    .sort((a, b) => a.id.localeCompare(b.id));
  return {
    nodes,
    links,
    actionCount: (row['actionCount'] as number | undefined) ?? 0,
    truncated: links.length < ((row['linkCount'] as number | undefined) ?? 0),
  };
}
