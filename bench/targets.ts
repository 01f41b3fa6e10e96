import { SIDES } from './api-load';
import { digitsFor, fixed, kb } from './figures';
import { QUERY_PAIRS, type QueryKey } from './queries';
import type { BenchResults, TargetRow } from './results';

// The targets the bench judges a run against, each met, missed or not measured.

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
  // Judged on ours with the response cache off only: every answer computed, as for a question asked
  // for the first time. The replays of repeated questions are reported beside them, never judged.
  const ours = results.api?.oursNoCache ?? null;
  const ratios = results.api?.ratiosNoCache ?? {};
  const tag = ` [${SIDES.oursNoCache.label}]`;
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
  for (const pair of QUERY_PAIRS.filter((p) => p.judged)) {
    const mine = ours?.[pair.key];
    const theirs = peer?.[pair.key];
    rows.push(
      atLeast(
        `${pair.title}: ≥ 1.5× the peer's throughput${tag}`,
        ratios[pair.key],
        1.5,
        '×',
        mine && theirs ? ` (${fixed(mine.concurrent.rps)} vs ${fixed(theirs.concurrent.rps)} req/s)${at}` : '',
        mine?.loadAverage ?? null,
      ),
    );
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
