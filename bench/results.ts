import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueryFigures, Side } from './api-load';
import type { DrawingFigures } from './browser';
import type { BulkImportFigures, ImportFigures } from './import';
import type { Machine } from './machine';
import type { QueryKey } from './queries';
import type { RealGraphFigures } from './real-graph';
import type { WebSizeFigures } from './web-size';

// What one bench run measured, as written to bench/results/ and printed by formatReport.

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  options: { size: string; nodes: number; only: string[]; durationS: number; warmupS: number; connections: number };
  machine: Machine;
  loadAverage: { start: number; end: number };
  import: ImportFigures | null;
  /** Why the load failed, when it did (nothing that needs the graph was measured then). */
  importError: string | null;
  /** The same graph through the bulk path (offline importer) into a store of its own. */
  bulkImport: BulkImportFigures | null;
  bulkImportError: string | null;
  api: {
    /** What each side is, in words (the labels of the tables). */
    sides: Record<Side, string>;
    /** The response cache off: every answer from Neo4j, a question asked for the first time. The targets are judged on these. */
    oursNoCache: Partial<Record<QueryKey, QueryFigures>> | null;
    /** The peer; a query it cannot express has no figures. */
    peer: Partial<Record<QueryKey, QueryFigures>> | null;
    /** Replays: as `npm start` serves a repeated question, from its response cache (every question asked once before). */
    oursReplay: Partial<Record<QueryKey, QueryFigures>> | null;
    /** ours / peer requests per second, per query (concurrent runs). */
    ratiosNoCache: Partial<Record<QueryKey, number>>;
    ratiosReplay: Partial<Record<QueryKey, number>>;
    /** Per side, the queries a server did not answer (so not measured), with the first error. */
    unanswered: Record<Side, Partial<Record<QueryKey, string>>>;
  } | null;
  browser: { drawing: DrawingFigures[]; webSize: WebSizeFigures | null; realGraph: RealGraphFigures | null } | null;
  /** Why the real graph could not be measured in the browser, when it could not. */
  realGraphError: string | null;
  targets: TargetRow[];
}

export interface TargetRow {
  target: string;
  measured: string;
  status: 'met' | 'missed' | 'not measured';
  /** How far off, said plainly (empty when met). */
  by: string;
  loadAverage: number | null;
}

/** Writes the results as JSON to `<outDir>/<timestamp>.json`; returns the path. */
export async function writeResults(outDir: string, results: BenchResults): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
