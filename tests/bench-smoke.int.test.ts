// Keeps `npm run bench` from rotting: runs the whole harness on the 1k graph with tiny durations
// and checks that it produced every figure. It asserts nothing about time or speed. The graph goes
// into the run's throwaway Neo4j (emptied before and after), which spares starting another.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { clearGraph, testDatabase } from '@faire-collectif/seed/testing';

const ROOT = new URL('..', import.meta.url).pathname;
// Every question, and those the peer can express (it has no timeline and no folded links).
const QUERIES = [
  'neighbourhood',
  'network',
  'search',
  'shortestPath',
  'nested',
  'periodNetwork',
  'timeline',
  'foldedLinks',
  'actionSearch',
];
const PEER_QUERIES = QUERIES.filter((key) => key !== 'timeline' && key !== 'foldedLinks');
const SIDES = ['oursNoCache', 'peer', 'oursReplay'] as const;
const BROWSER_SIZES = [60, 120];
// Nine questions on three servers, each with a warm-up, a serial and a concurrent run.
const RUN_TIMEOUT_MS = 240_000;

interface LoadFigures {
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  graphqlErrors: number;
  non2xx: number;
}
type Figures = Record<string, { serial: LoadFigures; concurrent: LoadFigures; loadAverage: number }>;
interface Results {
  machine: { cpuModel: string; cores: number; memoryGiB: number; node: string; java: string };
  import: { nodes: number; relationships: number; loadS: number; nodesPerS: number; relationshipsPerS: number };
  api: {
    sides: Record<string, string>;
    oursNoCache: Figures;
    peer: Figures;
    oursReplay: Figures;
    ratiosNoCache: Record<string, number>;
    ratiosReplay: Record<string, number>;
    unanswered: Record<string, Record<string, string>>;
  };
  browser: {
    drawing: Array<{
      nodes: number;
      edges: number;
      renderer: string;
      firstDrawMs: number;
      settledMs: number;
      fps: number;
      loadAverage: number;
    }>;
    webSize: { initialJsGzip: number; firstViewJsGzip: number; laidOutViewJsGzip: number; totalJsGzip: number };
  };
  targets: Array<{ target: string; measured: string; status: string }>;
}

