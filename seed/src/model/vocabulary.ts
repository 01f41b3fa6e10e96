import {
  ORGANISATION_KINDS,
  RELATIONSHIP_TYPES,
  SESSION_KINDS,
  NODE_LABELS,
  type NodeLabel,
  type OrganisationKind,
  type RelationshipType,
  type SessionKind,
} from './graphModel';

/**
 * The domain's words, in the interface languages: the names of entity types, organisation and
 * session kinds, and how each relationship type reads. The API, the explorer, the exports and the
 * tests all take them from here, so an edge on the canvas, the legend, the details panel and a
 * path sentence say the same thing. Pure data: the browser imports it too.
 */

/** The interface languages, as the GraphQL `Language` enum spells them. */
export const INTERFACE_LANGUAGES = ['EN', 'FR'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** A text in each interface language. */
export type Wording = Readonly<Record<InterfaceLanguage, string>>;

/** The GraphQL `EntityType` value of a label: `WorkerType` → `WORKER_TYPE`. */
export type EntityTypeOf<S extends string, Done extends string = ''> = S extends `${infer Char}${infer Rest}`
  ? Char extends Uppercase<Char>
    ? EntityTypeOf<Rest, Done extends '' ? Char : `${Done}_${Char}`>
    : EntityTypeOf<Rest, `${Done}${Uppercase<Char>}`>
  : Done;

export function entityTypeOf<L extends NodeLabel>(label: L): EntityTypeOf<L> {
  return label.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase() as EntityTypeOf<L>;
}

/** The entity types of the GraphQL schema, one per node label, in the model's (legend) order. */
export const ENTITY_TYPES = NODE_LABELS.map(entityTypeOf);
export type EntityType = EntityTypeOf<NodeLabel>;

const LABEL_OF_TYPE = new Map<string, NodeLabel>(NODE_LABELS.map((label) => [entityTypeOf(label), label]));

/** The node label of an entity type: `WORKER_TYPE` → `WorkerType`. */
export function labelOf(type: EntityType): NodeLabel {
  const label = LABEL_OF_TYPE.get(type);
  if (label === undefined) throw new Error(`unknown entity type ${type}`);
  return label;
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && LABEL_OF_TYPE.has(value);
}

interface EntityTypeWords {
  /** One of them: `Worker type`. */
  one: Wording;
  /** Several of them, for counts and headings: `Worker types`. */
  many: Wording;
}

export const ENTITY_TYPE_WORDS: Readonly<Record<NodeLabel, EntityTypeWords>> = {
  Event: { one: { EN: 'Event', FR: 'Événement' }, many: { EN: 'Events', FR: 'Événements' } },
  Session: { one: { EN: 'Session', FR: 'Séance' }, many: { EN: 'Sessions', FR: 'Séances' } },
  Person: { one: { EN: 'Person', FR: 'Personne' }, many: { EN: 'People', FR: 'Personnes' } },
  Organisation: {
    one: { EN: 'Organisation', FR: 'Organisation' },
    many: { EN: 'Organisations', FR: 'Organisations' },
  },
  Country: { one: { EN: 'Country', FR: 'Pays' }, many: { EN: 'Countries', FR: 'Pays' } },
  WorkerType: {
    one: { EN: 'Worker type', FR: 'Type de travailleurs' },
    many: { EN: 'Worker types', FR: 'Types de travailleurs' },
  },
  OrganisingForm: {
    one: { EN: 'Form of organising', FR: 'Forme d’organisation' },
    many: { EN: 'Forms of organising', FR: 'Formes d’organisation' },
  },
  CollectiveAction: {
    one: { EN: 'Collective action', FR: 'Action collective' },
    many: { EN: 'Collective actions', FR: 'Actions collectives' },
  },
  Struggle: { one: { EN: 'Struggle', FR: 'Lutte' }, many: { EN: 'Struggles', FR: 'Luttes' } },
};

/** How a relationship reads from its start to its end: `Ver.di` *organises or defends* `crowd workers`. */
export const RELATIONSHIP_WORDS: Readonly<Record<RelationshipType, Wording>> = {
  HOLDS_ROLE: { EN: 'holds a role at', FR: 'exerce une fonction chez' },
  SPEAKS_IN: { EN: 'speaks in', FR: 'intervient dans' },
  PART_OF: { EN: 'is part of', FR: 'fait partie de' },
  ORGANISED: { EN: 'organised', FR: 'a organisé' },
  CO_ORGANISED: { EN: 'co-organised', FR: 'a co-organisé' },
  LEADS: { EN: 'co-leads', FR: 'co-dirige' },
  HELD_IN: { EN: 'was held in', FR: 's’est tenu en' },
  BASED_IN: { EN: 'is based in', FR: 'est basé en' },
  ORGANISES: { EN: 'organises or defends', FR: 'organise ou défend' },
  USES_FORM: { EN: 'uses the form', FR: 'recourt à la forme' },
  CONCERNS: { EN: 'is about', FR: 'porte sur' },
  SUBTYPE_OF: { EN: 'is a kind of', FR: 'est une sorte de' },
  TOOK_FORM: { EN: 'took the form of', FR: 'a pris la forme de' },
  TARGETS: { EN: 'stood up to', FR: 's’est opposée à' },
  TOOK_PLACE_IN: { EN: 'took place in', FR: 's’est déroulée en' },
  INVOLVES: { EN: 'involved', FR: 'a mobilisé' },
};

export const ORGANISATION_KIND_WORDS: Readonly<Record<OrganisationKind, Wording>> = {
  UNION: { EN: 'Trade union', FR: 'Syndicat' },
  UNION_INITIATIVE: { EN: 'Union initiative', FR: 'Initiative syndicale' },
  COOPERATIVE: { EN: 'Cooperative', FR: 'Coopérative' },
  ONLINE_COMMUNITY: { EN: 'Online community', FR: 'Communauté en ligne' },
  COWORKING_COLLECTIVE: { EN: 'Co-working collective', FR: 'Collectif de coworking' },
  PROFESSIONAL_BODY: { EN: 'Professional body', FR: 'Organisation professionnelle' },
  RESEARCH_INSTITUTE: { EN: 'Research institute', FR: 'Institut de recherche' },
  PUBLIC_BODY: { EN: 'Public body', FR: 'Organisme public' },
  NETWORK: { EN: 'Network or association', FR: 'Réseau ou association' },
  UNSPECIFIED: { EN: 'Unspecified kind', FR: 'Type non précisé' },
  COMPANY: { EN: 'Company or platform', FR: 'Entreprise ou plateforme' },
};

export const SESSION_KIND_WORDS: Readonly<Record<SessionKind, Wording>> = {
  TALK: { EN: 'Talk', FR: 'Intervention' },
  SESSION: { EN: 'Session', FR: 'Séance' },
  SYNTHESIS: { EN: 'Synthesis', FR: 'Synthèse' },
  WELCOME: { EN: 'Welcome', FR: 'Accueil' },
  INTRODUCTION: { EN: 'Introduction', FR: 'Introduction' },
  DEBATE: { EN: 'Debate', FR: 'Débat' },
  BREAK: { EN: 'Break', FR: 'Pause' },
  MEAL: { EN: 'Meal', FR: 'Repas' },
};

/** The words of every controlled value, for code that enumerates the vocabulary (legends, tests). */
export const VOCABULARY = {
  entityTypes: NODE_LABELS.map((label) => ({ label, type: entityTypeOf(label), ...ENTITY_TYPE_WORDS[label] })),
  relationshipTypes: RELATIONSHIP_TYPES.map((type) => ({ type, words: RELATIONSHIP_WORDS[type] })),
  organisationKinds: ORGANISATION_KINDS.map((kind) => ({ kind, words: ORGANISATION_KIND_WORDS[kind] })),
  sessionKinds: SESSION_KINDS.map((kind) => ({ kind, words: SESSION_KIND_WORDS[kind] })),
} as const;
