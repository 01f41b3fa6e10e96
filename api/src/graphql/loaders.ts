import DataLoader from 'dataloader';
import type { Database } from '@faire-collectif/neo4j';
import { findCitations } from '../data/citations';
import { findDatasets } from '../data/datasets';
import { findNodes } from '../data/entities';
import type { AppearanceModel, CitationModel, DatasetModel, NodeModel, PageModel, RoleModel } from '../data/models';
import type { PageKey } from '../data/pages';
import { findRelated, findRelatedPages, type Relation, type RelatedModel } from '../data/relations';
import { findAppearances, findRolePages, findRoles, type AppearanceView, type RoleView } from '../data/roles';

/**
 * The batch loaders of one request: every field of a list of parents is fetched in one query per
 * level, whatever the list's length (no N+1). Created per request, so nothing is cached across
 * requests.
 */
export interface Loaders {
  node: DataLoader<string, NodeModel | null>;
  citation: DataLoader<string, CitationModel | null>;
  /** Data sets by id; the first load reads them all (they are few). */
  dataset: DataLoader<string, DatasetModel | null>;
  related<R extends Relation>(relation: R): DataLoader<string, Array<RelatedModel<R>>>;
  roles(view: RoleView): DataLoader<string, RoleModel[]>;
  /** One page of a parent's related entities (a connection field), all parents in one query. */
  relatedPage<R extends Relation>(relation: R): DataLoader<PageKey, PageModel<RelatedModel<R>>, string>;
  rolePage(view: RoleView): DataLoader<PageKey, PageModel<RoleModel>, string>;
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

/** A loader of pages, one key per parent and page. */
function pages<V>(
  load: (keys: readonly PageKey[]) => Promise<Array<PageModel<V>>>,
): DataLoader<PageKey, PageModel<V>, string> {
  return new DataLoader(load, { cacheKeyFn: ({ id, offset, first }) => `${id}|${offset}|${first}` });
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
    dataset: new DataLoader(async (ids) => {
      const found = new Map((await findDatasets(db)).map((dataset) => [dataset.id, dataset]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    related: related as Loaders['related'],
    roles: memo((view: RoleView) => lists((ids) => findRoles(db, view, ids))),
    relatedPage: memo((relation: Relation) =>
      pages((keys) => findRelatedPages(db, relation, keys)),
    ) as Loaders['relatedPage'],
    rolePage: memo((view: RoleView) => pages((keys) => findRolePages(db, view, keys))),
    appearances: memo((view: AppearanceView) => lists((ids) => findAppearances(db, view, ids))),
  };
}
