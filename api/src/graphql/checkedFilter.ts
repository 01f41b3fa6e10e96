import type { Database } from '@faire-collectif/neo4j';
import type { EntityFilter } from '../data/filter';
import { findUnknownIds, type IdList } from '../data/unknownIds';
import { InvalidArgumentError, quoted } from '../errors';
import type { GraphFilter } from '../generated/graphql';
import { entityFilter } from './arguments';

const WHAT: Readonly<Record<IdList, string>> = {
  workerTypes: 'worker type',
  organisingForms: 'organising form',
  sessions: 'session',
  struggles: 'struggle',
  companies: 'company',
  organisers: 'organisation',
  datasets: 'data set',
};
/** How many unknown ids an error message names. */
const NAMED = 5;

/**
 * `entityFilter`, then the ids of its lists looked up: an id that names nothing is a typo, not a
 * filter that matches nothing, so it is refused naming the field and the ids.
 */
export async function checkedFilter(
  db: Database,
  filter: GraphFilter | null | undefined,
  argumentName = 'filter',
): Promise<EntityFilter | undefined> {
  const checked = entityFilter(filter, argumentName);
  if (!checked) return checked;
  const [unknown] = await findUnknownIds(db, checked);
  if (unknown) throw unknownIdsError(`${argumentName}.${unknown.list}`, unknown.list, unknown.ids);
  return checked;
}

/** The error for ids of `list` that name nothing, held by `field`. */
export function unknownIdsError(field: string, list: IdList, ids: readonly string[]): InvalidArgumentError {
  const named = ids.slice(0, NAMED).map(quoted).join(', ');
  const more = ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '';
  return new InvalidArgumentError(field, `${field}: no ${WHAT[list]} has the id ${named}${more}.`);
}
