import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { FULLTEXT_INDEX } from '@faire-collectif/seed';
import { entityHolds, periodParams } from './filter/timeScope';
import type { DatedFilter } from './filter/types';
import { firstMatching } from './fulltext';
import { labelsOf } from './labels';
import type { EntityType, SearchHitModel } from './models';
import { entityProjection } from './projections';
import { toEntity } from './records';

/** How many of the index's best hits are ranked for each one shown. */
const CANDIDATES_PER_HIT = 8;

/**
 * Entities whose names or aliases match `luceneQuery` (built by `toLuceneQuery` from `text`), best
 * first. `matched` is the first of the English name, the French name and the aliases in which
 * every word of `text` starts a word. With a period, only the entities that hold in it (timeScope.ts).
 */
export async function searchEntities(
  db: Database,
  text: string,
  luceneQuery: string,
  types: readonly EntityType[] | undefined,
  first: number,
  time: DatedFilter = {},
): Promise<SearchHitModel[]> {
  // The index ranks its hits itself: ask it for a few times more than are shown (a prefix such as
  // `mar*` matches thousands of names), and for all of them only when the types asked for leave
  // fewer than `first` among those. Equal scores at the cut are then left to the index's order.
  const kept = `node:Entity AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))${
    time.period ? ` AND ${entityHolds('node')}` : ''
  }`;
  const result = await db.read((tx) =>
    tx.run(
      `CALL () {
         CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
         RETURN count(*) AS seen, collect(CASE WHEN ${kept} THEN {node: node, score: score} END) AS hits
       }
       CALL (seen, hits) {
         UNWIND CASE WHEN size(hits) < $first AND seen = $candidates THEN [true] ELSE [] END AS more
         CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
         WITH node, score WHERE ${kept}
         RETURN collect({node: node, score: score}) AS all
       }
       UNWIND CASE WHEN all = [] THEN hits ELSE all END AS hit
       WITH hit.node AS node, hit.score AS score ORDER BY score DESC, node.id LIMIT $first
       RETURN ${entityProjection('node')} AS entity, score`,
      {
        index: FULLTEXT_INDEX,
        query: luceneQuery,
        labels: types ? labelsOf(types) : null,
        first: neo4j.int(first),
        candidates: neo4j.int(first * CANDIDATES_PER_HIT),
        ...periodParams(time),
      },
    ),
  );
  return result.records.map((record) => {
    const entity = toEntity(record.get('entity'));
    const candidates = [entity.nameEn, entity.nameFr, ...entity.aliases];
    return { entity, score: record.get('score') as number, matched: firstMatching(text, candidates) ?? entity.nameEn };
  });
}
