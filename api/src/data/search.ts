import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { FULLTEXT_INDEX } from '@faire-collectif/seed';
import { firstMatching } from './fulltext';
import { labelsOf } from './labels';
import type { EntityType, SearchHitModel } from './models';
import { entityProjection } from './projections';
import { toEntity } from './records';

/**
 * Entities whose names or aliases match `luceneQuery` (built by `toLuceneQuery` from `text`), best
 * first. `matched` is the first of the English name, the French name and the aliases in which
 * every word of `text` starts a word.
 */
export async function searchEntities(
  db: Database,
  text: string,
  luceneQuery: string,
  types: readonly EntityType[] | undefined,
  first: number,
): Promise<SearchHitModel[]> {
  const result = await db.read((tx) =>
    tx.run(
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
       WHERE node:Entity AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
       WITH node, score ORDER BY score DESC, node.id LIMIT $first
       RETURN ${entityProjection('node')} AS entity, score`,
      { index: FULLTEXT_INDEX, query: luceneQuery, labels: types ? labelsOf(types) : null, first: neo4j.int(first) },
    ),
  );
  return result.records.map((record) => {
    const entity = toEntity(record.get('entity'));
    const candidates = [entity.nameEn, entity.nameFr, ...entity.aliases];
    return { entity, score: record.get('score') as number, matched: firstMatching(text, candidates) ?? entity.nameEn };
  });
}
