import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LocalStoreLayout } from '@faire-collectif/neo4j';

// Putting the imported database in place, and the store back as it was when anything fails.

/** What was in the data directory before, to put it back on failure. */
export interface Before {
  dataDirExisted: boolean;
  entries: Set<string>;
}

/** What install moved, to undo it: directories put aside (from → to), and directories put in place. */
export interface Moves {
  aside: Array<[string, string]>;
  placed: string[];
}

/** Moves the imported database into the store, keeping what was there (an empty graph) aside. */
export async function install(
  staged: LocalStoreLayout,
  layout: LocalStoreLayout,
  previous: string,
  moves: Moves,
): Promise<void> {
  await mkdir(previous, { recursive: true });
  for (const [dir, name] of [
    [layout.databaseDir, 'database'],
    [layout.transactionsDir, 'transactions'],
  ] as const) {
    if (!existsSync(dir)) continue;
    await rename(dir, join(previous, name));
    moves.aside.push([dir, join(previous, name)]);
  }
  for (const [from, to] of [
    [staged.databaseDir, layout.databaseDir],
    [staged.transactionsDir, layout.transactionsDir],
  ] as const) {
    if (!existsSync(from)) continue;
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    moves.placed.push(to);
  }
}

/** Puts the store back as it was: the previous database files, and nothing this import added. */
export async function restore(moves: Moves, before: Before, dataDir: string, staging: string): Promise<void> {
  if (!before.dataDirExisted) {
    await rm(dataDir, { recursive: true, force: true });
    return;
  }
  for (const dir of moves.placed) await rm(dir, { recursive: true, force: true });
  for (const [dir, aside] of moves.aside) await rename(aside, dir);
  await rm(staging, { recursive: true, force: true });
  for (const entry of await readdir(dataDir)) {
    if (!before.entries.has(entry)) await rm(join(dataDir, entry), { recursive: true, force: true });
  }
}
