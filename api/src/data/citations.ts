import type { Database } from '@faire-collectif/neo4j';
import type { CitationModel } from './models';
import { entityProjection } from './projections';
import { asRow, num, toEntityOf, toSource } from './records';

/**
 * Resolves `"<sourceId>#<locator>"` citations. A locator that names a part of a programme is the
 * suffix of that session's id, among the sessions of the event held on the source's date. The map
 * lacks citations whose source is not in the graph.
 */
export async function findCitations(db: Database, keys: readonly string[]): Promise<Map<string, CitationModel>> {
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $keys AS key
       WITH key, split(key, '#') AS parts
       MATCH (source:Source {id: parts[0]})
       OPTIONAL CALL (source, parts) {
         MATCH (e:Event {date: source.date})<-[:PART_OF]-(s:Session)
         WHERE s.id ENDS WITH '-' + parts[1]
         RETURN s, e ORDER BY e.id LIMIT 1
       }
       RETURN key, parts[1] AS locator, source { .* } AS source,
              CASE WHEN s IS NULL THEN null ELSE ${entityProjection('s')} END AS session,
              CASE WHEN s IS NULL OR s.kind <> 'SESSION' THEN null
                   ELSE COUNT { (e)<-[:PART_OF]-(x:Session) WHERE x.kind = 'SESSION' AND x.order <= s.order } END
                AS sessionNumber`,
      { keys: [...new Set(keys)] },
    ),
  );
  const found = new Map<string, CitationModel>();
  for (const record of result.records) {
    const row = asRow(record.toObject());
    found.set(row['key'] as string, {
      source: toSource(row['source']),
      locator: row['locator'] as string,
      session: row['session'] === null ? null : toEntityOf('SESSION', row['session']),
      sessionNumber: row['sessionNumber'] === null ? null : num(row, 'sessionNumber'),
      // No data set loaded gives an address per record yet (the collective actions are one file
      // of a repository); the source's own url is the document, named by `source`.
      url: null,
      quote: null,
    });
  }
  return found;
}
