import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LOCAL_DATABASE, runNeo4jAdmin } from '@faire-collectif/neo4j';
import { LoadError } from '../load/loadDataset';
import type { BulkCsv, BulkCsvFile } from './csvFiles';

// Runs Neo4j's offline importer on the files of writeBulkCsv, and turns what it prints into
// progress, counts, and on failure one sentence a person can act on (never a Java stack trace).

export interface ImporterProgress {
  /** The importer's stage, e.g. "Nodes", "Relationships", "Node --> Relationship". */
  stage: string;
  /** How far the stage is, as the importer counts (e.g. "120K"), once it says. */
  count?: string;
}

export interface ImporterCounts {
  nodes: number;
  relationships: number;
  properties: number;
  /** The import's own duration as the importer reports it (its JVM's start and set-up excluded). */
  seconds: number | undefined;
}

export interface ImporterOptions {
  /** NEO4J_HOME of the run: the store is written to its data/databases/neo4j (must not exist). */
  home: string;
  heap: string;
  reportFile: string;
  onProgress?: (progress: ImporterProgress) => void;
}

/** The importer's arguments: the files as they are, fault-free data only (the first bad entry aborts). */
export function importerArguments(csv: BulkCsv, reportFile: string): string[] {
  const args = ['database', 'import', 'full', LOCAL_DATABASE, '--verbose'];
  for (const file of csv.files) args.push(`--${file.kind}=${file.header},${file.path}`);
  const unicode = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  args.push(
    '--id-type=string',
    '--delimiter=,',
    `--array-delimiter=${unicode(csv.arrayDelimiter)}`,
    '--quote="',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    // "" is an empty string (searchText of a node without aliases), as the loader stores it.
    '--ignore-empty-strings=false',
    '--trim-strings=false',
    '--legacy-style-quoting=false',
    '--normalize-types=true',
    `--report-file=${reportFile}`,
  );
  // Only files with a value spanning lines are parsed in one piece; the others in parallel chunks.
  const multiline = csv.files.filter((file) => file.multiline).map((file) => file.path);
  if (multiline.length > 0) args.push('--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`);
  return args;
}

// --verbose (which says why an import failed) prints each stage as "<stage>, started <time>",
// then lines such as "[*Nodes:?? 1.004GiB----]  120K ∆ 120K".
const STAGE = /^(.+), started \d{4}-\d\d-\d\d/;
const COUNT = /\]\s*([\d.]+[KMGT]?) ∆/;

/** Runs the importer; resolves with what it imported, or throws a LoadError saying why it refused. */
export async function runImporter(csv: BulkCsv, options: ImporterOptions): Promise<ImporterCounts> {
  let stage: string | undefined;
  const run = await runNeo4jAdmin(importerArguments(csv, options.reportFile), {
    home: options.home,
    heap: options.heap,
    onLine: (line) => {
      const started = STAGE.exec(line);
      if (started) {
        stage = started[1]!;
        options.onProgress?.({ stage });
        return;
      }
      const count = COUNT.exec(line);
      if (count && stage) options.onProgress?.({ stage, count: count[1]! });
    },
  });
  const counts = importedCounts(run.lines);
  if (run.code === 0 && counts) return counts;
  const report = await readFile(options.reportFile, 'utf8').catch(() => '');
  throw new LoadError(
    `The offline importer refused the data: ${importerFailure(run.lines, csv.files, report, run.code)}`,
  );
}

/** The "Imported: N nodes, N relationships, N properties" the importer prints when it is done. */
export function importedCounts(lines: readonly string[]): ImporterCounts | undefined {
  const done = lines.findIndex((line) => line.startsWith('IMPORT DONE'));
  if (done < 0) return undefined;
  const count = (noun: string) => {
    for (const line of lines.slice(done)) {
      const match = new RegExp(`^\\s+(\\d+) ${noun}$`).exec(line);
      if (match) return Number(match[1]);
    }
    return undefined;
  };
  const nodes = count('nodes');
  const relationships = count('relationships');
  const properties = count('properties');
  if (nodes === undefined || relationships === undefined || properties === undefined) return undefined;
  return { nodes, relationships, properties, seconds: duration(lines[done]!) };
}

