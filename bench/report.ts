import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SIDES, type QueryFigures, type Side } from './api-load';
import type { DrawingFigures } from './browser';
import type { BulkImportFigures, ImportFigures } from './import';
import type { Machine } from './machine';
import { QUERY_PAIRS, type QueryKey } from './queries';
import type { WebSizeFigures } from './web-size';

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
    /** As `npm start` serves it: every question already in its response cache. */
    ours: Record<QueryKey, QueryFigures> | null;
    /** The response cache off: every answer from Neo4j. */
    oursNoCache: Record<QueryKey, QueryFigures> | null;
    peer: Record<QueryKey, QueryFigures> | null;
    /** ours / peer requests per second, per query (concurrent runs). */
    ratios: Partial<Record<QueryKey, number>>;
    ratiosNoCache: Partial<Record<QueryKey, number>>;
  } | null;
  browser: { drawing: DrawingFigures[]; webSize: WebSizeFigures | null } | null;
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

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const kb = (bytes: number) => `${fixed(bytes / 1024)} KB`;

const digitsFor = (unit: string) => (unit === '×' ? 2 : 1);

function atMost(
  target: string,
  value: number | null | undefined,
  limit: number,
  unit: string,
  detail: string,
  load: number | null,
): TargetRow {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { target, measured: 'n/a', status: 'not measured', by: '', loadAverage: load };
  }
  const met = value <= limit;
  return {
    target,
    measured: `${fixed(value)} ${unit}${detail}`,
    status: met ? 'met' : 'missed',
    by: met ? '' : `${fixed(value - limit)} ${unit} over (${fixed(value / limit)}× the limit)`,
    loadAverage: load,
  };
}

function atLeast(
  target: string,
  value: number | null | undefined,
  floor: number,
  unit: string,
  detail: string,
  load: number | null,
): TargetRow {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { target, measured: 'n/a', status: 'not measured', by: '', loadAverage: load };
  }
  const met = value >= floor;
  return {
    target,
    measured: `${fixed(value, digitsFor(unit))}${unit === '×' ? '' : ' '}${unit}${detail}`,
    status: met ? 'met' : 'missed',
    by: met
      ? ''
      : `${fixed(floor - value, digitsFor(unit))}${unit === '×' ? '' : ' '}${unit} short (${fixed((100 * value) / floor, 0)}% of the target)`,
    loadAverage: load,
  };
}

