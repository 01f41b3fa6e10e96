import { findDuplicates, readNamedEntities } from '../load/duplicates';
import { parseFlags } from './flags';
import type { CommandIO } from './io';
import { reportError } from './report';

export const DUPLICATES_USAGE = `Usage: npm run duplicates -- [--across]
  Lists likely duplicates in the graph for review: entities of one type whose names or aliases
  read the same once accents, case, spaces and punctuation are dropped. Nothing is merged:
  identity across data sets is decided in seed/data/mappings/.
  --across   only the groups that span more than one data set`;

/** `npm run duplicates`: prints one block per group of likely duplicates, exit 0. */
export async function duplicatesCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags } = parseFlags(argv, { across: 'boolean', help: 'boolean' });
    if (flags.help) {
      io.out(DUPLICATES_USAGE);
      return 0;
    }
    const { db, close } = await io.open();
    try {
      const groups = findDuplicates(await readNamedEntities(db)).filter((g) => !flags.across || g.acrossDatasets);
      for (const group of groups) {
        io.out(`${group.label} "${group.key}"${group.acrossDatasets ? ' (across data sets)' : ''}:`);
        for (const entity of group.entities) io.out(`  ${entity.id}  ${entity.nameEn}  [${entity.dataset}]`);
      }
      io.err(`${groups.length} group${groups.length === 1 ? '' : 's'} of likely duplicates; nothing merged.`);
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    return reportError(io, error, DUPLICATES_USAGE);
  }
}
