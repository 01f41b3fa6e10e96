import type { NodeLabel } from '@faire-collectif/seed/model';
import { TEXT_LIST, type DriverKey } from './criteria';
import { DRIVER, byDriver, hasLabel, hop } from './cypherText';
import { ORG_TIES, SESSION_TIES } from './graphTies';
import { perDriver, type FilterPlan, type QuerySteps } from './plan';

// The walk out from the driver (the lightest criterion): its organisations, then their people,
// the sessions those speak in, and what organisations and sessions are tied to. Each list is
// bound as `driverX`; the other criteria are tested on what it reaches (see candidates).

/** The driver's full-text hits of these labels. */
export function textHits(labels: readonly string[]): string {
  return `[x IN ${TEXT_LIST} WHERE ${hasLabel('x', labels)}]`;
}

function textCase(plan: FilterPlan, labels: readonly string[]): Array<[DriverKey, string]> {
  return plan.hasText ? [['text', textHits(labels)]] : [];
}

/** `driverOrgs`: the driver's organisations. */
export function bindDriverOrgs(plan: FilterPlan, steps: QuerySteps): void {
  const orgs = [...perDriver(plan.criteria, (c) => c.orgs), ...textCase(plan, ['Organisation'])];
  steps.bind(`${byDriver(orgs)} AS driverOrgs`);
}

/** `driverOwnSessions` and `driverPeople`: those at its organisations or speaking in its own sessions. */
export function bindDriverPeople(plan: FilterPlan, steps: QuerySteps): void {
  const ownSessions = [...perDriver(plan.criteria, (c) => c.sessions), ...textCase(plan, ['Session'])];
  steps.bind(`${byDriver(ownSessions)} AS driverOwnSessions`);
  // One walk for both (organisations only have HOLDS_ROLE in, sessions only SPEAKS_IN).
  const holders = byDriver(perDriver(plan.criteria, (c) => (c.people !== 'speakers' ? 'driverOrgs' : undefined)));
  const speakers = byDriver(
    perDriver(plan.criteria, (c) => (c.people !== 'holders' ? 'driverOwnSessions' : undefined)),
  );
  const walked = hop(`${holders} + ${speakers}`, '<-[:HOLDS_ROLE|SPEAKS_IN]-(p)', 'p');
  const people = plan.hasText ? `CASE WHEN ${DRIVER} = 'text' THEN ${textHits(['Person'])} ELSE ${walked} END` : walked;
  steps.bind(`${people} AS driverPeople`);
}

/** `driverSessions`: a driver has sessions of its own or walks to those its people speak in, never both. */
export function bindDriverSessions(plan: FilterPlan, steps: QuerySteps): void {
  const spoken = byDriver(perDriver(plan.criteria, (c) => (c.sessions === undefined ? 'driverPeople' : undefined)));
  steps.bind(
    spoken === '[]'
      ? 'driverOwnSessions AS driverSessions'
      : `driverOwnSessions + ${hop(spoken, '-[:SPEAKS_IN]->(s)', 's')} AS driverSessions`,
  );
}

/**
 * `driverTied`: what the driver's organisations and sessions are tied to, of the labels `tied`.
 * Walked to from its organisations; from its sessions too, unless they outnumber the entities
 * sessions are tied to (events, worker types, forms), which are then tested instead (a test costs
 * about what a walk does). The relationship types walked say what is reached; a label is checked
 * only where a type reaches labels that were not asked for. Text matches only its hits.
 */
