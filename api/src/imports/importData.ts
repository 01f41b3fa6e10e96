import type { Database } from '@faire-collectif/neo4j';
import {
  LoadError,
  ValidationError,
  declareSchema,
  knownGraphFor,
  loadDataset,
  parseCsvDocument,
  parseJsonDocument,
  planLoad,
  validateDocuments,
  type Dataset,
  type InputDocument,
  type LoadSummary,
} from '@faire-collectif/seed';
import { issueToUserError, type ImportUserError } from './userErrors';

export type ImportMode = 'MERGE' | 'REPLACE';

/** The mutation's input, as GraphQL hands it over (null where a field was left out). */
export interface ImportRequest {
  json?: string | null;
  csv?: { nodes: string; relationships: string; dataset?: string | null } | null;
  mode?: ImportMode | null;
  dryRun?: boolean | null;
}

export interface ImportOutcome {
  summary: LoadSummary | null;
  dryRun: boolean;
  userErrors: ImportUserError[];
}

const refused = (userErrors: ImportUserError[], dryRun: boolean): ImportOutcome => ({
  summary: null,
  dryRun,
  userErrors,
});

/** The texts of the input as the seed's documents; the file names are the input's field paths. */
function documentsOf(request: ImportRequest): InputDocument[] | ImportUserError {
  const hasJson = request.json != null;
  const hasCsv = request.csv != null;
  if (hasJson === hasCsv) {
    return {
      field: ['input'],
      message: 'Give the data either as `json` or as the `csv` pair, not both and not neither.',
      code: 'INVALID_INPUT',
      line: null,
    };
  }
  if (request.json != null) return [parseJsonDocument('json', request.json)];
  const csv = request.csv!;
  const options = csv.dataset == null ? {} : { dataset: csv.dataset };
  return [
    parseCsvDocument('csv.nodes', csv.nodes, options),
    parseCsvDocument('csv.relationships', csv.relationships, options),
  ];
}

function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.includes('ConstraintValidationFailed');
}

/**
 * Validates the data (all problems at once), then writes it in ONE transaction that first takes
 * the seed's import lock (so imports from other processes wait their turn): all of it or nothing. MERGE adds and updates and may refer to what the graph
 * holds; REPLACE deletes the graph's entities and sources in the same transaction, so the data
 * must stand on its own. A dry run computes the same summary in a read transaction.
 */
export async function importData(db: Database, request: ImportRequest): Promise<ImportOutcome> {
  const mode = request.mode ?? 'MERGE';
  const dryRun = request.dryRun ?? false;
  const documents = documentsOf(request);
  if (!Array.isArray(documents)) return refused([documents], dryRun);

  let dataset: Dataset;
  try {
    // Unreadable documents are reported before the graph is asked about references.
    const known =
      mode === 'MERGE' && documents.every((document) => document.issues.length === 0)
        ? await knownGraphFor(db, documents)
        : undefined;
    dataset = validateDocuments(documents, known ? { known } : {});
  } catch (error) {
    if (error instanceof ValidationError) return refused(error.issues.map(issueToUserError), dryRun);
    throw error;
  }

  const reset = mode === 'REPLACE';
  if (dryRun) {
    const plan = await planLoad(db, dataset, { reset });
    const conflicts = plan.conflicts.map(conflictError);
    return conflicts.length ? refused(conflicts, true) : { summary: plan.summary, dryRun: true, userErrors: [] };
  }
  await declareSchema(db);
  try {
    const summary = await loadDataset(db, dataset, { reset });
    return { summary, dryRun: false, userErrors: [] };
  } catch (error) {
    if (error instanceof LoadError) return refused([conflictError(error.message)], false);
    if (isConstraintViolation(error)) {
      return refused([conflictError('an id in the data was written meanwhile by another import')], false);
    }
    throw error;
  }
}

function conflictError(message: string): ImportUserError {
  return { field: ['input'], message: `Nothing was written: ${message}`, code: 'CONFLICT', line: null };
}
