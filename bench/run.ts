// `npm run bench`: sets up its own data, Neo4j, servers and browser, measures on this machine,
// prints the figures and the targets, and writes them as JSON to bench/results/<timestamp>.json.
// It asserts nothing about time: the figures are for reading (see bench/README.md).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { validateDataset } from '@faire-collectif/seed';
import { checkAnswers, LoadGenerator, measureQuery, SIDES, type QueryFigures, type Side } from './api-load';
import { CHROMIUM, measureDrawing } from './browser';
import { measureBulkImport, measureImport, type ImportFigures } from './import';
import { describeMachine, loadAverage } from './machine';
import { bulkMemoryFor, startKeptNeo4j, startThrowawayNeo4j, useEmptyNeo4j, type ThrowawayNeo4j } from './neo4j';
import { parseOptions, SIZES, USAGE, type BenchOptions } from './options';
import { QUERY_PAIRS, type QueryKey } from './queries';
import { formatReport } from './report';
import { writeResults, type BenchResults } from './results';
import { targetRows } from './targets';
import { generateDataset } from './seed-generate';
import { startServer, type RunningServer } from './servers/spawn';
import { buildExplorer, measureWebSize } from './web-size';
import { measureRealGraph, type RealGraphFigures } from './real-graph';
import { drawWorkload } from './workload';

const BENCH_DIR = new URL('.', import.meta.url).pathname;
const log = (message: string) => console.log(`[bench] ${message}`);
const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

/** Everything started so far, stopped in reverse order on the way out (or on Ctrl-C). */
const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
}

async function importGraph(
  options: BenchOptions,
  neo4j: ThrowawayNeo4j,
  results: BenchResults,
): Promise<ImportFigures> {
  const nodes = SIZES[options.size];
  log(`Generating a ${options.size} graph (seed ${options.seed})…`);
  let started = performance.now();
  let document: ReturnType<typeof generateDataset> | undefined = generateDataset({ nodes, seed: options.seed });
  const generateS = seconds(started);
  started = performance.now();
  const dataset = validateDataset(document, 'generated.json');
  const validateS = seconds(started);
  document = undefined; // the validated copy is all the load needs: let the raw one be collected
  // The bulk path first, on the same data set, in a store of its own (a local one: not with --neo4j-uri).
  if (options.only.has('import') && options.neo4jUri === undefined) {
    try {
      const bulk = await measureBulkImport(dataset, bulkMemoryFor(nodes), log);
      results.bulkImport = bulk;
      log(
        `Bulk import: ${bulk.nodes} nodes, ${bulk.relationships} relationships in ${bulk.totalS} s ` +
          `(${bulk.nodesPerS} nodes/s, ${bulk.relationshipsPerS} relationships/s): CSV ${bulk.csvS} s, ` +
          `importer ${bulk.importerS} s, start ${bulk.startS} s, schema ${bulk.schemaS} s; load ${loadAverage()}`,
      );
    } catch (error) {
      results.bulkImportError = String((error as Error).message ?? error).slice(0, 400);
      log(`Bulk import failed: ${results.bulkImportError}`);
    }
  }
  const imported = await measureImport(
    neo4j.db,
    dataset,
    { generateS, validateS, heap: neo4j.heap, pageCache: neo4j.pageCache },
    log,
  );
  log(
    `Import: ${imported.nodes} nodes, ${imported.relationships} relationships in ${imported.loadS} s ` +
      `(${imported.nodesPerS} nodes/s, ${imported.relationshipsPerS} relationships/s); load ${loadAverage()}`,
  );
  return imported;
}

