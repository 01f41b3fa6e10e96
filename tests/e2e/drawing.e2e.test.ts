// How the built explorer loads and draws networks in headless Chromium: the force-directed layout
// is fetched only when a view on this page needs it, and a large view is laid out in the worker.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { seedProgramme, startExplorer, type RunningExplorer } from './support/explorer';
import { waitForView } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  await seedProgramme(db);
  explorer = await startExplorer(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await explorer?.close();
  await db?.close();
});

/** A page that records the scripts it fetches and the errors it reports. */
async function openPage(): Promise<{ page: Page; scripts: string[]; errors: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.push(path);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, scripts, errors, close: () => context.close() };
}

const fcoseChunks = (scripts: string[]) => scripts.filter((script) => /fcose/i.test(script));

/** A network as large as the explorer asks for (500 entities), with four relationships each. */
function largeNetwork() {
  const nodes = Array.from({ length: 500 }, (_, index) => ({
    id: index % 3 === 0 ? `org:o${index}` : `person:p${index}`,
    type: index % 3 === 0 ? 'ORGANISATION' : 'PERSON',
    label: `Entity ${index}`,
    organisationKind: index % 3 === 0 ? 'UNION' : null,
    countryCodes: [],
    degree: 4,
    time: null,
  }));
  const edges = [];
  for (let index = 0; index < nodes.length; index += 1) {
    for (const step of [1, 7, 31, 97]) {
      const source = nodes[index]!;
      const target = nodes[(index + step) % nodes.length]!;
      edges.push({
        id: `${source.id}|HOLDS_ROLE|${target.id}|${step}`,
        type: 'HOLDS_ROLE',
        source: source.id,
        target: target.id,
        label: 'member',
        basis: 'STATED',
        time: null,
      });
    }
  }
  return { nodes, edges, totalCount: nodes.length, truncated: false, undatedCount: 0 };
}

describe('drawing', () => {
  it('fetches the force-directed layout only when a view on the page is laid out with it', async () => {
    const { page, scripts, errors, close } = await openPage();
    await page.goto(`${explorer.url}/?layout=concentric`);
    await waitForView(page);
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe('73');
    await page.waitForTimeout(500);
    expect(scripts.some((script) => /NetworkCanvas/.test(script))).toBe(true);
    expect(fcoseChunks(scripts)).toEqual([]);

    await page.getByLabel('Layout').selectOption('fcose');
    await page.waitForURL((url) => !url.search.includes('layout='));
    await expect.poll(() => fcoseChunks(scripts).length).toBe(1);
    await page.waitForTimeout(800);
    expect(errors).toEqual([]);
    await close();
  });

  it('lays a large view out in the worker, without fetching fcose on the page', async () => {
    const { page, scripts, errors, close } = await openPage();
    const network = largeNetwork();
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query?: string } | null;
      if (!body?.query?.includes('network(filter')) return route.continue();
      return route.fulfill({ json: { data: { network } } });
    });
    // Whether the canvas ever said it was laying out (it may do so between two polls).
    await page.addInitScript(() => {
      new MutationObserver((records) => {
        for (const record of records) {
          if ((record.target as Element).getAttribute?.('data-laying-out') === 'true') {
            (window as unknown as { layingOutSeen: boolean }).layingOutSeen = true;
          }
        }
      }).observe(document, { attributes: true, attributeFilter: ['data-laying-out'], subtree: true });
    });
    await page.goto(explorer.url);
    await waitForView(page);
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe('500');
    await expect.poll(() => page.evaluate(() => 'layingOutSeen' in window)).toBe(true);
    // The worker answers and the view is placed: the laying-out notice goes away.
    await expect.poll(() => canvas.getAttribute('data-laying-out'), { timeout: 60_000 }).toBeNull();
    expect(scripts.some((script) => /layout\.worker/.test(script))).toBe(true);
    expect(fcoseChunks(scripts)).toEqual([]);
    // The drawing still answers the keyboard: an arrow selects an entity.
    await canvas.focus();
    await canvas.press('ArrowRight');
    await page.waitForURL(/sel=/);
    expect(errors).toEqual([]);
    await close();
  });
});
