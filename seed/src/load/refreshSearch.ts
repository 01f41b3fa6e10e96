import neo4j from 'neo4j-driver';
import type { Database } from '@faire-collectif/neo4j';
import { ENTITY_LABEL, NODE_LABELS } from '../model/graphModel';
import { searchDescription, searchText, type SearchFields } from './searchText';

const PAGE = 5000;

/**
 * Derives `searchText` and `searchDescription` again for every entity, page by page in id order:
 * a store written by an earlier version holds the old ones when its full-text index is replaced.
 */
export async function refreshSearchProperties(db: Database): Promise<void> {
  let after = '';
  for (;;) {
    const page = await db.read((tx) =>
      tx.run(
        `MATCH (n:${ENTITY_LABEL}) WHERE n.id > $after
         RETURN n.id AS id, [l IN labels(n) WHERE l IN $labels][0] AS label, n.nameEn AS nameEn, n.nameFr AS nameFr,
                coalesce(n.aliases, []) AS aliases, n.descriptionEn AS descriptionEn,
                n.descriptionFr AS descriptionFr, n.kind AS kind
         ORDER BY n.id LIMIT $page`,
        { after, labels: [...NODE_LABELS], page: neo4j.int(PAGE) },
      ),
    );
    if (page.records.length === 0) return;
    const rows = page.records.map((record) => {
      const fields = Object.fromEntries(
        Object.entries(record.toObject()).filter(([, value]) => value !== null),
      ) as SearchFields & { id: string };
      return { id: fields.id, searchText: searchText(fields), searchDescription: searchDescription(fields) };
    });
    await db.write((tx) =>
      tx.run(
        `UNWIND $rows AS row MATCH (n:${ENTITY_LABEL} {id: row.id})
         SET n.searchText = row.searchText, n.searchDescription = row.searchDescription`,
        { rows },
      ),
    );
    after = rows[rows.length - 1]!.id;
  }
}
