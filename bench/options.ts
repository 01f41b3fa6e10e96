import { parseArgs } from 'node:util';

/** Graph sizes the harness generates, by flag value: the number of domain nodes. */
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 } as const;
export type SizeName = keyof typeof SIZES;

export const PARTS = ['import', 'api', 'peer', 'browser', 'real'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  size: SizeName;
  /** The measurements to run; the data is set up whenever `import`, `api` or `peer` is among them. */
  only: ReadonlySet<Part>;
  /** Seconds of measured load per query and server. */
  durationS: number;
  /** Seconds of unmeasured load before each measured run. */
  warmupS: number;
  /** Concurrent HTTP connections of the throughput runs. */
  connections: number;
  /** Node counts of the browser benchmark (each with four edges per node). */
  browserSizes: number[];
  /** Seconds of scripted pan/zoom per browser case. */
  panZoomS: number;
  /** Longest wait for a layout to settle in the browser, in seconds. */
  layoutTimeoutS: number;
  /** How many times the real graph is opened (and its period changed) in the browser. */
  realRepeats: number;
  /** A built explorer to measure instead of building one (a directory with index.html). */
  webDist: string | undefined;
  /** Where the JSON results go. */
  outDir: string;
  seed: number;
  /** A Neo4j store to keep between runs: imported once, reused (import not measured) after. */
  dataDir: string | undefined;
  /** An empty Neo4j to load into instead of starting a throwaway one (the tests' shared server). */
  neo4jUri: string | undefined;
  /** Profile both GraphQL servers with V8's CPU profiler (.cpuprofile files next to the results). */
  cpuProf: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]

  --size 1k|10k|100k|1m   graph size (default 100k)
  --full                  the same as --size 1m
  --only LIST             comma-separated subset of import,api,peer,browser,real (default all)
  --duration S            seconds of measured load per query (default 8)
  --warmup S              seconds of warm-up load before each measured run (default 2)
  --connections N         concurrent connections of the throughput runs (default 8)
  --browser-sizes LIST    node counts of the browser benchmark (default 1000,5000,10000)
  --pan-zoom S            seconds of scripted pan/zoom per browser case (default 4)
  --layout-timeout S      longest wait for a browser layout to settle (default 240)
  --real-repeats N        times the real graph is opened and its period changed (default 5)
  --web-dist DIR          measure this built explorer instead of building web/ into a temp dir
  --out DIR               where results/<timestamp>.json goes (default bench/results)
  --seed N                seed of the generated graph and the parameter choices (default 1)
  --data-dir DIR          keep the Neo4j store in DIR: the first run imports, later runs reuse it
                          (and do not measure the import)
  --neo4j-uri URI         load into this Neo4j (it must be empty) instead of starting a throwaway one
  --cpu-prof              profile both GraphQL servers (V8 .cpuprofile files next to the results)
  --help`;

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} expects a positive number, got "${text}"`);
  return value;
}

/** Parses the command line; throws an Error whose message says what is wrong. */
export function parseOptions(argv: readonly string[], defaultOutDir: string): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string' },
      full: { type: 'boolean' },
      only: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      'browser-sizes': { type: 'string' },
      'pan-zoom': { type: 'string' },
      'layout-timeout': { type: 'string' },
      'real-repeats': { type: 'string' },
      'web-dist': { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      'neo4j-uri': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return 'help';

  const size = values.full ? '1m' : (values.size ?? '100k');
  if (!(size in SIZES)) throw new Error(`--size expects one of ${Object.keys(SIZES).join(', ')}, got "${size}"`);

  const only = new Set<Part>();
  for (const part of (values.only ?? PARTS.join(','))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (!(PARTS as readonly string[]).includes(part)) {
      throw new Error(`--only expects parts among ${PARTS.join(', ')}, got "${part}"`);
    }
    only.add(part as Part);
  }
  if (only.size === 0) throw new Error('--only names no part');
  if (values['data-dir'] !== undefined && values['neo4j-uri'] !== undefined) {
    throw new Error('--data-dir and --neo4j-uri exclude each other');
  }

  const browserSizes = (values['browser-sizes'] ?? '1000,5000,10000')
    .split(',')
    .map((n) => Math.round(positive('browser-sizes', n.trim(), 0)));

  return {
    size: size as SizeName,
    only,
    durationS: positive('duration', values.duration, 8),
    warmupS: positive('warmup', values.warmup, 2),
    connections: Math.round(positive('connections', values.connections, 8)),
    browserSizes,
    panZoomS: positive('pan-zoom', values['pan-zoom'], 4),
    layoutTimeoutS: positive('layout-timeout', values['layout-timeout'], 240),
    realRepeats: Math.round(positive('real-repeats', values['real-repeats'], 5)),
    webDist: values['web-dist'],
    outDir: values.out ?? defaultOutDir,
    seed: Math.round(positive('seed', values.seed, 1)),
    cpuProf: values['cpu-prof'] ?? false,
    neo4jUri: values['neo4j-uri'],
    dataDir: values['data-dir'],
  };
}
