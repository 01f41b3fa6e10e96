import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCsv } from '../csv/writeCsv';
import { readGraph } from '../export/readGraph';
import { toGexf } from '../export/toGexf';
import { toGraphml } from '../export/toGraphml';
import { toJsonDocument } from '../export/toJson';
import { displayPath } from '../format/readFiles';
import { UsageError, parseFlags } from './flags';
import type { CommandIO } from './io';
import { reportError } from './report';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_USAGE = `Usage: npm run export -- --format json|graphml|gexf|csv --out PATH [--ids ID,… [--depth N]]
  --format  json (the seed format, re-importable), graphml (Gephi, Cytoscape, yEd), gexf (Gephi),
            csv (nodes.csv + relationships.csv, re-importable)
  --out     the file to write (- for stdout); for csv, a directory
  --ids     export only the subgraph around these node ids…
  --depth   …up to N hops away (default 1)`;

/** `npm run export`: the graph, or the subgraph around some nodes, with sources, basis and citations. */
export async function exportCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  try {
    const { flags } = parseFlags(argv, {
      format: 'string',
      out: 'string',
      ids: 'string',
      depth: 'string',
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

    const { db, close } = await io.open();
    try {
      const dataset = await readGraph(db, ids ? { ids, depth } : {});
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

async function write(
  format: ExportFormat,
  out: string,
  dataset: Parameters<typeof toCsv>[0],
  io: CommandIO,
): Promise<string> {
  if (format === 'csv') {
    const csv = toCsv(dataset);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'nodes.csv'), csv.nodes);
    await writeFile(join(out, 'relationships.csv'), csv.relationships);
    return `${displayPath(join(out, 'nodes.csv'))} and ${displayPath(join(out, 'relationships.csv'))}`;
  }
  const text =
    format === 'json' ? toJsonDocument(dataset) : format === 'graphml' ? toGraphml(dataset) : toGexf(dataset);
  if (out === '-') {
    io.out(text);
    return 'stdout';
  }
  await writeFile(out, text);
  return displayPath(out);
}
