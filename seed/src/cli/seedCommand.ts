import { DEFAULT_DATA_DIR, displayPath } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { declareSchema } from '../load/declareSchema';
import { loadDataset } from '../load/loadDataset';
import { planLoad } from '../load/plan';
import type { LoadSummary } from '../load/summary';
import { readSeedDocuments } from '../sources/seedDocuments';
import { parseFlags } from './flags';
import type { CommandIO } from './io';
import { progressReporter } from './progress';
import { reportError } from './report';

export const SEED_USAGE = `Usage: npm run seed -- [--reset] [--dry-run] [--data DIR]
  Validates the data files (seed/data/*.json, and the data sets derived from the upstream copies
  in seed/data/collective-action-tech/) and loads them in one transaction. The derivation's
  report (what it normalised, what it could not resolve) goes to stderr.
  --reset    delete the whole graph first (same transaction)
  --dry-run  validate and print what would be created, updated, kept or deleted; write nothing
  --data     another directory of data files`;

/** `npm run seed`: the data files are the truth for their data sets (records removed from a file are deleted). */
export async function seedCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags } = parseFlags(argv, { reset: 'boolean', 'dry-run': 'boolean', data: 'string', help: 'boolean' });
    if (flags.help) {
      io.out(SEED_USAGE);
      return 0;
    }
    const dir = typeof flags.data === 'string' ? flags.data : DEFAULT_DATA_DIR;
    const { documents, files, reports, datasets } = await readSeedDocuments(dir);
    if (files.length === 0) throw new Error(`no *.json data files in ${displayPath(dir)}`);
    for (const report of reports) io.err(report.lines().join('\n'));
    const dataset = validateDocuments(documents);
    io.err(
      `Validated ${files.map(displayPath).join(', ')}: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships, ${dataset.sources.length} sources.`,
    );

    const { db, close } = await io.open();
    try {
      const options = { reset: flags.reset === true, prune: true };
      if (flags['dry-run']) {
        const plan = await planLoad(db, dataset, options);
        printSummary(io, plan.summary, 'Dry run, nothing written. Would load');
        for (const conflict of plan.conflicts) io.err(`conflict: ${conflict}`);
        return plan.conflicts.length ? 1 : 0;
      }
      await declareSchema(db);
      const summary = await loadDataset(db, dataset, { ...options, datasets, onProgress: progressReporter(io) });
      printSummary(io, summary, 'Loaded');
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    return reportError(io, error, SEED_USAGE);
  }
}

export function printSummary(io: CommandIO, summary: LoadSummary, verb: string): void {
  io.out(summary.table());
  io.out(`${verb}: ${summary.toString()}.`);
}
