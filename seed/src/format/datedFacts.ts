import type { RelationshipType } from '../model/graphModel';
import { happenedOn, isDated, precisionOf, timeFieldsOf, type TimeFields } from '../model/time';
import { CITATION_PATTERN, type Dataset, type NodeRecord, type RelationshipRecord } from './schema';

/** Taxonomy holds whenever its terms do: no source dates it. */
const NEVER_DATED: ReadonlySet<RelationshipType> = new Set(['SUBTYPE_OF']);

/**
 * Dates the facts of a validated data set from what its sources give, where a record does not
 * give its own time (seed/README.md, "Time"); nothing else is dated:
 *
 * - a collective action happened on its date, at the date's precision, and an event on its day;
 *   a session on the day of the event it is part of;
 * - a relationship of a dated action, event or session (its forms, workers, places, organisers,
 *   speakers…) holds on that date: the project's reading of the source, which dates the action;
 * - any other relationship (but taxonomy) a source describes as of a day (a programme: who held
 *   which role, where an organisation is based) holds as of that day, stated or inferred alike.
 *
 * The precision of a given start or end is filled in from how it is written.
 */
export function dateFacts(dataset: Dataset): Dataset {
  const happened = new Map<string, TimeFields>();
  for (const record of dataset.nodes) {
    const own = ownTime(record);
    if (own) happened.set(record.id, own);
  }
  const sessions = new Set(dataset.nodes.flatMap((node) => (node.label === 'Session' ? [node.id] : [])));
  for (const record of dataset.relationships) {
    if (record.type !== 'PART_OF' || !sessions.has(record.from) || happened.has(record.from)) continue;
    const event = happened.get(record.to);
    if (event) happened.set(record.from, event);
  }
  for (const record of dataset.nodes) assign(record, happened.get(record.id));

  const asOfBySource = new Map(dataset.sources.flatMap((source) => (source.asOf ? [[source.id, source.asOf]] : [])));
  for (const record of dataset.relationships) {
    if (isDated(record) || NEVER_DATED.has(record.type)) {
      assign(record, timeFieldsOf(record));
      continue;
    }
    const tied = happened.get(record.from) ?? happened.get(record.to);
    if (tied) {
      assign(record, tied);
      continue;
    }
    const asOf = asOfDate(record, asOfBySource);
    if (asOf) assign(record, { timeAsOf: asOf });
  }
  return dataset;
}

/** A node's time: its own, or the date the source gives an action or an event. */
function ownTime(record: NodeRecord): TimeFields | undefined {
  if (isDated(record)) return timeFieldsOf(record);
  if (record.label === 'CollectiveAction') return happenedOn(record.date, record.datePrecision);
  if (record.label === 'Event') return happenedOn(record.date, 'day');
  return undefined;
}

/** The latest day the record's cited sources describe it as of. */
function asOfDate(record: RelationshipRecord, asOfBySource: ReadonlyMap<string, string>): string | undefined {
  const days = record.citations.flatMap((citation) => {
    const day = asOfBySource.get(CITATION_PATTERN.exec(citation)?.[1] ?? '');
    return day === undefined ? [] : [day];
  });
  return days.sort().at(-1);
}

function assign(record: TimeFields, time: TimeFields | undefined): void {
  if (!time) return;
  Object.assign(record, time);
  if (record.timeStart !== undefined) record.timeStartPrecision ??= precisionOf(record.timeStart);
  if (record.timeEnd !== undefined) record.timeEndPrecision ??= precisionOf(record.timeEnd);
}
