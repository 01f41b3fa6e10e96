import type { DriverKey, ListCriterion } from './criteria';
import { TEXT_LIST } from './criteria';
import { or } from './cypherText';
import { TIED_FROM_ORGS, TIED_FROM_SESSIONS, TIED_LABELS, type EntityRole } from './graphTies';

/** A criterion as tests of whether an entity matches it, by the entity's role. */
export type CriterionTests = { key: DriverKey } & Record<EntityRole, (x: string) => string>;

/**
 * The tests of a list criterion. `listing`: whether the criterion's people and sessions may have
 * been listed (see listCriterionPeople), which turns walks into lookups.
 */
export function listTests(criterion: ListCriterion, listing: boolean): CriterionTests {
  const own = criterion.sessions;
  const { listable } = criterion;
  const listed = (lookup: string, walk: string) =>
    listable && listing ? `CASE WHEN ${listable}Listed THEN ${lookup} ELSE ${walk} END` : walk;
  // A person holds a role at one of its organisations, or speaks in one of its own sessions.
  const person = (x: string) => {
    if (criterion.peopleList) return `${x} IN ${criterion.peopleList}`;
    const holds = `EXISTS { (${x})-[:HOLDS_ROLE]->(fOrg) WHERE ${criterion.org('fOrg')} }`;
    if (criterion.people === 'holders') return listed(`${x} IN ${listable}People`, holds);
    return or([holds, `EXISTS { (${x})-[:SPEAKS_IN]->(fSession) WHERE fSession IN ${own} }`]);
  };
  // Without sessions of its own: one of the speakers holds a role at one of its organisations.
  const session = (x: string) =>
    own
      ? `${x} IN ${own}`
      : listed(
          `${x} IN ${listable}Sessions`,
          `EXISTS { (${x})<-[:SPEAKS_IN]-()-[:HOLDS_ROLE]->(fOrg) WHERE ${criterion.org('fOrg')} }`,
        );
  // A country, worker type, form or event: one of its values or events, or tied to one of its
  // organisations or sessions.
  const tied = (x: string) =>
    or([
      criterion.values && TIED_LABELS.includes(criterion.values.label) && `${x} IN ${criterion.values.list}`,
      criterion.events && `${x} IN ${criterion.events}`,
      criterion.actions && `${x} IN ${criterion.actions}`,
      `EXISTS { (${x})<-[:${TIED_FROM_ORGS}]-(fOrg) WHERE ${criterion.org('fOrg')} }`,
      own
        ? `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-(fSession) WHERE fSession IN ${own} }`
        : listed(
            `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-(fSession) WHERE fSession IN ${listable}Sessions }`,
            `EXISTS { (${x})<-[:${TIED_FROM_SESSIONS}]-()<-[:SPEAKS_IN]-()-[:HOLDS_ROLE]->(fOrg) WHERE ${criterion.org('fOrg')} }`,
          ),
    ]);
  return { key: criterion.key, org: criterion.org, person, session, tied };
}

const inText = (x: string) => `${x} IN ${TEXT_LIST}`;

/** The text matches its full-text hits, whatever they are. */
export const TEXT_TESTS: CriterionTests = { key: 'text', org: inText, person: inText, session: inText, tied: inText };
