import type { Database } from '@faire-collectif/neo4j';
import type { AppearanceModel, PageModel, RoleModel } from './models';
import { pageKeysParameter, pagesInOrder, type PageKey } from './pages';
import { entityProjection, nameKey } from './projections';
import { asRow, groupById, num, optStr, str, toEntityOf, toProvenance, toTimeSpan } from './records';

// The relationships that the API shows as objects (a role, an appearance), each with both ends,
// so that `role.person` or `appearance.session` needs no further query.

const ROLE_VIEWS = {
  byPerson: { pattern: '(p:Person {id: id})-[r:HOLDS_ROLE]->(o:Organisation)', order: nameKey('o') },
  byOrganisation: { pattern: '(p:Person)-[r:HOLDS_ROLE]->(o:Organisation {id: id})', order: nameKey('p') },
} as const;

const APPEARANCE_VIEWS = {
  byPerson: {
    pattern: '(p:Person {id: id})-[r:SPEAKS_IN]->(s:Session)',
    order: "coalesce([(s)-[:PART_OF]->(e:Event) | e.date][0], ''), s.order",
  },
  bySession: { pattern: '(p:Person)-[r:SPEAKS_IN]->(s:Session {id: id})', order: 'r.order' },
} as const;

export type RoleView = keyof typeof ROLE_VIEWS;
export type AppearanceView = keyof typeof APPEARANCE_VIEWS;

function toRole(value: unknown): RoleModel {
  const row = asRow(value);
  const relationship = asRow(row['relationship']);
  return {
    id: str(relationship, 'id'),
    person: toEntityOf('PERSON', row['person']),
    organisation: toEntityOf('ORGANISATION', row['organisation']),
    titleEn: optStr(relationship, 'roleEn'),
    titleFr: optStr(relationship, 'roleFr'),
    provenance: toProvenance(relationship),
    time: toTimeSpan(relationship),
  };
}

function toAppearance(value: unknown): AppearanceModel {
  const row = asRow(value);
  const relationship = asRow(row['relationship']);
  return {
    id: str(relationship, 'id'),
    person: toEntityOf('PERSON', row['person']),
    session: toEntityOf('SESSION', row['session']),
    order: num(relationship, 'order'),
    contributionEn: optStr(relationship, 'contributionEn'),
    contributionFr: optStr(relationship, 'contributionFr'),
    provenance: toProvenance(relationship),
    time: toTimeSpan(relationship),
  };
}

/** For each person or organisation id, its roles. */
export async function findRoles(
  db: Database,
  view: RoleView,
  ids: readonly string[],
): Promise<Map<string, RoleModel[]>> {
  const { pattern, order } = ROLE_VIEWS[view];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH ${pattern}
       WITH id, p, r, o ORDER BY ${order}, r.id
       RETURN id, collect({ relationship: r { .* }, person: ${entityProjection('p')},
                            organisation: ${entityProjection('o')} }) AS items`,
      { ids: [...new Set(ids)] },
    ),
  );
  return groupById(ids, result.records, toRole);
}

/** For each key, one page of the person's or organisation's roles, in the order of findRoles. */
export async function findRolePages(
  db: Database,
  view: RoleView,
  keys: readonly PageKey[],
): Promise<Array<PageModel<RoleModel>>> {
  const { pattern, order } = ROLE_VIEWS[view];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       WITH index, key, key.id AS id
       CALL (id) {
         MATCH ${pattern}
         WITH p, r, o ORDER BY ${order}, r.id
         RETURN collect({ person: p, relationship: r, organisation: o }) AS matched
       }
       CALL (matched, key) {
         UNWIND matched[key.offset..key.offset + key.first] AS row
         WITH row.person AS p, row.relationship AS r, row.organisation AS o
         RETURN collect({ relationship: r { .* }, person: ${entityProjection('p')},
                          organisation: ${entityProjection('o')} }) AS items
       }
       RETURN index, size(matched) AS totalCount, items`,
      { keys: pageKeysParameter(keys) },
    ),
  );
  return pagesInOrder(keys, result.records, toRole);
}

/** For each person or session id, its appearances (a session's in speaking order). */
export async function findAppearances(
  db: Database,
  view: AppearanceView,
  ids: readonly string[],
): Promise<Map<string, AppearanceModel[]>> {
  const { pattern, order } = APPEARANCE_VIEWS[view];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH ${pattern}
       WITH id, p, r, s ORDER BY ${order}, r.id
       RETURN id, collect({ relationship: r { .* }, person: ${entityProjection('p')},
                            session: ${entityProjection('s')} }) AS items`,
      { ids: [...new Set(ids)] },
    ),
  );
  return groupById(ids, result.records, toAppearance);
}
