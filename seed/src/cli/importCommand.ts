import { readInputFiles } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { declareSchema } from '../load/declareSchema';
import { knownGraphFor } from '../load/knownGraph';
import { loadDataset } from '../load/loadDataset';
import { planLoad } from '../load/plan';
import { UsageError, parseFlags } from './flags';
import type { CommandIO } from './io';
import { progressReporter } from './progress';
import { reportError } from './report';
import { printSummary } from './seedCommand';

export const IMPORT_USAGE = `Usage: npm run import -- FILE… [--dataset NAME] [--dry-run]
  FILE       a data file in the seed's JSON format, or the CSV pair nodes.csv + relationships.csv
             (header id,label,nameEn,nameFr,…,basis,citations / source,target,type,…,basis,citations;
             several values in a cell separated by ";")
  --dataset  data set name for CSV rows without a "dataset" cell
  --dry-run  validate and print what would change; write nothing
  Files may refer to nodes and sources already in the graph. Nothing is deleted.`;

/** `npm run import`: adds to or updates the graph from JSON or CSV files, all files in one transaction. */
export async function importCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags, positionals } = parseFlags(
      argv,
      { dataset: 'string', 'dry-run': 'boolean', help: 'boolean' },
      { positionals: true },
    );
    if (flags.help) {
      io.out(IMPORT_USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no FILE given');
    const documents = await readInputFiles(
      positionals,
      typeof flags.dataset === 'string' ? { dataset: flags.dataset } : {},
    );
    // Files that cannot be read or parsed fail before any connection is made.
    if (documents.some((document) => document.issues.length > 0)) validateDocuments(documents);

    const { db, close } = await io.open();
    try {
      const dataset = validateDocuments(documents, { known: await knownGraphFor(db, documents) });
      io.err(
        `Validated ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships, ${dataset.sources.length} sources.`,
      );
      if (flags['dry-run']) {
        const plan = await planLoad(db, dataset);
        printSummary(io, plan.summary, 'Dry run, nothing written. Would import');
        for (const conflict of plan.conflicts) io.err(`conflict: ${conflict}`);
        return plan.conflicts.length ? 1 : 0;
      }
      await declareSchema(db);
      const started = Date.now();
      const summary = await loadDataset(db, dataset, { onProgress: progressReporter(io) });
      printSummary(io, summary, `Imported in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    return reportError(io, error, IMPORT_USAGE);
  }
}
