import type { Tx } from '@faire-collectif/neo4j';
import { ENTITY_LABEL } from '../model/graphModel';
import { chunks, sameProperties, type NodeRow, type RelationshipRow } from './rows';

/** How a group of rows (one label or type) compares with what the graph holds under their ids. */
export interface GroupDiff<R> {
  create: R[];
  update: R[];
  unchanged: number;
  /** Rows that cannot be written: the id is taken by a node of another label, or by a relationship between other nodes. */
  conflicts: string[];
}

const READ_BATCH = 10_000;

/** Compares node rows with the nodes holding their ids (`matchLabel` is `Entity`, or `Source`). */
export async function diffNodes(
  tx: Tx,
  matchLabel: string,
  label: string,
  rows: readonly NodeRow[],
): Promise<GroupDiff<NodeRow>> {
  const diff: GroupDiff<NodeRow> = { create: [], update: [], unchanged: 0, conflicts: [] };
  for (const batch of chunks(rows, READ_BATCH)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (n:${matchLabel} {id: id}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
      { ids: batch.map((row) => row.id) },
    );
    const existing = new Map(result.records.map((record) => [record.get('id') as string, record]));
    for (const row of batch) {
      const found = existing.get(row.id);
      if (!found) {
        diff.create.push(row);
        continue;
      }
      const labels = found.get('labels') as string[];
      if (!labels.includes(label)) {
        const actual = labels.filter((l) => l !== ENTITY_LABEL).join(':');
        diff.conflicts.push(`"${row.id}" is already a ${actual}, not a ${label}`);
      } else if (sameProperties(found.get('props') as Record<string, unknown>, row.props)) diff.unchanged += 1;
      else diff.update.push(row);
    }
  }
  return diff;
}

/** Compares relationship rows of one type with the relationships holding their ids. */
export async function diffRelationships(
  tx: Tx,
  type: string,
  rows: readonly RelationshipRow[],
): Promise<GroupDiff<RelationshipRow>> {
  const diff: GroupDiff<RelationshipRow> = { create: [], update: [], unchanged: 0, conflicts: [] };
  for (const batch of chunks(rows, READ_BATCH)) {
    const result = await tx.run(
      `UNWIND $ids AS id MATCH (a)-[r:${type} {id: id}]->(b)
       RETURN r.id AS id, a.id AS from, b.id AS to, properties(r) AS props`,
      { ids: batch.map((row) => row.id) },
    );
    const existing = new Map(result.records.map((record) => [record.get('id') as string, record]));
    for (const row of batch) {
      const found = existing.get(row.id);
      if (!found) {
        diff.create.push(row);
        continue;
      }
      const from = found.get('from') as string;
      const to = found.get('to') as string;
      if (from !== row.from || to !== row.to) {
        diff.conflicts.push(`${type} "${row.id}" already joins "${from}" to "${to}"`);
      } else if (sameProperties(found.get('props') as Record<string, unknown>, row.props)) diff.unchanged += 1;
      else diff.update.push(row);
    }
  }
  return diff;
}

export function counts(diff: GroupDiff<unknown>): { created: number; updated: number; unchanged: number } {
  return { created: diff.create.length, updated: diff.update.length, unchanged: diff.unchanged };
}
