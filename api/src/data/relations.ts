import type { Database } from '@faire-collectif/neo4j';
import type { EntityModel, EntityType, PageModel } from './models';
import { entityProjection, nameKey } from './projections';
import { groupById, toEntityOf } from './records';
import { pageKeysParameter, pagesInOrder, type PageKey } from './pages';

const LATEST_FIRST = 'm.date DESC';

/**
 * The entities linked to an entity, by field. Each pattern starts at `(n … {id: id})` and ends at
 * `m`; the text comes from this table only. Lists are by name unless `order` says otherwise.
 */
const RELATIONS = {
  personCountries: {
    target: 'COUNTRY',
    pattern: '(n:Person {id: id})-[:HOLDS_ROLE]->(:Organisation)-[:BASED_IN]->(m:Country)',
  },
  organisationCountries: { target: 'COUNTRY', pattern: '(n:Organisation {id: id})-[:BASED_IN]->(m:Country)' },
  organisationPartOf: { target: 'ORGANISATION', pattern: '(n:Organisation {id: id})-[:PART_OF]->(m:Organisation)' },
  organisationParts: { target: 'ORGANISATION', pattern: '(n:Organisation {id: id})<-[:PART_OF]-(m:Organisation)' },
  organisationLeads: { target: 'ORGANISATION', pattern: '(n:Organisation {id: id})-[:LEADS]->(m:Organisation)' },
  organisationLedBy: { target: 'ORGANISATION', pattern: '(n:Organisation {id: id})<-[:LEADS]-(m:Organisation)' },
  organisationWorkerTypes: { target: 'WORKER_TYPE', pattern: '(n:Organisation {id: id})-[:ORGANISES]->(m:WorkerType)' },
  organisationForms: {
    target: 'ORGANISING_FORM',
    pattern: '(n:Organisation {id: id})-[:USES_FORM]->(m:OrganisingForm)',
  },
  organisationEvents: {
    target: 'EVENT',
    pattern: '(n:Organisation {id: id})-[:ORGANISED|CO_ORGANISED]->(m:Event)',
    order: 'm.date',
  },
  countryOrganisations: { target: 'ORGANISATION', pattern: '(n:Country {id: id})<-[:BASED_IN]-(m:Organisation)' },
  workerTypeOrganisations: {
    target: 'ORGANISATION',
    pattern: '(n:WorkerType {id: id})<-[:ORGANISES]-(m:Organisation)',
  },
  workerTypeBroader: { target: 'WORKER_TYPE', pattern: '(n:WorkerType {id: id})-[:SUBTYPE_OF]->(m:WorkerType)' },
  workerTypeNarrower: { target: 'WORKER_TYPE', pattern: '(n:WorkerType {id: id})<-[:SUBTYPE_OF]-(m:WorkerType)' },
  formOrganisations: { target: 'ORGANISATION', pattern: '(n:OrganisingForm {id: id})<-[:USES_FORM]-(m:Organisation)' },
  sessionEvent: { target: 'EVENT', pattern: '(n:Session {id: id})-[:PART_OF]->(m:Event)' },
  sessionWorkerTypes: { target: 'WORKER_TYPE', pattern: '(n:Session {id: id})-[:CONCERNS]->(m:WorkerType)' },
  sessionForms: { target: 'ORGANISING_FORM', pattern: '(n:Session {id: id})-[:CONCERNS]->(m:OrganisingForm)' },
  eventCountry: { target: 'COUNTRY', pattern: '(n:Event {id: id})-[:HELD_IN]->(m:Country)' },
  eventOrganisers: { target: 'ORGANISATION', pattern: '(n:Event {id: id})<-[:ORGANISED]-(m:Organisation)' },
  eventCoOrganisers: { target: 'ORGANISATION', pattern: '(n:Event {id: id})<-[:CO_ORGANISED]-(m:Organisation)' },
  eventSessions: { target: 'SESSION', pattern: '(n:Event {id: id})<-[:PART_OF]-(m:Session)', order: 'm.order' },
  // A collective action's ties, and the actions of each entity, latest first.
  actionForms: { target: 'ORGANISING_FORM', pattern: '(n:CollectiveAction {id: id})-[:TOOK_FORM]->(m:OrganisingForm)' },
  actionStruggles: { target: 'STRUGGLE', pattern: '(n:CollectiveAction {id: id})-[:CONCERNS]->(m:Struggle)' },
  actionWorkerTypes: { target: 'WORKER_TYPE', pattern: '(n:CollectiveAction {id: id})-[:INVOLVES]->(m:WorkerType)' },
  actionCompanies: { target: 'ORGANISATION', pattern: '(n:CollectiveAction {id: id})-[:TARGETS]->(m:Organisation)' },
  actionCountries: { target: 'COUNTRY', pattern: '(n:CollectiveAction {id: id})-[:TOOK_PLACE_IN]->(m:Country)' },
  actionOrganisers: { target: 'ORGANISATION', pattern: '(n:CollectiveAction {id: id})<-[:ORGANISED]-(m:Organisation)' },
  organisationActions: {
    target: 'COLLECTIVE_ACTION',
    // By the graph model ORGANISED only leaves organisations and TARGETS only enters them.
    pattern: '(n:Organisation {id: id})-[:ORGANISED|TARGETS]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  organisationOrganisedActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:Organisation {id: id})-[:ORGANISED]->(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  organisationTargetedActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:Organisation {id: id})<-[:TARGETS]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  countryActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:Country {id: id})<-[:TOOK_PLACE_IN]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  // Workers of a narrower type are workers of this type too (as in the filter).
  workerTypeActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:WorkerType {id: id})<-[:SUBTYPE_OF*0..]-(:WorkerType)<-[:INVOLVES]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  formActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:OrganisingForm {id: id})<-[:TOOK_FORM]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
  struggleActions: {
    target: 'COLLECTIVE_ACTION',
    pattern: '(n:Struggle {id: id})<-[:CONCERNS]-(m:CollectiveAction)',
    order: LATEST_FIRST,
  },
} as const satisfies Record<string, { target: EntityType; pattern: string; order?: string }>;

