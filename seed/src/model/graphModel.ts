/**
 * The graph model of seed/README.md as data. Everything that puts a label or a relationship type
 * into Cypher text takes it from here, never from input, so a data file cannot inject Cypher.
 */

export const ENTITY_LABEL = 'Entity';
export const SOURCE_LABEL = 'Source';
/** A data set as a whole (title, authors, licence, how to cite, counts): like Source, not an Entity. */
export const DATASET_LABEL = 'Dataset';

export const NODE_LABELS = [
  'Event',
  'Session',
  'Person',
  'Organisation',
  'Country',
  'WorkerType',
  'OrganisingForm',
  'CollectiveAction',
  'Struggle',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every id is `<prefix>:<slug>`; the prefix names the label so ids read well in citations and URLs. */
export const ID_PREFIXES: Readonly<Record<NodeLabel, string>> = {
  Event: 'event',
  Session: 'session',
  Person: 'person',
  Organisation: 'org',
  Country: 'country',
  WorkerType: 'worker',
  OrganisingForm: 'form',
  CollectiveAction: 'action',
  Struggle: 'struggle',
};

export const RELATIONSHIP_TYPES = [
  'HOLDS_ROLE',
  'SPEAKS_IN',
  'PART_OF',
  'ORGANISED',
  'CO_ORGANISED',
  'LEADS',
  'HELD_IN',
  'BASED_IN',
  'ORGANISES',
  'USES_FORM',
  'CONCERNS',
  'SUBTYPE_OF',
  'TOOK_FORM',
  'TARGETS',
  'TOOK_PLACE_IN',
  'INVOLVES',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** The label pairs each relationship type may join (from → to), as in the model table. */
export const RELATIONSHIP_ENDPOINTS: Readonly<
  Record<RelationshipType, ReadonlyArray<readonly [NodeLabel, NodeLabel]>>
> = {
  HOLDS_ROLE: [['Person', 'Organisation']],
  SPEAKS_IN: [['Person', 'Session']],
  PART_OF: [
    ['Session', 'Event'],
    ['Organisation', 'Organisation'],
  ],
  ORGANISED: [
    ['Organisation', 'Event'],
    ['Organisation', 'CollectiveAction'],
  ],
  CO_ORGANISED: [['Organisation', 'Event']],
  LEADS: [['Organisation', 'Organisation']],
  HELD_IN: [['Event', 'Country']],
  BASED_IN: [['Organisation', 'Country']],
  ORGANISES: [['Organisation', 'WorkerType']],
  USES_FORM: [['Organisation', 'OrganisingForm']],
  CONCERNS: [
    ['Session', 'WorkerType'],
    ['Session', 'OrganisingForm'],
    ['Event', 'WorkerType'],
    ['Event', 'OrganisingForm'],
    ['CollectiveAction', 'Struggle'],
  ],
  SUBTYPE_OF: [
    ['WorkerType', 'WorkerType'],
    ['OrganisingForm', 'OrganisingForm'],
  ],
  TOOK_FORM: [['CollectiveAction', 'OrganisingForm']],
  TARGETS: [['CollectiveAction', 'Organisation']],
  TOOK_PLACE_IN: [['CollectiveAction', 'Country']],
  INVOLVES: [['CollectiveAction', 'WorkerType']],
};

export const BASES = ['stated', 'inferred'] as const;
export type Basis = (typeof BASES)[number];

export const ORGANISATION_KINDS = [
  'UNION',
  'UNION_INITIATIVE',
  'COOPERATIVE',
  'ONLINE_COMMUNITY',
  'COWORKING_COLLECTIVE',
  'PROFESSIONAL_BODY',
  'RESEARCH_INSTITUTE',
  'PUBLIC_BODY',
  'NETWORK',
  'UNSPECIFIED',
  'COMPANY',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** How much of a collective action's `date` its source gives (the rest is the first day of the period). */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The items of a programme, as it lists them (a debate or a break is an item of its own). */
export const SESSION_KINDS = [
  'WELCOME',
  'INTRODUCTION',
  'TALK',
  'SESSION',
  'DEBATE',
  'BREAK',
  'SYNTHESIS',
  'MEAL',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const LANGUAGES = ['en', 'fr'] as const;

/** The text fields a node may mark as the project's own translation (`translatedByProject`). */
export const TRANSLATABLE_FIELDS = ['nameEn', 'nameFr', 'descriptionEn', 'descriptionFr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The FULLTEXT index over Entity names and aliases (accent-insensitive). */
export const FULLTEXT_INDEX = 'entity_search';

/** The default relationship id: stable as long as its endpoints and type are. */
export function defaultRelationshipId(from: string, type: RelationshipType, to: string): string {
  return `${from}|${type}|${to}`;
}

export function isNodeLabel(value: unknown): value is NodeLabel {
  return typeof value === 'string' && (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}

export function endpointsAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  return RELATIONSHIP_ENDPOINTS[type].some(([a, b]) => a === from && b === to);
}
