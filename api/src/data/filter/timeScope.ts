import type { DatedFilter } from './types';

// What holds in a period (GraphFilter.period in schema.graphql). A fact (a node or a relationship)
// is dated when the graph stores the first or last day it may hold (`timeFirstDay`/`timeLastDay`,
// seed/src/model/time.ts; absent: that end is open). A dated fact holds when one of its days lies
// in the period: its first day is not after the period's last, and its last day not before the
// period's first. An undated fact holds when `undated` is INCLUDE. Entities that are never dated
// (organisations, people, countries…) hold when a relationship that holds ties them.
//
// The period's days and the choice are parameters: `$periodFrom`, `$periodTo` (null: open) and
// `$keepUndated`.

/** The labels whose nodes a source dates (an undated one follows `undated`); the others are never dated. */
const DATED_LABELS = ['CollectiveAction', 'Event', 'Session'] as const;

export function periodParams(filter: DatedFilter): Record<string, unknown> {
  return filter.period
    ? {
        periodFrom: filter.period.from,
        periodTo: filter.period.to,
        keepUndated: filter.undated === 'INCLUDE',
      }
    : {};
}

/** Whether `x` (a node or a relationship) carries any day. */
export function isDated(x: string): string {
  return `(${x}.timeFirstDay IS NOT NULL OR ${x}.timeLastDay IS NOT NULL)`;
}

/** Whether one of the days dated `x` may hold lies in the period (false when undated). */
export function inPeriod(x: string): string {
  return `(${isDated(x)}
    AND ($periodTo IS NULL OR ${x}.timeFirstDay IS NULL OR ${x}.timeFirstDay <= $periodTo)
    AND ($periodFrom IS NULL OR ${x}.timeLastDay IS NULL OR ${x}.timeLastDay >= $periodFrom))`;
}

/** Whether the fact `x` holds in the period: dated in it, or undated and kept. */
export function holds(x: string): string {
  return `(${inPeriod(x)} OR (NOT ${isDated(x)} AND $keepUndated))`;
}

/** Whether node `v` is of a label a source dates. */
export function ofDatedLabel(v: string): string {
  return `(${DATED_LABELS.map((label) => `${v}:${label}`).join(' OR ')})`;
}

/**
 * Whether entity `v` holds: a dated one in the period, an action, event or session no source
 * dates as `undated` says, any other when a relationship that holds ties it.
 */
export function entityHolds(v: string): string {
  return `CASE WHEN ${isDated(v)} THEN ${inPeriod(v)}
    WHEN ${ofDatedLabel(v)} THEN $keepUndated
    ELSE EXISTS { (${v})-[tied]-(:Entity) WHERE ${holds('tied')} } END`;
}

/** Whether `v` may stand beside what holds (a dated entity in the period, or one never dated): for a walk. */
export function entityMayHold(v: string): string {
  return `CASE WHEN ${isDated(v)} THEN ${inPeriod(v)} WHEN ${ofDatedLabel(v)} THEN $keepUndated ELSE true END`;
}
