import type { NodeLabel } from '@faire-collectif/seed/model';
import { hop } from './cypherText';

// The criteria that name values (countries, worker types…): the lists each binds, and how its
// organisations, sessions and people follow from them. Every list's name starts with `f` (filter)
// so that it cannot clash with the caller's variables.

export type ListKey = 'countries' | 'workerTypes' | 'organisationKinds' | 'organisingForms' | 'sessions';
/** A criterion that can drive the walk: a list criterion or the text. */
export type DriverKey = ListKey | 'text';

export interface ListCriterion {
  key: ListKey;
  /** Expressions `… AS fX` binding the criterion's lists, in order. */
  bind: string[];
  /** The value nodes, if the criterion names nodes. */
  values?: { list: string; label: NodeLabel };
  /** Events it matches besides those its organisations and sessions are tied to. */
  events?: string;
  /** The collective actions its values are tied to (that took place there, involved them, took that form). */
  actions?: string;
  /** Whether organisation `o` is one of the criterion's. */
  org(o: string): string;
  /** Its own sessions, if any: else its sessions are those its people speak in. */
  sessions?: string;
  /** Its people: those at its organisations, and the speakers of its own sessions. */
  people: 'holders' | 'holdersOrSpeakers' | 'speakers';
  /** Its people, when it lists them from the start. */
  peopleList?: string;
  /** The prefix of the lists of its people and sessions, for a criterion that may list them. */
  listable?: string;
  /** What the driver is chosen by: the organisations and own sessions. */
  weight: string;
  /** As the driver: its organisations. */
  orgs: string;
}

export const CRITERIA: Readonly<Record<ListKey, ListCriterion>> = {
  countries: {
    key: 'countries',
    bind: [
      `COLLECT { MATCH (c:Country) WHERE c.code IN $countries RETURN c } AS fCountryValues`,
      `${hop('fCountryValues', '<-[:TOOK_PLACE_IN]-(x)', 'x')} AS fCountryActions`,
      `${hop('fCountryValues', '<-[:BASED_IN]-(o)', 'o')} AS fCountryOrgs`,
      `${hop('fCountryValues', '<-[:HELD_IN]-(e)', 'e')} AS fCountryEvents`,
    ],
    values: { list: 'fCountryValues', label: 'Country' },
    events: 'fCountryEvents',
    actions: 'fCountryActions',
    org: (o) => `${o} IN fCountryOrgs`,
    people: 'holders',
    listable: 'fCountry',
    weight: 'size(fCountryOrgs)',
    orgs: 'fCountryOrgs',
  },
  workerTypes: {
    key: 'workerTypes',
    bind: [
      `COLLECT { MATCH (w:WorkerType)-[:SUBTYPE_OF*0..]->(v:WorkerType) WHERE v.id IN $workerTypes
                 RETURN DISTINCT w } AS fWorkerValues`,
      `${hop('fWorkerValues', '<-[:INVOLVES]-(x)', 'x')} AS fWorkerActions`,
      `${hop('fWorkerValues', '<-[:ORGANISES]-(o)', 'o')} AS fWorkerOrgs`,
      `${hop('fWorkerValues', '<-[:CONCERNS]-(s:Session)', 's')} AS fWorkerSessions`,
    ],
    values: { list: 'fWorkerValues', label: 'WorkerType' },
    actions: 'fWorkerActions',
    org: (o) => `${o} IN fWorkerOrgs`,
    sessions: 'fWorkerSessions',
    people: 'holdersOrSpeakers',
    weight: 'size(fWorkerOrgs) + size(fWorkerSessions)',
    orgs: 'fWorkerOrgs',
  },
  organisationKinds: {
    key: 'organisationKinds',
    bind: [`COLLECT { MATCH (o:Organisation) WHERE o.kind IN $organisationKinds RETURN o } AS fKindOrgs`],
    org: (o) => `${o} IN fKindOrgs`,
    people: 'holders',
    listable: 'fKind',
    weight: 'size(fKindOrgs)',
    orgs: 'fKindOrgs',
  },
  organisingForms: {
    key: 'organisingForms',
    bind: [
      `COLLECT { MATCH (f:OrganisingForm) WHERE f.id IN $organisingForms RETURN f } AS fFormValues`,
      `${hop('fFormValues', '<-[:USES_FORM]-(o)', 'o')} AS fFormOrgs`,
      `${hop('fFormValues', '<-[:CONCERNS]-(s:Session)', 's')} AS fFormSessions`,
      `${hop('fFormValues', '<-[:TOOK_FORM]-(x)', 'x')} AS fFormActions`,
    ],
    values: { list: 'fFormValues', label: 'OrganisingForm' },
    actions: 'fFormActions',
    org: (o) => `${o} IN fFormOrgs`,
    sessions: 'fFormSessions',
    people: 'holdersOrSpeakers',
    weight: 'size(fFormOrgs) + size(fFormSessions)',
    orgs: 'fFormOrgs',
  },
  sessions: {
    key: 'sessions',
    bind: [
      `COLLECT { MATCH (s:Session) WHERE s.id IN $sessions RETURN s } AS fSessionValues`,
      `${hop('fSessionValues', '<-[:SPEAKS_IN]-(p)', 'p')} AS fSessionPeople`,
      `${hop('fSessionPeople', '-[:HOLDS_ROLE]->(o)', 'o')} AS fSessionOrgs`,
    ],
    values: { list: 'fSessionValues', label: 'Session' },
    org: (o) => `${o} IN fSessionOrgs`,
    sessions: 'fSessionValues',
    people: 'speakers',
    peopleList: 'fSessionPeople',
    weight: 'size(fSessionOrgs) + size(fSessionValues)',
    orgs: 'fSessionOrgs',
  },
};

/** The order in which equally weighted criteria drive. */
export const LIST_CRITERIA: readonly ListKey[] = [
  'sessions',
  'organisingForms',
  'workerTypes',
  'countries',
  'organisationKinds',
];

/** The full-text hits, when the filter has a text. */
export const TEXT_LIST = 'fText';
