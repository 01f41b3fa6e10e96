import DataLoader from 'dataloader';
import type { Database } from '@faire-collectif/neo4j';
import { findCitations } from '../data/citations';
import { findNodes } from '../data/entities';
import type { AppearanceModel, CitationModel, NodeModel, RoleModel } from '../data/models';
import { findRelated, type Relation, type RelatedModel } from '../data/relations';
import { findAppearances, findRoles, type AppearanceView, type RoleView } from '../data/roles';

/**
 * The batch loaders of one request: every field of a list of parents is fetched in one query per
 * level, whatever the list's length (no N+1). Created per request, so nothing is cached across
 * requests.
 */
export interface Loaders {
  node: DataLoader<string, NodeModel | null>;
  citation: DataLoader<string, CitationModel | null>;
  related<R extends Relation>(relation: R): DataLoader<string, Array<RelatedModel<R>>>;
  roles(view: RoleView): DataLoader<string, RoleModel[]>;
  appearances(view: AppearanceView): DataLoader<string, AppearanceModel[]>;
}

/** Keeps one loader per name, made on first use. */
function memo<K extends string, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}

function lists<V>(load: (ids: readonly string[]) => Promise<Map<string, V[]>>): DataLoader<string, V[]> {
  return new DataLoader(async (ids) => {
    const found = await load(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}

export function createLoaders(db: Database): Loaders {
  const related = memo((relation: Relation) => lists((ids) => findRelated(db, relation, ids)));
  return {
    node: new DataLoader(async (ids) => {
      const found = await findNodes(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    citation: new DataLoader(async (keys) => {
      const found = await findCitations(db, keys);
      return keys.map((key) => found.get(key) ?? null);
    }),
    related: related as Loaders['related'],
    roles: memo((view: RoleView) => lists((ids) => findRoles(db, view, ids))),
    appearances: memo((view: AppearanceView) => lists((ids) => findAppearances(db, view, ids))),
  };
}
