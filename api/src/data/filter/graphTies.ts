import { NODE_LABELS, type NodeLabel } from '@faire-collectif/seed/model';

// How the entities a criterion matches follow from its organisations and sessions, by the
// relationships of the graph model (RELATIONSHIP_ENDPOINTS in the seed package, which the loader
// enforces): HOLDS_ROLE joins a person to an organisation, SPEAKS_IN a person to a session, and
// so on, so the patterns need not check the labels along the way.

export const ALL_LABELS: readonly NodeLabel[] = NODE_LABELS;

/** What organisations and sessions are tied to: neither organisations, people nor sessions. */
export const TIED_LABELS: readonly NodeLabel[] = NODE_LABELS.filter(
  (label) => label !== 'Organisation' && label !== 'Person' && label !== 'Session',
);

export const TIED_FROM_ORGS = 'ORGANISED|CO_ORGANISED|BASED_IN|ORGANISES|USES_FORM';
export const TIED_FROM_SESSIONS = 'PART_OF|CONCERNS';

/** Which of those relationships reach each label, from organisations. */
export const ORG_TIES: Readonly<Partial<Record<NodeLabel, readonly string[]>>> = {
  Country: ['BASED_IN'],
  WorkerType: ['ORGANISES'],
  OrganisingForm: ['USES_FORM'],
  Event: ['ORGANISED', 'CO_ORGANISED'],
  CollectiveAction: ['ORGANISED'],
};

/** Which of those relationships reach each label, from sessions. */
export const SESSION_TIES: Readonly<Partial<Record<NodeLabel, readonly string[]>>> = {
  Event: ['PART_OF'],
  WorkerType: ['CONCERNS'],
  OrganisingForm: ['CONCERNS'],
};

/** The kinds of entity a criterion tests differently. */
export type EntityRole = 'org' | 'person' | 'session' | 'tied';

export function roleOf(label: NodeLabel): EntityRole {
  if (label === 'Organisation') return 'org';
  if (label === 'Person') return 'person';
  if (label === 'Session') return 'session';
  return 'tied';
}