/** "IMPORT DONE in 1m 2s 175ms." → 62.175 */
function duration(line: string): number | undefined {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  const parts = [...line.matchAll(/(\d+)(ms|h|m|s)\b/g)];
  if (parts.length === 0) return undefined;
  return Math.round(parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0) * 1000) / 1000;
}

interface Cause {
  message: string;
  details: Map<string, string>;
}

/** Java's "Caused by:" chain, each with its indented detail lines ("data source: …", "in field: …"). */
function causes(lines: readonly string[]): Cause[] {
  const found: Cause[] = [];
  let current: Cause | undefined;
  for (const line of lines) {
    const cause = /^(?:Caused by: )?((?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)[\w$]*)(?:: (.*))?$/.exec(line);
    if (cause) {
      current = { message: stripClassNames(cause[2] ?? cause[1]!), details: new Map() };
      found.push(current);
      continue;
    }
    const detail = /^ {2}([a-z][a-z ]+): (.*)$/.exec(line);
    if (current && detail) current.details.set(detail[1]!, detail[2]!);
    else if (!/^\s/.test(line)) current = undefined;
  }
  return found;
}

/** "java.lang.RuntimeException: x.y.DuplicateInputIdException: Id 'a'…" → "Id 'a'…" */
function stripClassNames(message: string): string {
  return message.replace(/^(?:(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)[\w$]*: )+/, '').trim();
}

function describeFile(file: BulkCsvFile | undefined): string {
  if (!file) return 'the input';
  return file.kind === 'nodes' ? `the ${file.group} nodes` : `the ${file.group} relationships`;
}

/**
 * One sentence from the importer's output: the deepest cause, where in the input it is (which
 * label or type, which row and field), and the first line of its report of bad entries.
 */
export function importerFailure(
  lines: readonly string[],
  files: readonly BulkCsvFile[],
  report = '',
  code: number | null = null,
): string {
  const chain = causes(lines);
  const deepest = chain.at(-1);
  const located = chain.find((cause) => cause.details.has('data source'));
  const parts: string[] = [];
  if (deepest) {
    const generic = /^(ERROR in input|Error importing csv file\.?)$/.test(deepest.message);
    parts.push(
      generic && located?.details.get('original error') ? located.details.get('original error')! : deepest.message,
    );
  }
  if (located) {
    const source = /source:([^,\]]+)(?:.*?line:(\d+))?/.exec(located.details.get('data source') ?? '');
    const file = source
      ? files.find((f) =>
          [f.path, f.header].some((path) => path === source[1] || basename(path) === basename(source[1]!)),
        )
      : undefined;
    const where = [describeFile(file)];
    // The importer counts a file's lines from 0, and the rows' file has no header.
    if (source?.[2] !== undefined && file && source[1] !== file.header) where.push(`row ${Number(source[2]) + 1}`);
    const field = located.details.get('in field');
    if (field) where.push(`field ${field.replace(/:\d+$/, '')}`);
    const raw = located.details.get('raw field value');
    if (raw !== undefined) where.push(`value ${JSON.stringify(raw)}`);
    parts.push(`(in ${where.join(', ')})`);
  }
  const bad = report.split('\n').find((line) => line.trim() !== '');
  if (bad && !parts.some((part) => part.includes(bad.trim()))) parts.push(`— first bad entry: ${bad.trim()}`);
  const heap = lines.find((line) => /heap size .* may be too small/.test(line));
  if (heap) parts.push(`(${heap.replace(/^WARNING:\s*/, '').replace(/Nodes, started.*$/, '')})`);
  if (parts.length === 0) {
    const last = [...lines]
      .reverse()
      .find((line) => /\w/.test(line) && !/^\s*at |^[.\s-]+$|^\s*\.\.\. \d+ more/.test(line));
    parts.push(last?.trim() ?? `it exited with code ${code}`);
  }
  return parts.join(' ');
}