/** A stand-in for a built explorer: an entry script, a preloaded module and a lazy chunk. */
async function fakeWebDist(dir: string): Promise<void> {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/main.js"></script>' +
      '<link rel="modulepreload" href="/assets/shared.js"></head><body></body></html>',
  );
  await writeFile(
    join(dir, 'assets/shared.js'),
    `export const words = ${JSON.stringify('lorem ipsum '.repeat(200))};\n`,
  );
  await writeFile(
    join(dir, 'assets/main.js'),
    "import { words } from './shared.js';\nimport('./lazy.js').then((m) => m.show(words));\n",
  );
  await writeFile(
    join(dir, 'assets/lazy.js'),
    'export function show(text) { document.body.textContent = text.slice(0, 20); }\n',
  );
  // Named as Vite names the layout's chunk, and fetched by nothing here, as with no data to lay out.
  await writeFile(
    join(dir, 'assets/cytoscape-fcose-T3st.js'),
    `export const layout = ${JSON.stringify('x'.repeat(500))};\n`,
  );
}

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/run.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGINT'), RUN_TIMEOUT_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('npm run bench (smoke, 1k graph, tiny durations)', () => {
  let dir: string;
  let db: Database;
  let results: Results;
  let output: string;

  beforeAll(async () => {
    db = testDatabase();
    await clearGraph(db);
    dir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-smoke-'));
    await fakeWebDist(join(dir, 'web'));
    const run = await runBench([
      // The real graph needs a built explorer: it is measured by `npm run bench`, not here.
      '--only',
      'import,api,peer,browser',
      '--size',
      '1k',
      '--duration',
      '0.4',
      '--warmup',
      '0.1',
      '--connections',
      '2',
      '--browser-sizes',
      BROWSER_SIZES.join(','),
      '--pan-zoom',
      '0.3',
      '--layout-timeout',
      '60',
      '--web-dist',
      join(dir, 'web'),
      '--out',
      join(dir, 'results'),
      '--neo4j-uri',
      inject('neo4jUri'),
    ]);
    output = run.output;
    expect(run.code, output).toBe(0);
    const files = (await readdir(join(dir, 'results'))).filter((file) => file.endsWith('.json'));
    expect(files).toHaveLength(1);
    results = JSON.parse(await readFile(join(dir, 'results', files[0]!), 'utf8')) as Results;
  }, RUN_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    if (db) {
      await clearGraph(db);
      await db.close();
    }
  });

  it('describes the machine', () => {
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.memoryGiB).toBeGreaterThan(0);
    expect(results.machine.cpuModel).not.toBe('');
    expect(results.machine.java).not.toBe('not found');
  });

  it('measures the import through the seed loader', () => {
    expect(results.import.nodes).toBeGreaterThanOrEqual(1000);
    expect(results.import.relationships).toBeGreaterThan(0);
    expect(results.import.loadS).toBeGreaterThan(0);
    expect(results.import.nodesPerS).toBeGreaterThan(0);
    expect(results.import.relationshipsPerS).toBeGreaterThan(0);
  });

  it('measures every query on each server (ours computing, the peer, ours replaying), without errors', () => {
    for (const side of SIDES) {
      // The replays (of the response cache) are measured for the five judged questions only.
      const expected = side === 'peer' ? PEER_QUERIES : side === 'oursReplay' ? QUERIES.slice(0, 5) : QUERIES;
      // A question a server does not serve yet is listed with its error instead of measured.
      const unanswered = Object.keys(results.api.unanswered[side]!);
      expect(Object.keys(results.api[side]).sort()).toEqual(expected.filter((key) => !unanswered.includes(key)).sort());
      for (const key of Object.keys(results.api[side])) {
        const figures = results.api[side][key]!;
        for (const run of [figures.serial, figures.concurrent]) {
          expect(run.requests, `${side} ${key}`).toBeGreaterThan(0);
          for (const figure of [run.rps, run.p50Ms, run.p95Ms, run.p99Ms]) expect(figure).toBeGreaterThan(0);
          expect(run.graphqlErrors + run.non2xx, `${side} ${key}`).toBe(0);
        }
        expect(figures.loadAverage, `${side} ${key}`).toBeGreaterThanOrEqual(0);
      }
    }
    // The five questions the targets are judged on are answered by every side.
    for (const key of QUERIES.slice(0, 5)) {
      expect(results.api.ratiosNoCache[key]).toBeGreaterThan(0);
      expect(results.api.ratiosReplay[key]).toBeGreaterThan(0);
    }
    for (const key of ['timeline', 'foldedLinks']) expect(results.api.peer[key]).toBeUndefined();
  });

  it('labels the replays of repeated questions as such, in the results and the printed tables', () => {
    expect(results.api.sides.oursReplay).toBe('ours, replay (repeated question, response cache)');
    expect(output).toContain('| filtered network | ours, replay (repeated question, response cache) |');
    expect(output).toContain('| timeline | peer | cannot express |');
  });

  it('draws each size with the canvas and the WebGL renderer', () => {
    const cases = results.browser.drawing.map((d) => `${d.nodes}/${d.renderer}`);
    expect(cases).toEqual(BROWSER_SIZES.flatMap((n) => [`${n}/canvas`, `${n}/webgl`]));
    for (const d of results.browser.drawing) {
      expect(d.edges).toBeGreaterThan(0);
      expect(d.firstDrawMs).toBeGreaterThan(0);
      expect(d.settledMs).toBeGreaterThan(0);
      expect(d.fps).toBeGreaterThan(0);
      expect(d.loadAverage).toBeGreaterThanOrEqual(0);
    }
  });

  it('sizes the built JavaScript', () => {
    const { initialJsGzip, firstViewJsGzip, laidOutViewJsGzip, totalJsGzip } = results.browser.webSize;
    expect(initialJsGzip).toBeGreaterThan(0);
    expect(firstViewJsGzip).toBeGreaterThan(initialJsGzip);
    expect(totalJsGzip).toBeGreaterThanOrEqual(firstViewJsGzip);
    // The layout's chunk comes on top of a first view that has no data to lay out.
    expect(laidOutViewJsGzip).toBeGreaterThan(firstViewJsGzip);
    expect(totalJsGzip).toBeGreaterThanOrEqual(laidOutViewJsGzip);
  });

  it('prints and stores a verdict for every target', () => {
    // The API's nine targets, judged on ours without its cache only, then import, drawing and JS size.
    expect(results.targets).toHaveLength(12);
    for (const row of results.targets) expect(['met', 'missed'], row.target).toContain(row.status);
    expect(results.targets.filter((row) => /\[ours, no cache\]/.test(row.target))).toHaveLength(9);
    expect(results.targets.some((row) => /replay/.test(row.target))).toBe(false);
    expect(output).toContain('### Targets');
    expect(output).toContain('Results written to');
  });
});
