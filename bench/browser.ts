import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { isLargeDrawing } from '../web/src/models/cytoscape/rendering';
import type { PageCase, PageResult } from './browser-page/page';
import { loadAverage } from './machine';
import { serveDirectory } from './static-server';

export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without a GPU, WebGL needs the software rasteriser, which Chromium only offers when asked.
  '--enable-unsafe-swiftshader',
];
const PAGE_DIR = new URL('./browser-page/', import.meta.url).pathname;
const EDGES_PER_NODE = 4;

export interface DrawingFigures {
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  /** Whether the explorer draws a view of this size in its large-view mode (cheaper edges, image while moving). */
  largeView: boolean;
  /** Whether WebGL was asked for but Cytoscape drew with the 2D canvas (no WebGL in this browser). */
  fellBack: boolean;
  firstDrawMs: number;
  /** Null when the layout did not settle within the time allowed. */
  settledMs: number | null;
  layoutMs: number | null;
  layoutIn: 'main thread' | 'worker' | null;
  /** Longest gap between the page's animation frames while the layout ran (is the page responsive?). */
  worstFrameDuringLayoutMs: number | null;
  fps: number | null;
  drawMs: number | null;
  worstFrameMs: number | null;
  note: string | null;
  loadAverage: number;
}

export interface BrowserSettings {
  sizes: number[];
  panZoomS: number;
  layoutTimeoutS: number;
  seed: number;
}

/** Headless Chromium with the benchmark's flags. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium, or set BENCH_CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, headless: true });
}

/** Bundles the benchmark page (the explorer's models + Cytoscape) with Vite, as the explorer is built. */
async function buildPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: PAGE_DIR,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
}

async function runCase(
  browser: Browser,
  url: string,
  pageCase: PageCase,
  timeoutMs: number,
): Promise<PageResult | { error: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runCase === 'function');
    await page.evaluate((c) => window.runCase(c), pageCase);
    try {
      await page.waitForFunction(() => window.caseResult !== undefined, undefined, {
        timeout: timeoutMs,
        polling: 500,
      });
    } catch {
      return {
        error: `did not finish within ${Math.round(timeoutMs / 1000)} s${consoleErrors.length ? `: ${consoleErrors[0]}` : ''}`,
      };
    }
    return (await page.evaluate(() => window.caseResult)) ?? { error: 'no result' };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * For each size: the explorer's canvas renderer with its fcose layout (first drawing, settled
 * layout, pan/zoom frame rate), then the WebGL renderer on the same laid-out positions.
 */
export async function measureDrawing(
  settings: BrowserSettings,
  log: (message: string) => void,
): Promise<DrawingFigures[]> {
  const dist = await mkdtemp(join(tmpdir(), 'faire-collectif-bench-page-'));
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  let browser: Browser | undefined;
  try {
    await buildPage(dist);
    server = await serveDirectory(dist);
    browser = await launchChromium();
    const figures: DrawingFigures[] = [];
    for (const nodes of settings.sizes) {
      const base = { nodes, edgesPerNode: EDGES_PER_NODE, panZoomMs: settings.panZoomS * 1000, seed: settings.seed };
      const budget = settings.layoutTimeoutS * 1000 + settings.panZoomS * 1000 + 60_000;
      const canvas = await runCase(
        browser,
        server.url,
        { ...base, webgl: false, layout: true, positions: null },
        budget,
      );
      let positions: PageCase['positions'] = null;
      if ('error' in canvas) {
        figures.push(failed(nodes, 'canvas', canvas.error));
        log(`browser ${nodes} nodes, canvas: ${canvas.error}`);
      } else {
        positions = canvas.positions;
        figures.push(toFigures(canvas, 'canvas'));
        log(
          `browser ${canvas.nodes} nodes / ${canvas.edges} edges, canvas${canvas.largeView ? ' (large-view mode)' : ''}: ` +
            `first drawn ${canvas.firstDrawMs} ms${canvas.layoutIn === 'worker' ? ' (entities; relationships come with the layout)' : ''}, ` +
            `settled ${canvas.settledMs} ms (layout ${canvas.layoutMs} ms in the ${canvas.layoutIn}, worst frame gap meanwhile ` +
            `${canvas.worstFrameDuringLayoutMs} ms), ${canvas.fps} fps (draw ${canvas.drawMs} ms/frame); load ${loadAverage()}`,
        );
      }
      // The same picture with WebGL: the canvas run's positions, so no second layout.
      const webgl = await runCase(
        browser,
        server.url,
        { ...base, webgl: true, layout: positions === null, positions },
        budget,
      );
      if ('error' in webgl) {
        figures.push(failed(nodes, 'webgl', webgl.error));
        log(`browser ${nodes} nodes, webgl: ${webgl.error}`);
      } else {
        figures.push(toFigures(webgl, 'webgl'));
        log(
          `browser ${webgl.nodes} nodes / ${webgl.edges} edges, webgl${webgl.renderer === 'webgl' ? '' : ' (fell back to canvas)'}: ` +
            `first drawn ${webgl.firstDrawMs} ms, ${webgl.fps} fps (draw ${webgl.drawMs} ms/frame); load ${loadAverage()}`,
        );
      }
    }
    return figures;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close();
    await rm(dist, { recursive: true, force: true });
  }
}

function toFigures(result: PageResult, asked: 'canvas' | 'webgl'): DrawingFigures {
  return {
    nodes: result.nodes,
    edges: result.edges,
    renderer: asked,
    largeView: result.largeView,
    fellBack: asked === 'webgl' && result.renderer !== 'webgl',
    firstDrawMs: result.firstDrawMs,
    settledMs: result.settledMs,
    layoutMs: result.layoutMs,
    layoutIn: result.layoutIn,
    worstFrameDuringLayoutMs: result.worstFrameDuringLayoutMs,
    fps: result.fps,
    drawMs: result.drawMs,
    worstFrameMs: result.worstFrameMs,
    note: asked === 'webgl' && result.layoutMs === null ? 'positions from the canvas run (no layout)' : null,
    loadAverage: loadAverage(),
  };
}

function failed(nodes: number, renderer: 'canvas' | 'webgl', error: string): DrawingFigures {
  return {
    nodes,
    edges: nodes * EDGES_PER_NODE,
    renderer,
    largeView: isLargeDrawing(nodes, nodes * EDGES_PER_NODE),
    fellBack: false,
    firstDrawMs: Number.NaN,
    settledMs: null,
    layoutMs: null,
    layoutIn: null,
    worstFrameDuringLayoutMs: null,
    fps: null,
    drawMs: null,
    worstFrameMs: null,
    note: error,
    loadAverage: loadAverage(),
  };
}
