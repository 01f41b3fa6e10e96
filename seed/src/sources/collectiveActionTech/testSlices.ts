// Slices of the real vendored file for this folder's tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../format/readFiles';
import { upstreamInfoSchema } from './derive';
import { UPSTREAM_DIR } from './read';

export const ACTIONS_FILE = join(DEFAULT_DATA_DIR, UPSTREAM_DIR, 'actions.json');

export type RawAction = Record<string, unknown> & { id: number };

/** Every action of the vendored file, parsed afresh (tests may edit them). */
export function upstreamActions(): RawAction[] {
  return JSON.parse(readFileSync(ACTIONS_FILE, 'utf8')) as RawAction[];
}

/** The actions with these upstream ids, in the file's order. */
export function slice(...ids: number[]): RawAction[] {
  const found = upstreamActions().filter((action) => ids.includes(action.id));
  if (found.length !== ids.length) throw new Error(`not all of ${ids.join(', ')} are in the file`);
  return found;
}

export function upstreamInfo() {
  return upstreamInfoSchema.parse(
    JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, UPSTREAM_DIR, 'source.json'), 'utf8')),
  );
}
