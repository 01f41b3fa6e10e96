import { LOCAL_DATABASE, loadConfig } from '@faire-collectif/neo4j';
import { BULK_PHASES, bulkImport } from '../bulk/bulkImport';
import { assertEmptyStore, inspectLocalStore } from '../bulk/storeState';
import type { InputDocument } from '../format/document';
import { readInputFiles } from '../format/readFiles';
import { validateDocuments } from '../format/validate';
import { declareSchema } from '../load/declareSchema';
import { knownGraphFor } from '../load/knownGraph';
import { LoadError, loadDataset } from '../load/loadDataset';
import { planLoad } from '../load/plan';
import { LoadSummary } from '../load/summary';
import { UsageError, parseFlags } from './flags';
import type { CommandIO } from './io';
import { bulkProgressReporter, progressReporter } from './progress';
import { reportError } from './report';
import { printSummary } from './seedCommand';

export const IMPORT_USAGE = `Usage: npm run import -- FILE… [--dataset NAME] [--dry-run] [--bulk]
  FILE       a data file in the seed's JSON format, or the CSV pair nodes.csv + relationships.csv
             (header id,label,nameEn,nameFr,…,basis,citations / source,target,type,…,basis,citations;
             several values in a cell separated by ";")
  --dataset  data set name for CSV rows without a "dataset" cell
  --dry-run  validate and print what would change; write nothing
  --bulk     first load of a large data set into an empty or new local store
             (NEO4J_LOCAL_DATA_DIR), with Neo4j's offline importer: NEO4J_URI must be unset and
             the local Neo4j not running (stop \`npm start\` first)
  Files may refer to nodes and sources already in the graph (not with --bulk). Nothing is deleted.`;

/** `npm run import`: adds to or updates the graph from JSON or CSV files, all files in one transaction. */
export async function importCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags, positionals } = parseFlags(
      argv,
      { dataset: 'string', 'dry-run': 'boolean', bulk: 'boolean', help: 'boolean' },
      { positionals: true },
    );
    if (flags.help) {
      io.out(IMPORT_USAGE);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no FILE given');
    // Before reading anything (a registry may be large): the offline importer needs the local store.
    const bulkStore = flags.bulk ? localStoreFor(io) : undefined;
    const documents = await readInputFiles(
      positionals,
      typeof flags.dataset === 'string' ? { dataset: flags.dataset } : {},
    );
    // Files that cannot be read or parsed fail before any connection is made.
    if (documents.some((document) => document.issues.length > 0)) validateDocuments(documents);
    if (bulkStore) return await importBulk(io, documents, bulkStore, flags['dry-run'] === true);

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

interface BulkStore {
  dataDir: string;
  heap: string;
  pageCache: string;
}

/** The local store --bulk writes to, from the configuration; refused when NEO4J_URI names a server. */
function localStoreFor(io: CommandIO): BulkStore {
  const config = loadConfig(io.env ?? process.env);
  if (config.neo4j.uri !== undefined) {
    throw new LoadError(
      `--bulk needs the local store, but NEO4J_URI is set (${config.neo4j.uri}): the offline importer writes ` +
        "Neo4j's store files directly, which only the local Neo4j's store allows. Unset NEO4J_URI to bulk import " +
        'into NEO4J_LOCAL_DATA_DIR (then copy the store or dump it to the server), or import without --bulk.',
    );
  }
  if (config.neo4j.database !== LOCAL_DATABASE) {
    throw new LoadError(
      `--bulk imports into the local store's database "${LOCAL_DATABASE}", but NEO4J_DATABASE is "${config.neo4j.database}": unset it.`,
    );
  }
  return config.local;
}

async function importBulk(
  io: CommandIO,
  documents: InputDocument[],
  store: BulkStore,
  dryRun: boolean,
): Promise<number> {
  // Nothing in the graph to refer to: the store is empty or new.
  const dataset = validateDocuments(documents);
  io.err(
    `Validated ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships, ${dataset.sources.length} sources.`,
  );
  if (dryRun) {
    assertEmptyStore(await inspectLocalStore(store), store.dataDir);
    const summary = new LoadSummary();
    summary.countSources({ created: dataset.sources.length });
    for (const record of dataset.nodes) summary.count('nodes', record.label, { created: 1 });
    for (const record of dataset.relationships) summary.count('relationships', record.type, { created: 1 });
    printSummary(io, summary, `Dry run, nothing written. The store in ${store.dataDir} is empty; would bulk import`);
    return 0;
  }
  const result = await bulkImport(dataset, { ...store, onProgress: bulkProgressReporter(io) });
  const phases = BULK_PHASES.filter((phase) => result.phases[phase] >= 0.05)
    .map((phase) => `${phase} ${result.phases[phase].toFixed(1)} s`)
    .join(', ');
  const rate = (count: number) => Math.round(count / result.seconds).toLocaleString('en');
  io.err(
    `Phases: ${phases}. ${rate(dataset.nodes.length)} nodes/s, ${rate(dataset.relationships.length)} relationships/s.`,
  );
  printSummary(io, result.summary, `Bulk imported into ${store.dataDir} in ${result.seconds.toFixed(1)} s`);
  return 0;
}
