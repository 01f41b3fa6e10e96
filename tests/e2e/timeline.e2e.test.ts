// The timeline strip in the built explorer, in headless Chromium, over both data sets as `npm start`
// loads them: a period brushed with the mouse or the keyboard is what the network, the table and the
// matrix show (as the API answers for it), it survives a reload of the address, and play walks the years.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { seedIfEmpty } from '@faire-collectif/seed';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { startExplorer, type RunningExplorer } from './support/explorer';
import { counts, openExplorer, showView, waitForView, type OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await seedIfEmpty(db);
  explorer = await startExplorer(db);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await browser?.close();
  await explorer?.close();
  await db?.close();
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<OpenPage> {
  const result = await openExplorer(browser, `${explorer.url}${path}`, viewport);
  opened.push(result);
  return result;
}

/** Asks the API directly, as any client would. */
async function api<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch(`${explorer.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Data; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface PeriodAnswer {
  network: { nodes: { id: string }[]; totalCount: number; undatedCount: number };
  matrix: { countries: { name: string }[] };
}

/** What the API answers for the whole graph in a period: the network the explorer asks for, and the matrix. */
function answerFor(from: string, to: string, undated: 'INCLUDE' | 'EXCLUDE' = 'INCLUDE'): Promise<PeriodAnswer> {
  return api<PeriodAnswer>(
    `query ($filter: GraphFilter) {
      network(filter: $filter, limit: 500) { nodes { id } totalCount undatedCount }
      matrix(filter: $filter) { countries { name } }
    }`,
    { filter: { period: { from, to }, undated } },
  );
}

/** The buckets on the strip, by their first words (`2019: …`). */
async function bucketStarts(page: Page): Promise<string[]> {
  const texts = await page.locator('.timeline-bars li .sr-only').allTextContents();
  return texts.map((text) => text.slice(0, text.indexOf(':')));
}

/** Drags across the strip from the middle of one bucket to the middle of another, with the mouse. */
async function brush(page: Page, from: string, to: string): Promise<number> {
  const starts = await bucketStarts(page);
  const box = (await page.getByTestId('timeline-brush').boundingBox())!;
  const x = (start: string) => box.x + ((starts.indexOf(start) + 0.5) / starts.length) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  await page.mouse.move((x(from) + x(to)) / 2, y, { steps: 3 });
  await page.mouse.move(x(to), y, { steps: 3 });
  // The moment the brush is let go, on the page's clock, to time the redrawing from.
  const released = await page.evaluate(() => performance.now());
  await page.mouse.up();
  return released;
}

/** Waits until the network has settled after `since` (page clock) and says how long after. */
async function drawnAfter(page: Page, since: number): Promise<number> {
  const canvas = page.getByTestId('network-canvas');
  await expect
    .poll(async () => Number((await canvas.getAttribute('data-drawn-at')) ?? 0), { timeout: 60_000 })
    .toBeGreaterThan(since);
  await expect.poll(() => canvas.getAttribute('data-laying-out'), { timeout: 60_000 }).toBeNull();
  return Number(await canvas.getAttribute('data-drawn-at')) - since;
}

/** Checks that the network, the table and the matrix show what the API answers for the period. */
async function expectViewsFollow(page: Page, answer: PeriodAnswer): Promise<void> {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-node-count')).toBe(String(answer.network.nodes.length));
  expect((await counts(page)).total).toBe(answer.network.totalCount);
  await showView(page, /^Table$/);
  const table = page.getByTestId('entities-table');
  await expect.poll(() => table.getAttribute('aria-rowcount')).toBe(String(answer.network.nodes.length + 1));
  await showView(page, /^Matrix$/);
  const matrix = page.getByTestId('matrix');
  await matrix.waitFor({ timeout: 20_000 });
  const names = answer.matrix.countries.map((country) => country.name);
  await expect
    .poll(async () => (await matrix.locator('tbody th[scope="row"]').allTextContents()).slice(0, names.length))
    .toEqual(names);
  await showView(page, /^Network$/);
}

describe('the timeline strip', () => {
  it('brushes a period with the mouse: the network, the table and the matrix follow; the address reopens it', async () => {
    const { page, errors } = await open('/');
    const starts = await bucketStarts(page);
    expect(starts).toContain('1969');
    expect(starts).toContain('2019');
    // The first drawing of the whole graph has settled before the brush moves.
    await drawnAfter(page, 0);

    // When the view's answer arrives (page clock), to tell the API's share of the time from the drawing's.
    const answered = page
      .waitForResponse((response) => /ExplorerView/.test(response.request().postData() ?? ''), { timeout: 60_000 })
      .then(() => page.evaluate(() => performance.now()));
    const released = await brush(page, '2018', '2019');
    await page.waitForURL(/since=2018&until=2019/);
    await waitForView(page);
    const redrawMs = await drawnAfter(page, released);
    const answerMs = (await answered) - released;
    console.log(
      `brush to redrawn network, whole graph (both data sets): ${Math.round(redrawMs)} ms ` +
        `(the view's answer after ${Math.round(answerMs)} ms, drawn ${Math.round(redrawMs - answerMs)} ms later)`,
    );
    expect(await page.getByTestId('timeline-period').textContent()).toBe('Period 2018–2019');
    const answer = await answerFor('2018', '2019');
    await expectViewsFollow(page, answer);
    // Undated facts are kept under the period, and said so.
    expect(await page.getByTestId('undated-count').textContent()).toContain(`${answer.network.undatedCount} undated`);

    // The copied address opens the same period and views.
    const copied = await open(new URL(page.url()).search);
    expect(await copied.page.getByTestId('timeline-period').textContent()).toBe('Period 2018–2019');
    expect(
      await copied.page.getByRole('slider', { name: 'Period on the timeline' }).getAttribute('aria-valuetext'),
    ).toBe('Period 2018–2019');
    await expectViewsFollow(copied.page, answer);
    expect(await copied.page.getByRole('textbox', { name: 'From' }).inputValue()).toBe('2018');
    expect(errors).toEqual([]);
    expect(copied.errors).toEqual([]);
  }, 180_000);

  it('moves, resizes and clears the period from the keyboard', async () => {
    const { page, errors } = await open('/?since=2015&until=2016');
    const brushElement = page.getByTestId('timeline-brush');
    await brushElement.focus();
    await brushElement.press('ArrowRight');
    await page.waitForURL(/since=2016&until=2017/);
    await brushElement.press('Shift+ArrowRight');
    await page.waitForURL(/since=2016&until=2018/);
    await waitForView(page);
    await expectViewsFollow(page, await answerFor('2016', '2018'));
    await brushElement.press('Escape');
    await page.waitForURL((url) => !url.search.includes('since='));
    expect(errors).toEqual([]);
  }, 180_000);

  it('plays through the years, a year at a time, and leaves undated facts out on request', async () => {
    const { page, errors } = await open('/?since=2019&until=2019');
    await page.getByRole('button', { name: 'Play through the years' }).click();
    await page.waitForURL(/since=2020&until=2020/, { timeout: 10_000 });
    await page.waitForURL(/since=2021&until=2021/, { timeout: 10_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = page.url();
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(paused);

    await page.getByRole('checkbox', { name: 'Leave out undated' }).check();
    await page.waitForURL(/undated=exclude/);
    await waitForView(page);
    const period = new URL(page.url()).searchParams.get('since')!;
    const answer = await answerFor(period, period, 'EXCLUDE');
    expect(await page.getByTestId('undated-count').textContent()).toContain(
      `${answer.network.undatedCount} undated left out`,
    );
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-node-count'))
      .toBe(String(answer.network.nodes.length));
    expect(errors).toEqual([]);
  }, 180_000);

  it('has no serious accessibility violations, and leaves the graph in sight on a phone', async () => {
    const { page } = await open('/?since=2018&until=2019');
    const results = await new AxeBuilder({ page })
      .include('[data-testid="timeline"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical');
    expect(serious.map((item) => `${item.id}: ${item.help}`)).toEqual([]);

    const phone = await open('/?since=2018&until=2019', { width: 390, height: 844 });
    const toggle = phone.page.getByRole('button', { name: /^.?\s*Timeline$/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const canvas = (await phone.page.getByTestId('network-canvas').boundingBox())!;
    expect(canvas.y).toBeLessThan(844 / 2);
  }, 180_000);
});
