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
