import { fixed, kb } from './figures';
import { SIDES, type QueryFigures, type Side } from './api-load';
import { QUERY_PAIRS } from './queries';
import type { BenchResults } from './results';

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
      `The importer phase: ${b.importerStages.map(({ stage, s }) => `${stage} ${fixed(s, 2)} s`).join(', ')}.`,
      '',
    );
  }
  if (results.bulkImportError !== null) out.push(bulkTitle, '', `Failed: ${results.bulkImportError}`, '');
  if (results.api?.oursNoCache || results.api?.oursReplay || results.api?.peer) {
    const api = results.api;
    const blank = (cells: number) => Array<string>(cells).fill('');
    const rows = QUERY_PAIRS.flatMap((pair) =>
      (Object.keys(SIDES) as Side[]).flatMap((side): string[][] => {
        if (api[side] === null) return [];
        const label = SIDES[side].label;
        if (pair[SIDES[side].api] === null) return [[pair.title, label, 'cannot express', ...blank(11)]];
        const unanswered = api.unanswered[side][pair.key];
        if (unanswered !== undefined) return [[pair.title, label, 'not served', ...blank(11)]];
        const f: QueryFigures | undefined = api[side][pair.key];
        if (!f && side === 'oursReplay') return [];
        if (!f) return [[pair.title, label, 'not measured', ...blank(11)]];
        const ratio =
          side === 'oursNoCache'
            ? api.ratiosNoCache[pair.key]
            : side === 'oursReplay'
              ? api.ratiosReplay[pair.key]
              : undefined;
        return [
          [
            pair.title,
            label,
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
          ],
        ];
      }),
    );
    const first = [api.oursNoCache, api.peer, api.oursReplay].flatMap((f) => Object.values(f ?? {}))[0];
    const c = first?.concurrent.connections ?? 0;
    out.push(
      '### GraphQL over HTTP (autocannon in its own process, parameters varying per request)',
      '',
      '_ours, no cache_ computes every answer (a question asked for the first time): the targets are judged on it. ' +
        '_ours, replay_ answers a repeated question from its response cache (each was asked once before the run): ' +
        'it measures the cache, not the queries, and is never judged. _cannot express_: the peer has no equivalent question.',
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
    const notServed = (Object.keys(SIDES) as Side[]).flatMap((side) =>
      Object.entries(api.unanswered[side]).map(([key, reason]) => `- ${SIDES[side].label}, ${key}: ${reason}`),
    );
    if (notServed.length)
      out.push('Not served (the server answered with an error; not measured):', '', ...notServed, '');
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
    const real = results.browser.realGraph;
    if (real) {
      const stats = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
        return `${fixed(at(0.5), 0)} / ${fixed(at(0.95), 0)} / ${fixed(sorted[0] ?? Number.NaN, 0)}`;
      };
      out.push(
        `### The real graph drawn (both data sets of seed/data: ${real.entities} entities, ${real.relationships} relationships; our server without its cache, the built explorer, headless Chromium)`,
        '',
        table(
          ['measure', 'runs', 'median / p95 / best ms', 'entities drawn', 'load avg'],
          [
            [
              'navigation → answer on screen',
              String(real.firstView.length),
              stats(real.firstView.map((v) => v.answeredMs)),
              [...new Set(real.firstView.map((v) => v.nodes))].join(', '),
              fixed(real.loadAverage, 2),
            ],
            [
              'navigation → first view drawn and laid out',
              String(real.firstView.length),
              stats(real.firstView.map((v) => v.drawnMs)),
              [...new Set(real.firstView.map((v) => v.nodes))].join(', '),
              fixed(real.loadAverage, 2),
            ],
            [
              `period changed (${real.periodBy}) → redrawn and laid out`,
              String(real.periodChange.length),
              stats(real.periodChange.map((v) => v.redrawnMs)),
              real.periodChange.map((v) => `${v.from}–${v.to}: ${v.nodes}`).join(', '),
              fixed(real.loadAverage, 2),
            ],
          ],
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
  if (results.realGraphError !== null)
    out.push('### The real graph drawn', '', `Failed: ${results.realGraphError}`, '');
  out.push(
    '### Targets',
    '',
    'Judged on the figures of every answer computed (_ours, no cache_); the replays of repeated questions are not judged.',
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