/** The issue's targets, each with the measured figure and met/missed. */
export function targetRows(results: Omit<BenchResults, 'targets' | 'finishedAt'>): TargetRow[] {
  const at = results.options.size === '100k' ? '' : ` [measured on ${results.options.size}]`;
  const rows: TargetRow[] = [];
  const peer = results.api?.peer ?? null;
  // The API's targets for ours as served (cache warm) and with the cache off (cold answers).
  for (const side of ['ours', 'oursNoCache'] as const) {
    const ours = results.api?.[side] ?? null;
    const ratios = (side === 'ours' ? results.api?.ratios : results.api?.ratiosNoCache) ?? {};
    const tag = ` [${SIDES[side].label}]`;
    const q = (key: QueryKey) => ours?.[key];
    const underLoad = (key: QueryKey) => {
      const f = q(key);
      return f ? ` (1 conn; ${fixed(f.concurrent.p95Ms)} ms at ${f.concurrent.connections} conn)${at}` : '';
    };
    rows.push(
      atMost(
        `1-hop neighbourhood on 100k: p95 ≤ 10 ms${tag}`,
        q('neighbourhood')?.serial.p95Ms,
        10,
        'ms',
        underLoad('neighbourhood'),
        q('neighbourhood')?.loadAverage ?? null,
      ),
      atLeast(
        `1-hop neighbourhood on 100k: ≥ 2,000 req/s${tag}`,
        q('neighbourhood')?.concurrent.rps,
        2000,
        'req/s',
        q('neighbourhood') ? ` (${q('neighbourhood')!.concurrent.connections} conn)${at}` : '',
        q('neighbourhood')?.loadAverage ?? null,
      ),
      atMost(
        `filtered network: p95 ≤ 50 ms${tag}`,
        q('network')?.serial.p95Ms,
        50,
        'ms',
        underLoad('network'),
        q('network')?.loadAverage ?? null,
      ),
      atMost(
        `shortest path: p95 ≤ 20 ms${tag}`,
        q('shortestPath')?.serial.p95Ms,
        20,
        'ms',
        underLoad('shortestPath'),
        q('shortestPath')?.loadAverage ?? null,
      ),
    );
    for (const pair of QUERY_PAIRS) {
      rows.push(
        atLeast(
          `${pair.title}: ≥ 1.5× the peer's throughput${tag}`,
          ratios[pair.key],
          1.5,
          '×',
          ours && peer
            ? ` (${fixed(ours[pair.key].concurrent.rps)} vs ${fixed(peer[pair.key].concurrent.rps)} req/s)${at}`
            : '',
          ours?.[pair.key].loadAverage ?? null,
        ),
      );
    }
  }
  const imp = results.import;
  const bulk = results.bulkImport;
  const transactional =
    results.importError !== null ? 'failed' : imp ? `${imp.nodesPerS} nodes/s in ${fixed(imp.loadS, 2)} s` : 'n/a';
  if (bulk) {
    // The bulk path is the one for large first loads: the target is measured on it.
    rows.push(
      atLeast(
        'import ≥ 50k nodes/s',
        bulk.nodesPerS,
        50_000,
        'nodes/s',
        ` (bulk: ${bulk.nodes} nodes + ${bulk.relationships} rels in ${fixed(bulk.totalS, 2)} s, ` +
          `importer alone ${bulk.importerNodesPerS} nodes/s; one transaction: ${transactional})`,
        bulk.loadAverage,
      ),
    );
  } else if (results.importError !== null) {
    rows.push({
      target: 'import ≥ 50k nodes/s',
      measured: `failed: ${results.importError}`,
      status: 'missed',
      by: 'the load did not complete',
      loadAverage: null,
    });
  } else
    rows.push(
      atLeast(
        'import ≥ 50k nodes/s',
        imp?.nodesPerS,
        50_000,
        'nodes/s',
        imp ? ` (${imp.nodes} nodes + ${imp.relationships} rels in ${fixed(imp.loadS, 2)} s)` : '',
        imp?.loadAverage ?? null,
      ),
    );
  const drawing = (results.browser?.drawing ?? []).filter((d) => d.fps !== null);
  // The size nearest 5,000 nodes (5,000 itself in a full run).
  const nearest = drawing.map((d) => d.nodes).sort((a, b) => Math.abs(a - 5000) - Math.abs(b - 5000))[0];
  const atSize = drawing.filter((d) => d.nodes === nearest);
  const best = [...atSize].sort((a, b) => (b.fps ?? 0) - (a.fps ?? 0))[0];
  rows.push(
    atLeast(
      '5k nodes / 20k edges: ≥ 30 fps pan/zoom',
      best?.fps,
      30,
      'fps',
      best
        ? ` (best of ${atSize.map((d) => `${d.renderer} ${fixed(d.fps ?? Number.NaN)}`).join(', ')})` +
            (nearest === 5000 ? '' : ` [measured on ${nearest} nodes / ${best.edges} edges]`)
        : '',
      best?.loadAverage ?? null,
    ),
  );
  const web = results.browser?.webSize ?? null;
  rows.push(
    atMost(
      'initial JS ≤ 250 KB gzip',
      web ? (web.laidOutViewJsGzip ?? web.firstViewJsGzip ?? web.initialJsGzip) / 1024 : null,
      250,
      'KB',
      web
        ? web.laidOutViewJsGzip !== null && web.firstViewJsGzip !== null
          ? ` (first view laid out on the page; without data ${kb(web.firstViewJsGzip)}, index.html alone ${kb(web.initialJsGzip)})`
          : web.firstViewJsGzip !== null
            ? ` (first view; index.html alone ${kb(web.initialJsGzip)})`
            : ' (index.html; first view not measured)'
        : '',
      null,
    ),
  );
  return rows;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The run as Markdown tables (what `npm run bench` prints and bench/README.md quotes). */
export function formatReport(results: BenchResults): string {
  const out: string[] = [];
  const m = results.machine;
  out.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; ${m.java}; ${m.chromium ?? 'no Chromium'}`,
    `Run: ${results.startedAt} → ${results.finishedAt}, graph ${results.options.size} (${results.options.nodes} nodes), ` +
      `${results.options.durationS} s per load run after ${results.options.warmupS} s warm-up, ${results.options.connections} connections; ` +
      `load average ${results.loadAverage.start} at start, ${results.loadAverage.end} at end`,
    '',
  );
  if (results.import) {
    const i = results.import;
    out.push(
      '### Import (seed loader, one write transaction)',
      '',
      table(
        [
          'nodes',
          'relationships',
          'load s',
          'nodes/s',
          'rels/s',
          'nodes staged s',
          'rels staged s',
          'schema s',
          'indexes s',
          'heap',
          'load avg',
        ],
        [
          [
            String(i.nodes),
            String(i.relationships),
            fixed(i.loadS, 2),
            String(i.nodesPerS),
            String(i.relationshipsPerS),
            fixed(i.nodesStagedS, 2),
            fixed(i.relationshipsStagedS, 2),
            fixed(i.schemaS, 2),
            fixed(i.indexesS, 2),
            i.heap,
            fixed(i.loadAverage, 2),
          ],
        ],
      ),
      '',
    );
  }
  if (results.importError !== null) {
    out.push('### Import (seed loader, one write transaction)', '', `Failed: ${results.importError}`, '');
  }
  const bulkTitle = '### Import, bulk (offline importer into a new store, then start, schema and indexes)';
  if (results.bulkImport) {
    const b = results.bulkImport;
    out.push(
      bulkTitle,
      '',
      table(
        [
          'nodes',
          'relationships',
          'total s',
          'nodes/s',
          'rels/s',
          'CSV s',
          'importer s (own)',
          'start s',
          'schema s',
          'verify s',
          'importer nodes/s',
          'importer rels/s',
          'heap (importer)',
          'load avg',
        ],
        [
          [
            String(b.nodes),
            String(b.relationships),
            fixed(b.totalS, 2),
            String(b.nodesPerS),
            String(b.relationshipsPerS),
            fixed(b.csvS, 2),
            `${fixed(b.importerS, 2)} (${b.importerReportedS === null ? 'n/a' : fixed(b.importerReportedS, 2)})`,
            fixed(b.startS, 2),
            fixed(b.schemaS, 2),
            fixed(b.verifyS, 2),
            String(b.importerNodesPerS),
            String(b.importerRelationshipsPerS),
            `${b.heap} (${b.importerHeap})`,
            fixed(b.loadAverage, 2),
          ],
        ],
      ),
      '',
    );
  }
  if (results.bulkImportError !== null) out.push(bulkTitle, '', `Failed: ${results.bulkImportError}`, '');
  if (results.api?.ours || results.api?.oursNoCache) {
    const api = results.api;
    const rows = QUERY_PAIRS.flatMap((pair) => {
      const sides = (Object.keys(SIDES) as Side[])
        .map((side) => [side, api[side]?.[pair.key]] as const)
        .filter((entry): entry is readonly [Side, QueryFigures] => entry[1] !== undefined);
      return sides.map(([side, f]) => {
        const ratio =
          side === 'ours' ? api.ratios[pair.key] : side === 'oursNoCache' ? api.ratiosNoCache[pair.key] : undefined;
        return [
          pair.title,
          SIDES[side].label,
          fixed(f.serial.p50Ms, 2),
          fixed(f.serial.p95Ms, 2),
          fixed(f.serial.p99Ms, 2),
          fixed(f.concurrent.rps),
          fixed(f.concurrent.p50Ms, 2),
          fixed(f.concurrent.p95Ms, 2),
          fixed(f.concurrent.p99Ms, 2),
          ratio !== undefined ? `${fixed(ratio, 2)}×` : '',
          f.cpuMsPerRequest.server === null ? 'n/a' : fixed(f.cpuMsPerRequest.server, 2),
          f.cpuMsPerRequest.neo4j === null ? 'n/a' : fixed(f.cpuMsPerRequest.neo4j, 2),
          String(
            f.serial.graphqlErrors +
              f.serial.non2xx +
              f.serial.timeouts +
              f.concurrent.graphqlErrors +
              f.concurrent.non2xx +
              f.concurrent.timeouts +
              f.concurrent.connectionErrors,
          ),
          fixed(f.loadAverage, 2),
        ];
      });
    });
    const c = Object.values(api.ours ?? api.oursNoCache ?? {})[0]?.concurrent.connections ?? 0;
    out.push(
      '### GraphQL over HTTP (autocannon in its own process, parameters varying per request)',
      '',
      table(
        [
          'query',
          'server',
          'p50 ms (1 conn)',
          'p95 ms (1 conn)',
          'p99 ms (1 conn)',
          `req/s (${c} conn)`,
          `p50 ms (${c} conn)`,
          `p95 ms (${c} conn)`,
          `p99 ms (${c} conn)`,
          'ours/peer req/s',
          'server CPU ms/req',
          'Neo4j CPU ms/req',
          'errors',
          'load avg',
        ],
        rows,
      ),
      '',
    );
  }
  if (results.browser) {
    const { drawing, webSize } = results.browser;
    if (drawing.length) {
      out.push(
        "### Drawing in headless Chromium (the explorer's element mapping, stylesheet and fcose layout)",
        '',
        table(
          [
            'nodes',
            'edges',
            'renderer',
            'first drawn ms',
            'settled ms',
            'layout ms (where)',
            'worst frame gap during layout ms',
            'pan/zoom fps',
            'draw ms/frame',
            'worst gap ms',
            'note',
            'load avg',
          ],
          drawing.map((d) => [
            String(d.nodes),
            String(d.edges),
            d.renderer + (d.fellBack ? ' (fell back to canvas)' : ''),
            fixed(d.firstDrawMs, 0),
            d.settledMs === null ? 'n/a' : fixed(d.settledMs, 0),
            d.layoutMs === null ? '—' : `${fixed(d.layoutMs, 0)} (${d.layoutIn})`,
            d.worstFrameDuringLayoutMs === null ? '—' : fixed(d.worstFrameDuringLayoutMs, 0),
            d.fps === null ? 'n/a' : fixed(d.fps),
            d.drawMs === null ? 'n/a' : fixed(d.drawMs),
            d.worstFrameMs === null ? 'n/a' : fixed(d.worstFrameMs, 0),
            d.note ?? '',
            fixed(d.loadAverage, 2),
          ]),
        ),
        '',
      );
    }
    if (webSize) {
      out.push(
        '### Explorer JavaScript (gzip)',
        '',
        table(
          ['index.html (initial)', 'first view', 'first view laid out', 'all JS', 'all JS raw', 'CSS', 'largest files'],
          [
            [
              kb(webSize.initialJsGzip),
              webSize.firstViewJsGzip === null ? 'n/a' : kb(webSize.firstViewJsGzip),
              webSize.laidOutViewJsGzip === null ? 'n/a' : kb(webSize.laidOutViewJsGzip),
              kb(webSize.totalJsGzip),
              kb(webSize.totalJsBytes),
              kb(webSize.cssGzip),
              webSize.largest.map((c) => `${c.file.replace(/^assets\//, '')} ${kb(c.gzipBytes)}`).join(', '),
            ],
          ],
        ),
        '',
      );
    }
  }
  out.push(
    '### Targets',
    '',
    table(
      ['target', 'measured', 'status', 'by how much', 'load avg'],
      results.targets.map((t) => [
        t.target,
        t.measured,
        t.status,
        t.by,
        t.loadAverage === null ? '' : fixed(t.loadAverage, 2),
      ]),
    ),
  );
  return out.join('\n');
}

/** Writes the results as JSON to `<outDir>/<timestamp>.json`; returns the path. */
export async function writeResults(outDir: string, results: BenchResults): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