export type Relation = keyof typeof RELATIONS;
/** The model of the entities a relation reaches. */
export type RelatedModel<R extends Relation> = Extract<EntityModel, { type: (typeof RELATIONS)[R]['target'] }>;

/** For each id, the entities linked to it by `relation` (an empty list for ids without any). */
export async function findRelated<R extends Relation>(
  db: Database,
  relation: R,
  ids: readonly string[],
): Promise<Map<string, Array<RelatedModel<R>>>> {
  const spec: { target: EntityType; pattern: string; order?: string } = RELATIONS[relation];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND $ids AS id
       MATCH ${spec.pattern}
       WITH DISTINCT id, m ORDER BY ${spec.order ?? nameKey('m')}, m.id
       RETURN id, collect(${entityProjection('m')}) AS items`,
      { ids: [...new Set(ids)] },
    ),
  );
  return groupById(ids, result.records, (value) => toEntityOf(spec.target, value) as RelatedModel<R>);
}

/** For each key, one page of the entities linked to its id by `relation`, in the order of findRelated. */
export async function findRelatedPages<R extends Relation>(
  db: Database,
  relation: R,
  keys: readonly PageKey[],
): Promise<Array<PageModel<RelatedModel<R>>>> {
  const spec: { target: EntityType; pattern: string; order?: string } = RELATIONS[relation];
  const result = await db.read((tx) =>
    tx.run(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       WITH index, key, key.id AS id
       CALL (id) {
         MATCH ${spec.pattern}
         WITH DISTINCT m ORDER BY ${spec.order ?? nameKey('m')}, m.id
         RETURN collect(m) AS matched
       }
       RETURN index, size(matched) AS totalCount,
              [x IN matched[key.offset..key.offset + key.first] | ${entityProjection('x')}] AS items`,
      { keys: pageKeysParameter(keys) },
    ),
  );
  return pagesInOrder(keys, result.records, (value) => toEntityOf(spec.target, value) as RelatedModel<R>);
}
