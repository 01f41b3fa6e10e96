// Collective actions in the built explorer, in headless Chromium, over a graph holding both data
// sets (the seminar programme and Collective Action in Tech) as `npm start` loads them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { seedIfEmpty } from '@faire-collectif/seed';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { startExplorer, type RunningExplorer } from './support/explorer';
import { counts, openExplorer, showView, tableNames, waitForView, type OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

/** An action whose record gives three reports (see the seed's derivation tests). */
const ACTION_WITH_REPORTS = 'action:344';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

async function open(path: string): Promise<OpenPage> {
  const result = await openExplorer(browser, `${explorer.url}${path}`);
  opened.push(result);
  return result;
}

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

describe('the whole graph', () => {
  it('draws a first view within the network limit, and says it is cut', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    opened.push({ context, page: await context.newPage(), errors: [] });
    const page = opened.at(-1)!.page;
    const started = Date.now();
    await page.goto(explorer.url);
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-node-count'), { timeout: 30_000 }).not.toBeNull();
    await expect.poll(() => canvas.getAttribute('data-laying-out'), { timeout: 60_000 }).toBeNull();
    const drawnMs = Date.now() - started;
    console.log(`first drawn view with both data sets: ${drawnMs} ms`);
    await waitForView(page);
    const { shown, total } = await counts(page);
    expect(shown).toBeLessThanOrEqual(500);
    expect(total).toBeGreaterThan(shown);
    expect(await page.getByText(/cut to 500 entities/).count()).toBeGreaterThan(0);
    expect(drawnMs).toBeLessThan(30_000);
  }, 120_000);
});

describe('collective actions', () => {
  it('filter by data set: the actions data set alone, named by its title, in the URL', async () => {
    const { page, errors } = await open('/');
    const option = page.getByRole('checkbox', { name: /^Collective Action in Tech/i });
    await option.check();
    await page.waitForURL(/dataset=collective-action-tech/);
    await waitForView(page);
    await showView(page, /^Table$/);
    const names = await tableNames(page);
    expect(names).not.toContain('Kristy Milland');
    const types = await page.locator('[data-testid="entities-table"] tbody tr td:nth-of-type(1)').allTextContents();
    expect(types).toContain('Collective action');
    expect(errors).toEqual([]);
  });

  it('an action’s details: its date, its ties as links, its reports opened in a new tab', async () => {
    const { page, errors } = await open(`/?sel=${ACTION_WITH_REPORTS}`);
    const record = page.getByTestId('action-record');
    await record.waitFor({ timeout: 20_000 });
    expect(await record.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    const reports = page.getByTestId('reports').getByRole('link');
    expect(await reports.count()).toBe(3);
    for (const link of await reports.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    expect(errors).toEqual([]);
  });

  it('the fold option draws weighted links and lists the actions behind one', async () => {
    const { page, errors } = await open('/?dataset=collective-action-tech');
    await page.getByRole('checkbox', { name: 'Fold actions into links' }).check();
    await page.waitForURL(/fold=1/);
    await waitForView(page);
    await showView(page, /^Table$/);
    const links = page.locator('[data-testid="relationships-table"] tbody tr');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    expect(await links.first().textContent()).toContain('joined by the same actions');
    await links.first().click();
    const details = page.getByTestId('folded-link');
    await details.waitFor();
    expect(await details.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('the matrix counts the organisations of both data sets', async () => {
    const { page, errors } = await open('/?view=matrix');
    const table = page.getByRole('table').first();
    await table.waitFor({ timeout: 20_000 });
    // The seminar's countries and those the actions took place in share one matrix.
    expect(await table.getByRole('rowheader', { name: 'Germany' }).count()).toBe(1);
    expect(await table.getByRole('rowheader', { name: 'United States' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