async function measureGraph(options: BenchOptions, results: BenchResults): Promise<void> {
  const nodes = SIZES[options.size];
  let neo4j: ThrowawayNeo4j;
  let loaded = 0;
  if (options.dataDir !== undefined) {
    const kept = await startKeptNeo4j(options.dataDir, nodes, log);
    neo4j = kept;
    loaded = kept.entities;
  } else {
    neo4j = options.neo4jUri ? await useEmptyNeo4j(options.neo4jUri) : await startThrowawayNeo4j(nodes, log);
  }
  cleanups.push(() => neo4j.stop());

  if (loaded > 0) {
    if (loaded !== nodes)
      log(`Warning: ${options.dataDir} holds ${loaded} entities, not the ${nodes} of a ${options.size} graph`);
    log(`Reusing the graph in ${options.dataDir} (${loaded} entities): the import is not measured`);
  } else {
    try {
      const imported = await importGraph(options, neo4j, results);
      if (options.only.has('import')) results.import = imported;
    } catch (error) {
      // A load that fails is a figure too (e.g. the 1m graph exceeding the transaction memory):
      // report it, and skip what needs the graph.
      results.importError = String((error as Error).message ?? error).slice(0, 400);
      log(`Import failed: ${results.importError}`);
      return;
    }
  }
  if (!options.only.has('api') && !options.only.has('peer')) return;

  const workload = await drawWorkload(neo4j.db, options.seed);
  log(
    `Workload: ${workload.centres.length} centres, ${new Set(workload.networkFilters.map((f) => `${f.country}/${f.kind}`)).size} ` +
      `country/kind filters, ${workload.searches.length} search texts, ${workload.pathPairs.length} path pairs, ` +
      `${new Set(workload.countries).size} countries`,
  );
  const profileArgs = (name: string) =>
    // One directory per server: the main thread's profile is the largest file (tsx's loader thread writes one too).
    options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(options.outDir, `cpuprofile-${name}-${Date.now()}`)}`] : [];
  const servers: Partial<Record<Side, RunningServer>> = {};
  const unanswered: Record<Side, Partial<Record<QueryKey, string>>> = { oursNoCache: {}, peer: {}, oursReplay: {} };
  const start = async (side: Side, entry: string, env: Record<string, string> = {}) => {
    const server = await startServer(side, join(BENCH_DIR, entry), neo4j.uri, profileArgs(side), env);
    cleanups.push(() => server.stop());
    servers[side] = server;
    unanswered[side] = await checkAnswers(server, side, workload);
    for (const [key, reason] of Object.entries(unanswered[side]))
      log(`${SIDES[side].label} does not answer ${key} (not measured): ${reason}`);
  };
  await Promise.all([
    options.only.has('api') ? start('oursNoCache', 'servers/ours.ts', { BENCH_RESPONSE_CACHE: 'off' }) : undefined,
    options.only.has('peer') ? start('peer', 'peer/server.ts') : undefined,
    options.only.has('api') ? start('oursReplay', 'servers/ours.ts') : undefined,
  ]);

  const generator = new LoadGenerator();
  cleanups.push(() => generator.stop());
  // Query by query, each side in turn, so all meet the same moment of a shared machine.
  const figures: Record<Side, Partial<Record<QueryKey, QueryFigures>>> = { oursNoCache: {}, peer: {}, oursReplay: {} };
  const settings = { durationS: options.durationS, warmupS: options.warmupS, connections: options.connections };
  for (const pair of QUERY_PAIRS) {
    for (const side of Object.keys(SIDES) as Side[]) {
      const server = servers[side];
      if (!server || pair[SIDES[side].api] === null || unanswered[side][pair.key] !== undefined) continue;
      if (side === 'oursReplay' && !pair.judged) continue;
      figures[side][pair.key] = await measureQuery(generator, server, neo4j.pid, side, pair, workload, settings, log);
    }
  }
  const ratiosOf = (side: Side) => {
    const ratios: Partial<Record<QueryKey, number>> = {};
    for (const pair of QUERY_PAIRS) {
      const ours = figures[side][pair.key];
      const peer = figures.peer[pair.key];
      if (ours && peer) ratios[pair.key] = Math.round((ours.concurrent.rps / peer.concurrent.rps) * 100) / 100;
    }
    return ratios;
  };
  results.api = {
    sides: Object.fromEntries(Object.entries(SIDES).map(([side, { label }]) => [side, label])) as Record<Side, string>,
    oursNoCache: options.only.has('api') ? figures.oursNoCache : null,
    peer: options.only.has('peer') ? figures.peer : null,
    oursReplay: options.only.has('api') ? figures.oursReplay : null,
    ratiosNoCache: ratiosOf('oursNoCache'),
    ratiosReplay: ratiosOf('oursReplay'),
    unanswered,
  };
}

async function measureBrowser(options: BenchOptions, results: BenchResults): Promise<void> {
  const drawing = options.only.has('browser')
    ? await measureDrawing(
        {
          sizes: options.browserSizes,
          panZoomS: options.panZoomS,
          layoutTimeoutS: options.layoutTimeoutS,
          seed: options.seed,
        },
        log,
      )
    : [];
  const built = options.webDist === undefined ? await buildExplorer(log) : undefined;
  cleanups.push(async () => built?.remove());
  const dist = options.webDist ?? built!.dir;
  const webSize = options.only.has('browser') ? await measureWebSize(dist, built ? 'built' : dist) : null;
  if (webSize)
    log(
      `Explorer JS (gzip): index.html ${Math.round(webSize.initialJsGzip / 1024)} KB, first view ` +
        `${webSize.firstViewJsGzip === null ? 'n/a' : `${Math.round(webSize.firstViewJsGzip / 1024)} KB`}, laid out on the page ` +
        `${webSize.laidOutViewJsGzip === null ? 'n/a' : `${Math.round(webSize.laidOutViewJsGzip / 1024)} KB`}, all ${Math.round(webSize.totalJsGzip / 1024)} KB`,
    );
  let realGraph: RealGraphFigures | null = null;
  if (options.only.has('real')) {
    try {
      realGraph = await measureRealGraph({ webDist: dist, repeats: options.realRepeats }, log);
    } catch (error) {
      results.realGraphError = String((error as Error).message ?? error).slice(0, 400);
      log(`Real graph in the browser failed: ${results.realGraphError}`);
    }
  }
  results.browser = { drawing, webSize, realGraph };
}

/** Node heap the harness needs to hold a generated graph of this many nodes in memory, in MB. */
const HEAP_MB_FOR_1M = 10_240;

/** Runs this script again in a Node with a larger heap (the 1m graph does not fit in the default). */
function rerunWithHeap(argv: readonly string[], heapMb: number): Promise<number> {
  log(`Restarting with a ${heapMb} MB Node heap for the 1m graph…`);
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', fileURLToPath(import.meta.url), ...argv],
    {
      stdio: 'inherit',
    },
  );
  process.removeAllListeners('SIGINT');
  process.on('SIGINT', () => child.kill('SIGINT'));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions | 'help';
  try {
    options = parseOptions(argv, join(BENCH_DIR, 'results'));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const needsGraph = options.only.has('import') || options.only.has('api') || options.only.has('peer');
  if (
    needsGraph &&
    SIZES[options.size] >= 1_000_000 &&
    getHeapStatistics().heap_size_limit < HEAP_MB_FOR_1M * 2 ** 20 * 0.9
  ) {
    return rerunWithHeap(argv, HEAP_MB_FOR_1M);
  }
  const opts = options;
  const machine = describeMachine(CHROMIUM);
  log(
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; ` +
      `Node ${machine.node}; ${machine.java}; ${machine.chromium ?? 'no Chromium'}; load average ${loadAverage()}`,
  );
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    options: {
      size: opts.size,
      nodes: SIZES[opts.size],
      only: [...opts.only],
      durationS: opts.durationS,
      warmupS: opts.warmupS,
      connections: opts.connections,
    },
    machine,
    loadAverage: { start: loadAverage(), end: 0 },
    import: null,
    importError: null,
    bulkImport: null,
    bulkImportError: null,
    api: null,
    browser: null,
    realGraphError: null,
    targets: [],
  };

  if (opts.only.has('import') || opts.only.has('api') || opts.only.has('peer')) {
    await measureGraph(opts, results);
    await cleanUp();
  }
  if (opts.only.has('browser') || opts.only.has('real')) await measureBrowser(opts, results);

  results.finishedAt = new Date().toISOString();
  results.loadAverage.end = loadAverage();
  results.targets = targetRows(results);
  const file = await writeResults(opts.outDir, results);
  console.log(`\n${formatReport(results)}\n`);
  log(`Results written to ${file}`);
  return 0;
}

process.on('SIGINT', () => {
  log('Interrupted: stopping what was started…');
  void cleanUp().finally(() => process.exit(130));
});

main(process.argv.slice(2)).then(
  async (code) => {
    await cleanUp();
    process.exit(code);
  },
  async (error: unknown) => {
    console.error('[bench] failed:', error);
    await cleanUp();
    process.exit(1);
  },
);
