import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser';
import { serveDirectory } from './static-server';

const WEB_CONFIG = new URL('../web/vite.config.ts', import.meta.url).pathname;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface WebSizeFigures {
  /** What index.html loads before the explorer can start: its module script and modulepreloads. */
  initialJsGzip: number;
  initialJs: ChunkSize[];
  /**
   * What Chromium fetched to show the explorer's first view (the initial JavaScript plus the
   * chunks loaded at once, e.g. the network canvas); null when no browser could load it.
   */
  firstViewJsGzip: number | null;
  firstViewJs: ChunkSize[];
  /**
   * The first view plus the fcose layout's chunk, which a view laid out on the page fetches (as the
   * seminar's default view does; the first view above has no data behind it); null when the first
   * view was not measured or the build has no such chunk.
   */
  laidOutViewJsGzip: number | null;
  /** Every JavaScript file of the build (both pages, lazy chunks and workers). */
  totalJsGzip: number;
  totalJsBytes: number;
  cssGzip: number;
  /** The five largest JavaScript files. */
  largest: ChunkSize[];
  /** `built` when the harness built web/ itself, else the directory measured. */
  source: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function sizeOf(dir: string, file: string): Promise<ChunkSize> {
  const body = await readFile(file);
  return { file: relative(dir, file), bytes: body.length, gzipBytes: gzipSync(body).length };
}

/** The JavaScript an HTML page loads up front: module scripts and modulepreload links. */
export function initialScripts(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) found.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) found.add(match[1]!);
  return [...found].filter((src) => !/^[a-z]+:/i.test(src));
}

/** The JavaScript files Chromium fetches while opening the explorer from `dir` (no API behind it). */
async function firstViewScripts(dir: string): Promise<string[]> {
  const server = await serveDirectory(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.ok() && /\.m?js$/.test(path)) scripts.add(path);
    });
    await page.goto(server.url, { waitUntil: 'networkidle', timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);
    return [...scripts];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The chunk Vite names after cytoscape-fcose (loaded lazily by the network canvas). */
const FCOSE_CHUNK = /(^|\/)cytoscape-fcose-[^/]*\.js$/;

/** Gzip sizes (zlib's default level) of a built explorer. */
export async function measureDist(dir: string, source: string): Promise<WebSizeFigures> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const initialJs = await Promise.all(
    initialScripts(html).map((src) => sizeOf(dir, join(dir, src.replace(/^\//, '')))),
  );
  let firstViewJs: ChunkSize[] = [];
  let firstViewJsGzip: number | null = null;
  try {
    firstViewJs = await Promise.all(
      (await firstViewScripts(dir)).map((src) => sizeOf(dir, join(dir, src.replace(/^\//, '')))),
    );
    firstViewJsGzip = firstViewJs.reduce((total, size) => total + size.gzipBytes, 0);
  } catch {
    // No browser: the first view is left unmeasured (null), the static figures stand.
  }
  const files = await filesUnder(dir);
  const js = await Promise.all(files.filter((file) => /\.m?js$/.test(file)).map((file) => sizeOf(dir, file)));
  const css = await Promise.all(files.filter((file) => file.endsWith('.css')).map((file) => sizeOf(dir, file)));
  const sum = (sizes: ChunkSize[], key: 'bytes' | 'gzipBytes') => sizes.reduce((total, size) => total + size[key], 0);
  const fcose = js.find((size) => FCOSE_CHUNK.test(size.file));
  const laidOutViewJsGzip =
    firstViewJsGzip === null || fcose === undefined
      ? null
      : firstViewJsGzip + (firstViewJs.some((size) => size.file === fcose.file) ? 0 : fcose.gzipBytes);
  return {
    initialJsGzip: sum(initialJs, 'gzipBytes'),
    initialJs,
    firstViewJsGzip,
    firstViewJs,
    laidOutViewJsGzip,
    totalJsGzip: sum(js, 'gzipBytes'),
    totalJsBytes: sum(js, 'bytes'),
    cssGzip: sum(css, 'gzipBytes'),
    largest: [...js].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
    source,
  };
}

/** Builds the explorer with its own Vite config into a temp directory (web/dist is left alone). */
export async function buildExplorer(log: (message: string) => void): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-web-'));
  log('Building the explorer (web/) with its Vite config…');
  try {
    const { build } = await import('vite');
    await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Measures a built explorer: `--web-dist`'s (source `existing`) or one built by buildExplorer. */
export async function measureWebSize(dist: string, source: string): Promise<WebSizeFigures> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html`);
  return measureDist(dist, source);
}
