import type { Database } from '@faire-collectif/neo4j';
import { ENTITY_LABEL } from '@faire-collectif/seed';

/** The filter lists that name entities by id, and the label each id must carry. */
export const ID_LIST_LABELS = {
  workerTypes: 'WorkerType',
  organisingForms: 'OrganisingForm',
  sessions: 'Session',
} as const;
export type IdList = keyof typeof ID_LIST_LABELS;

/**
 * The ids of each list that name no entity of the list's label, for the lists with any; one
 * lookup on the id constraint's index per value, in one query.
 */
export async function findUnknownIds(
  db: Database,
  lists: Partial<Record<IdList, readonly string[]>>,
): Promise<Array<{ list: IdList; ids: string[] }>> {
  const values = (Object.keys(ID_LIST_LABELS) as IdList[]).flatMap((list) =>
    [...new Set(lists[list] ?? [])].map((id) => ({ list, id, label: ID_LIST_LABELS[list] })),
  );
  if (values.length === 0) return [];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $values AS value
       OPTIONAL MATCH (n:${ENTITY_LABEL} {id: value.id})
       WITH value WHERE n IS NULL OR NOT value.label IN labels(n)
       RETURN value.list AS list, collect(value.id) AS ids`,
      { values },
    ),
  );
  const unknown = new Map(
    result.records.map((record) => [record.get('list') as IdList, record.get('ids') as string[]]),
  );
  return (Object.keys(ID_LIST_LABELS) as IdList[]).flatMap((list) => {
    const ids = unknown.get(list);
    return ids && ids.length > 0 ? [{ list, ids }] : [];
  });
}
