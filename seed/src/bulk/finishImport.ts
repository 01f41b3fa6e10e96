import type { Database } from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { LoadError } from '../load/loadDataset';
import { chunks } from '../load/rows';
import { ENTITY_LABEL } from '../model/graphModel';
import type { BulkCsvFile, EmptyLists } from './csvFiles';

// What the offline importer leaves to do on the new store: the empty lists it cannot write, and a
// check that the store holds what was imported.

const name = (identifier: string) => `\`${identifier.replaceAll('`', '``')}\``;

/**
 * Sets the empty lists the importer could not write. Where every row of a group has the list, a
 * missing one is an empty one: found by a scan, in one statement per property for all such groups
 * (`scan`). Otherwise by id, once the id constraints index them (`ids`).
 */
export async function setEmptyLists(db: Database, lists: readonly EmptyLists[], how: 'scan' | 'ids'): Promise<void> {
  if (how === 'scan') {
    const byProperty = new Map<string, EmptyLists[]>();
    for (const list of lists.filter((l) => l.everyRow)) {
      const key = `${list.kind} ${list.property}`;
      byProperty.set(key, [...(byProperty.get(key) ?? []), list]);
    }
    for (const group of byProperty.values()) {
      const { kind, property } = group[0]!;
      const match =
        kind === 'nodes'
          ? `MATCH (x) WHERE (${group.map((l) => `x:${name(l.group)}`).join(' OR ')})`
          : `MATCH ()-[x]->() WHERE (${group.map((l) => `x:${name(l.group)}`).join(' OR ')})`;
      // Batches in transactions of their own: one transaction for a million nodes would hold them all.
      const session = db.driver.session({ database: db.name });
      try {
        await session.run(
          `${match} AND x.${name(property)} IS NULL
           CALL (x) { SET x.${name(property)} = $empty } IN TRANSACTIONS OF 50000 ROWS`,
          { empty: [] },
        );
      } finally {
        await session.close();
      }
    }
    return;
  }
  for (const list of lists.filter((l) => !l.everyRow)) {
    const byId = list.kind === 'nodes' ? `(x:${name(list.group)} {id: id})` : `()-[x:${name(list.group)} {id: id}]->()`;
    for (const ids of chunks(list.ids, 10_000)) {
      await db.write((tx) =>
        tx.run(`UNWIND $ids AS id MATCH ${byId} SET x.${name(list.property)} = $empty`, { ids, empty: [] }),
      );
    }
  }
}

/** The store holds what the data set has, label by label and type by type, and every index is online. */
export async function verify(db: Database, dataset: Dataset, files: readonly BulkCsvFile[]): Promise<void> {
  // The rows of each file (counted while writing them: a million records are not walked again).
  const expected = new Map<string, number>([
    [`(:${ENTITY_LABEL})`, dataset.nodes.length],
    ['()', dataset.nodes.length + dataset.sources.length],
    ['()-[]->()', dataset.relationships.length],
  ]);
  for (const file of files)
    expected.set(file.kind === 'nodes' ? `(:${file.group})` : `()-[:${file.group}]->()`, file.rows);

  // One statement (one plan), every count from Neo4j's counts store.
  const keys = [...expected.keys()];
  const query =
    keys
      .map((key, i) =>
        key.startsWith('()-')
          ? `CALL () { MATCH ${key.replace('[', '[x')} RETURN count(x) AS c${i} }`
          : `CALL () { MATCH ${key.replace('(', '(x')} RETURN count(x) AS c${i} }`,
      )
      .join('\n') + `\nRETURN ${keys.map((_, i) => `c${i}`).join(', ')}`;
  const problems: string[] = [];
  await db.read(async (tx) => {
    const record = (await tx.run(query)).records[0];
    keys.forEach((key, i) => {
      const found = Number(record?.get(`c${i}`) ?? -1);
      if (found !== expected.get(key)) problems.push(`${key}: ${found}, expected ${expected.get(key)}`);
    });
    const offline = await tx.run("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state");
    for (const r of offline.records) problems.push(`index ${r.get('name')} is ${r.get('state')}`);
  });
  if (problems.length) throw new LoadError(`The imported store is not what was imported: ${problems.join('; ')}`);
}
