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
  if (unknown) {
    const named = unknown.ids.slice(0, NAMED).map(quoted).join(', ');
    const more = unknown.ids.length > NAMED ? ` and ${unknown.ids.length - NAMED} more` : '';
    const field = `${argumentName}.${unknown.list}`;
    throw new InvalidArgumentError(field, `${field}: no ${WHAT[unknown.list]} has the id ${named}${more}.`);
  }
  return checked;
}
