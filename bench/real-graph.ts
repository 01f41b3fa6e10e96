// The real graph drawn: the data sets of seed/data (the seminar programme and Collective Action in
// Tech), loaded as `npm start` loads them, served by our server with the built explorer, opened in
// headless Chromium. Times the first drawn view from navigation, then a change of period to the
// redrawn view, a few times each, on fresh pages.
import type { Page } from 'playwright-core';
import { seedIfEmpty } from '@faire-collectif/seed';
import { launchChromium } from './browser';
import { loadAverage } from './machine';
import { startThrowawayNeo4j } from './neo4j';
import { startServer } from './servers/spawn';

const OURS = new URL('./servers/ours.ts', import.meta.url).pathname;
const TIMEOUT_MS = 240_000;

export interface RealGraphFigures {
  /** What the graph holds (entities and relationships of both data sets). */
  entities: number;
  relationships: number;
  /** How the period was changed: the timeline strip's brush once the explorer has one, else the period's year boxes. */
  periodBy: 'brush' | 'year boxes';
  /** Per opening of the explorer, from navigation: the view's answer on screen, then drawn and laid out. */
  firstView: Array<{ answeredMs: number; drawnMs: number; nodes: number }>;
  /** Per change of period: from the change to the redrawn view (answer on screen, laid out). */
  periodChange: Array<{ from: number; to: number; redrawnMs: number; nodes: number }>;
  loadAverage: number;
}

export interface RealGraphSettings {
  /** A built explorer (index.html and its assets). */
  webDist: string;
  /** How many times each measurement is taken. */
  repeats: number;
}

