import type { Database } from '@faire-collectif/neo4j';
import { DATASET_LABEL, ENTITY_LABEL } from '@faire-collectif/seed/model';

/** The filter lists that name nodes by id, and the label each id must carry. */
export const ID_LIST_LABELS = {
  workerTypes: 'WorkerType',
  organisingForms: 'OrganisingForm',
  sessions: 'Session',
  struggles: 'Struggle',
  companies: 'Organisation',
  organisers: 'Organisation',
  datasets: DATASET_LABEL,
} as const;

/** The kind an organisation of a list must be of (a company list names companies). */
const LIST_KINDS: Partial<Record<IdList, string>> = { companies: 'COMPANY' };
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
    [...new Set(lists[list] ?? [])].map((id) => ({
      list,
      id,
      label: ID_LIST_LABELS[list],
      kind: LIST_KINDS[list] ?? null,
    })),
  );
  if (values.length === 0) return [];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $values AS value
       OPTIONAL MATCH (n:${ENTITY_LABEL} {id: value.id})
       OPTIONAL MATCH (d:${DATASET_LABEL} {id: value.id})
       WITH value, CASE WHEN value.label = '${DATASET_LABEL}' THEN d ELSE n END AS n
       WITH value WHERE n IS NULL OR NOT value.label IN labels(n) OR (value.kind IS NOT NULL AND n.kind <> value.kind)
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
