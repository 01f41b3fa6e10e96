import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../csv/writeCsv';
import { dayOf, type DayInterval } from '../export/formats';
import { readGraph } from '../export/readGraph';
import { periodSubset, type TimedDataset } from '../export/times';
import { toGexf } from '../export/toGexf';
import { toGraphml } from '../export/toGraphml';
import { toJsonDocument } from '../export/toJson';
import { displayPath } from '../format/readFiles';
import { UsageError, parseFlags } from './flags';
import type { CommandIO } from './io';
import { reportError } from './report';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_USAGE = `Usage: npm run export -- --format json|graphml|gexf|csv --out PATH [--ids ID,… [--depth N]] [--since DATE] [--until DATE]
  --format  json (the seed format, re-importable), graphml (Gephi, Cytoscape, yEd), gexf (Gephi,
            dynamic: its timeline plays the dated facts), csv (nodes.csv + relationships.csv, re-importable)
  --out     the file to write (- for stdout); for csv, a directory
  --ids     export only the subgraph around these node ids…
  --depth   …up to N hops away (default 1)
  --since   export only what holds in a period: from this date (2019, 2019-06 or 2019-06-15)…
  --until   …to this one (included: 2020 ends on 2020-12-31); either may be left open`;

/** The first or last day a period flag stands for, or a UsageError naming it. */
function periodFlag(name: 'since' | 'until', value: string | boolean | undefined): string | null {
  if (value === undefined) return null;
  const day = typeof value === 'string' ? dayOf(value, name === 'since' ? 'first' : 'last') : null;
  if (day === null) {
    throw new UsageError(`--${name} must be a date (2019, 2019-06 or 2019-06-15), not "${String(value)}"`);
  }
  return day;
}

/** The period asked for, or undefined when neither end is given. */
function periodOf(flags: Record<string, string | boolean | undefined>): DayInterval | undefined {
  const period = { start: periodFlag('since', flags.since), end: periodFlag('until', flags.until) };
  if (period.start !== null && period.end !== null && period.start > period.end) {
    throw new UsageError(`--since (${period.start}) must not be after --until (${period.end})`);
  }
  return period.start === null && period.end === null ? undefined : period;
}

/**
 * `npm run export`: the graph, or the subgraph around some nodes, or what holds in a period (see
 * `periodSubset`), with sources, basis, citations and the time of dated facts.
 */
export async function exportCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags } = parseFlags(argv, {
      format: 'string',
      out: 'string',
      ids: 'string',
      depth: 'string',
      since: 'string',
      until: 'string',
      help: 'boolean',
    });
    if (flags.help) {
      io.out(EXPORT_USAGE);
      return 0;
    }
    const format = flags.format;
    if (typeof format !== 'string') throw new UsageError('--format is required');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
    }
    const out = flags.out;
    if (typeof out !== 'string') throw new UsageError('--out is required');
    if (format === 'csv' && out === '-') throw new UsageError('--out must be a directory for --format csv');
    const ids =
      typeof flags.ids === 'string'
        ? flags.ids
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
        : undefined;
    if (flags.depth !== undefined && !ids) throw new UsageError('--depth needs --ids');
    const depth = flags.depth === undefined ? 1 : Number(flags.depth);
    if (!Number.isInteger(depth) || depth < 0)
      throw new UsageError(`--depth must be a whole number, not "${String(flags.depth)}"`);
    if (ids && ids.length === 0) throw new UsageError('--ids needs at least one id');
    const period = periodOf(flags);

    const { db, close } = await io.open();
    try {
      const graph = await readGraph(db, ids ? { ids, depth } : {});
      const dataset: TimedDataset = period
        ? { ...periodSubset(graph, graph.times, period), times: graph.times }
        : graph;
      const written = await write(format as ExportFormat, out, dataset, io);
      io.err(
        `Exported ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources to ${written}.`,
      );
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    return reportError(io, error, EXPORT_USAGE);
  }
}

async function write(format: ExportFormat, out: string, dataset: TimedDataset, io: CommandIO): Promise<string> {
  if (format === 'csv') {
    const csv = toCsv(dataset, dataset.times);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'nodes.csv'), csv.nodes);
    await writeFile(join(out, 'relationships.csv'), csv.relationships);
    return `${displayPath(join(out, 'nodes.csv'))} and ${displayPath(join(out, 'relationships.csv'))}`;
  }
  const text =
    format === 'json'
      ? toJsonDocument(dataset, dataset.times)
      : format === 'graphml'
        ? toGraphml(dataset, dataset.times)
        : toGexf(dataset, dataset.times);
  if (out === '-') {
    io.out(text);
    return 'stdout';
  }
  await writeFile(out, text);
  return displayPath(out);
}