export function bindDriverTied(plan: FilterPlan, steps: QuerySteps, tied: readonly NodeLabel[]): void {
  const { hasText } = plan;
  const unlessText = (list: string) => (hasText ? `CASE WHEN ${DRIVER} = 'text' THEN [] ELSE ${list} END` : list);
  const sessionTied = tied.filter((label) => SESSION_TIES[label] !== undefined);
  const orgTypes = [...new Set(tied.flatMap((label) => ORG_TIES[label] ?? []))].join('|');
  const sessionTypes = [...new Set(sessionTied.flatMap((label) => SESSION_TIES[label] ?? []))].join('|');
  const sessionLabels =
    sessionTypes.includes('CONCERNS') && !(tied.includes('WorkerType') && tied.includes('OrganisingForm'))
      ? ` WHERE ${hasLabel('x', sessionTied)}`
      : '';
  const driverValues = byDriver(
    perDriver(plan.criteria, (c) => (c.values && tied.includes(c.values.label) ? c.values.list : undefined)),
  );
  const driverEvents = tied.includes('Event') ? byDriver(perDriver(plan.criteria, (c) => c.events)) : '[]';
  const driverActions = tied.includes('CollectiveAction') ? byDriver(perDriver(plan.criteria, (c) => c.actions)) : '[]';
  // ORGANISED reaches events and collective actions: the label is checked unless both were asked.
  const orgLabels =
    orgTypes.split('|').includes('ORGANISED') && !(tied.includes('Event') && tied.includes('CollectiveAction'))
      ? ` WHERE ${hasLabel('x', tied)}`
      : '';
  const reached = [
    ...(driverValues === '[]' ? [] : [driverValues]),
    ...(driverEvents === '[]' ? [] : [driverEvents]),
    ...(driverActions === '[]' ? [] : [driverActions]),
    // Struggles, say, are tied to no organisation.
    ...(orgTypes === ''
      ? []
      : [
          `COLLECT { UNWIND ${unlessText('driverOrgs')} AS a MATCH (a)-[:${orgTypes}]->(x)${orgLabels} RETURN DISTINCT x }`,
        ]),
  ];
  if (sessionTied.length > 0) {
    const tiedCount = sessionTied.map((label) => `COUNT { (:${label}) }`).join(' + ');
    steps.bind(`${hasText ? `${DRIVER} <> 'text' AND ` : ''}size(driverSessions) > (${tiedCount}) AS testTiedInstead`);
    reached.push(
      `COLLECT { UNWIND CASE WHEN testTiedInstead THEN [] ELSE ${unlessText('driverSessions')} END AS a MATCH (a)-[:${sessionTypes}]->(x)${sessionLabels}
                     RETURN DISTINCT x }`,
      `COLLECT { UNWIND CASE WHEN testTiedInstead THEN [true] ELSE [] END AS testAll MATCH (x:${sessionTied.join('|')})
                     WHERE EXISTS { (x)<-[:${sessionTypes}]-(fSession) WHERE fSession IN driverSessions } RETURN x }`,
    );
  }
  const walked = `COLLECT { UNWIND ${reached.join(' + ')} AS x RETURN DISTINCT x }`;
  steps.bind(
    `${hasText ? `CASE WHEN ${DRIVER} = 'text' THEN ${textHits(tied)} ELSE ${walked} END` : walked} AS driverTied`,
  );
}

/**
 * For each criterion that may list them, its people and sessions when that is cheaper than
 * testing: testing an entity against a criterion walks until it meets one of its organisations,
 * about (all organisations / the criterion's) walks; listing the criterion's people and sessions
 * costs about ten walks per organisation.
 */
export function bindListedCriteria(plan: FilterPlan, steps: QuerySteps, tested: string): void {
  for (const criterion of plan.criteria) {
    const prefix = criterion.listable;
    if (!prefix) continue;
    const { weight } = criterion;
    steps.bind(
      `${DRIVER} <> '${criterion.key}' AND 4 * ${weight} * ${weight} < (${tested}) * COUNT { (:Organisation) } AS ${prefix}Listed`,
    );
    steps.bind(
      `${hop(`CASE WHEN ${prefix}Listed THEN ${criterion.orgs} ELSE [] END`, '<-[:HOLDS_ROLE]-(p)', 'p')} AS ${prefix}People`,
    );
    steps.bind(`${hop(`${prefix}People`, '-[:SPEAKS_IN]->(s)', 's')} AS ${prefix}Sessions`);
  }
}