// In the page: the first animation frame at which the view is on screen (the answer's counts shown,
// no request in flight) and drawn (the canvas holds elements, no layout running), from a mark.
const WATCH = `(() => {
  const state = { mark: 0, answeredAt: null, drawnAt: null, sawLoading: false, sawLayingOut: false, waitForLoading: false };
  window.__benchView = state;
  const tick = () => {
    const app = document.querySelector('.app');
    const loading = app === null || app.hasAttribute('data-loading');
    if (loading) state.sawLoading = true;
    const counts = document.querySelector('[data-testid="counts"]')?.textContent ?? '';
    const canvas = document.querySelector('[data-testid="network-canvas"]');
    const ready = !loading && (!state.waitForLoading || state.sawLoading);
    const failed = document.querySelector('[data-testid="error"]');
    if (ready && failed && state.error === undefined) state.error = failed.textContent;
    if (ready && state.answeredAt === null && /[1-9]/.test(counts)) state.answeredAt = performance.now() - state.mark;
    const layingOut = canvas !== null && canvas.hasAttribute('data-laying-out');
    if (state.answeredAt !== null && layingOut) state.sawLayingOut = true;
    // Laid out: the layout that the answer started has ended, or none started within a second
    // (a view small enough to be placed at once).
    const settled = state.sawLayingOut || performance.now() - state.mark - state.answeredAt > 1000;
    if (ready && state.answeredAt !== null && state.drawnAt === null && canvas &&
        Number(canvas.getAttribute('data-node-count') ?? 0) > 0 && !layingOut && settled) {
      state.drawnAt = state.sawLayingOut ? performance.now() - state.mark : state.answeredAt;
      state.nodes = Number(canvas.getAttribute('data-node-count'));
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

interface ViewState {
  answeredAt: number | null;
  drawnAt: number | null;
  nodes?: number;
  /** The view's error notice, when the explorer shows one instead of the view. */
  error?: string;
}

async function waitForDrawn(page: Page): Promise<ViewState> {
  try {
    await page.waitForFunction(
      () => {
        const view = (window as unknown as { __benchView?: ViewState }).__benchView;
        return view?.drawnAt != null || view?.error !== undefined;
      },
      undefined,
      { timeout: TIMEOUT_MS },
    );
  } catch (error) {
    // Say how far the view got: no answer, or an answer still being drawn or laid out.
    const seen = await page
      .evaluate(() => {
        const canvas = document.querySelector('[data-testid="network-canvas"]');
        return JSON.stringify({
          view: (window as unknown as { __benchView?: ViewState }).__benchView,
          loading: document.querySelector('.app')?.hasAttribute('data-loading'),
          counts: document.querySelector('[data-testid="counts"]')?.textContent,
          canvas: canvas && {
            nodes: canvas.getAttribute('data-node-count'),
            layingOut: canvas.getAttribute('data-laying-out'),
          },
        });
      })
      .catch(() => 'unknown');
    throw new Error(`the view was not drawn within ${TIMEOUT_MS / 1000} s (${seen}): ${(error as Error).message}`);
  }
  const view = await page.evaluate(() => (window as unknown as { __benchView: ViewState }).__benchView);
  if (view.error !== undefined) throw new Error(`the explorer showed an error instead of the view: ${view.error}`);
  return view;
}

/** Restarts the watch from now, for a change made after the first view. */
async function markChange(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = (window as unknown as { __benchView: Record<string, unknown> }).__benchView;
    Object.assign(state, {
      mark: performance.now(),
      answeredAt: null,
      drawnAt: null,
      error: undefined,
      sawLoading: false,
      sawLayingOut: false,
      waitForLoading: true,
    });
  });
}

/**
 * Changes the period as a user would: by brushing the timeline strip when the explorer has one
 * (`[data-testid="timeline-brush"]`, from a fifth to two fifths of its width), otherwise by typing
 * the first year in the period's box. Says which it used.
 */
export async function changePeriod(page: Page, from: number, to: number): Promise<'brush' | 'year boxes'> {
  const brush = page.getByTestId('timeline-brush');
  if ((await brush.count()) > 0) {
    const box = await brush.boundingBox();
    if (box) {
      const y = box.y + box.height / 2;
      await markChange(page);
      await page.mouse.move(box.x + box.width * 0.2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.4, y, { steps: 8 });
      await page.mouse.up();
      return 'brush';
    }
  }
  const until = page.getByRole('textbox', { name: /^(To|Au)$/ });
  const since = page.getByRole('textbox', { name: /^(From|Du)$/ });
  if (!(await since.isVisible())) await page.locator('summary', { hasText: /^(Period|Période)$/ }).click();
  await markChange(page);
  await until.fill(String(to));
  await waitForDrawn(page);
  await markChange(page);
  await since.fill(String(from));
  return 'year boxes';
}

/** Loads the real data sets into a Neo4j of its own and times the explorer on them. */
export async function measureRealGraph(
  settings: RealGraphSettings,
  log: (message: string) => void,
): Promise<RealGraphFigures> {
  const neo4j = await startThrowawayNeo4j(1_000, log);
  const stops: Array<() => Promise<void>> = [() => neo4j.stop()];
  try {
    log('Loading the data sets of seed/data (as npm start does)…');
    await seedIfEmpty(neo4j.db);
    const counted = await neo4j.db.read((tx) =>
      tx.run('MATCH (n:Entity) WITH count(n) AS entities MATCH ()-[r]->() RETURN entities, count(r) AS relationships'),
    );
    const entities = Number(counted.records[0]?.get('entities'));
    const relationships = Number(counted.records[0]?.get('relationships'));
    // Every answer computed (a first visit), the built explorer served as npm start serves it.
    const server = await startServer('ours', OURS, neo4j.uri, [], {
      BENCH_RESPONSE_CACHE: 'off',
      BENCH_WEB_DIST: settings.webDist,
    });
    stops.push(() => server.stop());
    const origin = server.url.replace(/\/graphql$/, '');
    const browser = await launchChromium();
    stops.push(() => browser.close());

    const firstView: RealGraphFigures['firstView'] = [];
    const periodChange: RealGraphFigures['periodChange'] = [];
    let periodBy: RealGraphFigures['periodBy'] = 'year boxes';
    // Periods a user would look at in Collective Action in Tech: most actions are from 2018 to 2021.
    const periods = [
      [2019, 2020],
      [2015, 2018],
      [2020, 2021],
      [2012, 2019],
      [2021, 2022],
    ] as const;
    for (let i = 0; i < settings.repeats; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        await page.addInitScript(WATCH);
        await page.goto(`${origin}/?lang=en`);
        const first = await waitForDrawn(page);
        firstView.push({ answeredMs: first.answeredAt ?? 0, drawnMs: first.drawnAt ?? 0, nodes: first.nodes ?? 0 });
        const [from, to] = periods[i % periods.length]!;
        periodBy = await changePeriod(page, from, to);
        const after = await waitForDrawn(page);
        periodChange.push({ from, to, redrawnMs: after.drawnAt ?? 0, nodes: after.nodes ?? 0 });
        log(
          `  real graph, opening ${i + 1}: answer on screen ${Math.round(first.answeredAt ?? 0)} ms, drawn ` +
            `${Math.round(first.drawnAt ?? 0)} ms (${first.nodes} entities); period ${from}–${to} by the ${periodBy}: ` +
            `redrawn ${Math.round(after.drawnAt ?? 0)} ms (${after.nodes} entities)`,
        );
      } finally {
        await context.close();
      }
    }
    return { entities, relationships, periodBy, firstView, periodChange, loadAverage: loadAverage() };
  } finally {
    while (stops.length) await stops.pop()!().catch(() => undefined);
  }
}
