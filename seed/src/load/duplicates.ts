import type { Database } from '@faire-collectif/neo4j';
import { ENTITY_LABEL } from '../model/graphModel';

/** An entity as the duplicate finder sees it. */
export interface NamedEntity {
  id: string;
  label: string;
  nameEn: string;
  nameFr: string;
  aliases: string[];
  dataset: string;
}

/** Entities of one label whose names or aliases read the same once normalised. */
export interface DuplicateGroup {
  label: string;
  /** The normalised name they share. */
  key: string;
  entities: NamedEntity[];
  /** Whether they come from more than one data set. */
  acrossDatasets: boolean;
}

/** `Ver.di`, `verdi` and `VER DI` read the same: accents, case, spacing and punctuation dropped. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Likely duplicates for review: entities of a label sharing a normalised name or alias. Nothing
 * is merged; identity across data sets is decided in the reviewed mapping files.
 */
export function findDuplicates(entities: readonly NamedEntity[]): DuplicateGroup[] {
  const byKey = new Map<string, Map<string, NamedEntity>>();
  for (const entity of entities) {
    for (const name of new Set([entity.nameEn, entity.nameFr, ...entity.aliases])) {
      const key = nameKey(name);
      if (key.length < 2) continue;
      const group = byKey.get(`${entity.label}\u0000${key}`) ?? new Map<string, NamedEntity>();
      group.set(entity.id, entity);
      byKey.set(`${entity.label}\u0000${key}`, group);
    }
  }
  const seen = new Set<string>();
  const groups: DuplicateGroup[] = [];
  for (const [labelKey, members] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (members.size < 2) continue;
    const ids = [...members.keys()].sort().join(' ');
    if (seen.has(ids)) continue;
    seen.add(ids);
    const [label, key] = labelKey.split('\u0000') as [string, string];
    const list = [...members.values()].sort((a, b) => a.id.localeCompare(b.id));
    groups.push({ label, key, entities: list, acrossDatasets: new Set(list.map((e) => e.dataset)).size > 1 });
  }
  return groups;
}

export async function readNamedEntities(db: Database): Promise<NamedEntity[]> {
  return db.read(async (tx) => {
    const result = await tx.run(
      `MATCH (n:${ENTITY_LABEL})
       RETURN n.id AS id, [l IN labels(n) WHERE l <> '${ENTITY_LABEL}'][0] AS label, n.nameEn AS nameEn,
              n.nameFr AS nameFr, coalesce(n.aliases, []) AS aliases, n.dataset AS dataset`,
    );
    return result.records.map((record) => record.toObject() as NamedEntity);
  });
}
