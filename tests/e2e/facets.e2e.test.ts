// Live facet counts and the empty state in the built explorer, in headless Chromium, over both
// data sets as `npm start` loads them. What the page should show is asked of the API another way
// (the organisations and the network under each filter), never written out.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { seedIfEmpty } from '@faire-collectif/seed';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { startExplorer, type RunningExplorer } from './support/explorer';
import type { OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

/** How long a view or its counts may take on a loaded machine: a bound on waiting, not a timing. */
const PATIENCE = { timeout: 120_000, interval: 250 };

/** Waits until the view has answered and its counts show (the page's own signal). */
async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const app = document.querySelector('.app');
      const counts = document.querySelector('[data-testid="counts"]')?.textContent ?? '';
      return app !== null && !app.hasAttribute('data-loading') && /[1-9]/.test(counts);
    },
    undefined,
    { timeout: PATIENCE.timeout },
  );
}

async function open(path: string, viewport = { width: 1440, height: 900 }): Promise<OpenPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  opened.push({ page, context, errors });
  await page.goto(`${explorer.url}${path}`);
  await waitForView(page);
  return { page, context, errors };
}

async function graphql<D>(query: string, variables: Record<string, unknown> = {}): Promise<D> {
  const response = await fetch(`${explorer.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: D; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface WorkerType {
  id: string;
  name: string;
}

/** How many organisations the filter matches: what a worker type's count says. */
async function organisationCount(filter: Record<string, unknown>): Promise<number> {
  const data = await graphql<{ organisations: { totalCount: number } }>(
    'query ($filter: GraphFilter) { organisations(filter: $filter, first: 1) { totalCount } }',
    { filter },
  );
  return data.organisations.totalCount;
}

/** Whether the filter matches nothing: its network holds only the country and worker types it names. */
async function matchesNothing(filter: Record<string, unknown>): Promise<boolean> {
  const data = await graphql<{ network: { nodes: Array<{ type: string }> } }>(
    'query ($filter: GraphFilter) { network(filter: $filter, limit: 2000) { nodes { type } } }',
    { filter },
  );
  return data.network.nodes.every((node) => node.type === 'COUNTRY' || node.type === 'WORKER_TYPE');
}

/** The facet's options on screen, once every one is counted live: label, count, whether disabled. */
async function facetOnScreen(page: Page, title: string) {
  const facet = page.locator('details.facet').filter({ has: page.locator('summary', { hasText: title }) });
  await expect
    .poll(async () => {
      const all = await facet.locator('.facet-options li').count();
      return all > 0 && (await facet.locator('.facet-options li[data-counted]').count()) === all;
    }, PATIENCE)
    .toBe(true);
  return facet.locator('.facet-options li').evaluateAll((items) =>
    items.map((item) => ({
      label: item.querySelector('.facet-label')?.textContent ?? '',
      count: Number(item.querySelector('.count')?.textContent ?? NaN),
      disabled: (item.querySelector('input') as HTMLInputElement).disabled,
      marked: item.classList.contains('zero'),
    })),
  );
}

let workerTypes: WorkerType[];

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await seedIfEmpty(db);
  explorer = await startExplorer(db);
  browser = await launchChromium();
  const data = await graphql<{ workerTypes: { nodes: WorkerType[] } }>(
    '{ workerTypes(first: 100) { nodes { id name } } }',
  );
  workerTypes = data.workerTypes.nodes;
}, 120_000);

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await browser?.close();
  await explorer?.close();
  await db?.close();
});

describe('live facet counts', () => {
  it('the worker types’ counts follow the country chosen, and what would show nothing is disabled', async () => {
    const { page, errors } = await open('/?view=table');
    const expectedEverywhere = new Map<string, number>();
    const expectedInGermany = new Map<string, number>();
    const emptyInGermany = new Set<string>();
    for (const type of workerTypes) {
      expectedEverywhere.set(type.name, await organisationCount({ workerTypes: [type.id] }));
      expectedInGermany.set(type.name, await organisationCount({ countries: ['DE'], workerTypes: [type.id] }));
      if (await matchesNothing({ countries: ['DE'], workerTypes: [type.id] })) emptyInGermany.add(type.name);
    }
    expect(emptyInGermany.size).toBeGreaterThan(0);

    const before = await facetOnScreen(page, 'Worker type');
    expect(new Map(before.map((option) => [option.label, option.count]))).toEqual(expectedEverywhere);

    await page.getByRole('checkbox', { name: /^Germany\b/ }).check();
    await page.waitForURL(/country=DE/);
    await waitForView(page);
    await expect
      .poll(async () => new Map((await facetOnScreen(page, 'Worker type')).map((o) => [o.label, o.count])), PATIENCE)
      .toEqual(expectedInGermany);
    expect([...expectedInGermany.values()]).not.toEqual([...expectedEverywhere.values()]);
    const after = await facetOnScreen(page, 'Worker type');
    for (const option of after) {
      expect(option.disabled, option.label).toBe(emptyInGermany.has(option.label));
      expect(option.marked, option.label).toBe(emptyInGermany.has(option.label));
    }
    // The organisation kinds are counted too, under Germany.
    const kinds = await facetOnScreen(page, 'Organisation kind');
    const unions = kinds.find((option) => option.label === 'Trade union');
    expect(unions?.count).toBe(await organisationCount({ countries: ['DE'], organisationKinds: ['UNION'] }));
    await page.locator('section.filters').screenshot({ path: '/tmp/facets-panel-1440.png' });
    expect(errors).toEqual([]);
  }, 400_000);

  it('a combination that matches nothing says so, names the filters, and lets one go', async () => {
    let empty: WorkerType | undefined;
    for (const type of workerTypes) {
      if (await matchesNothing({ countries: ['DE'], workerTypes: [type.id] })) {
        empty = type;
        break;
      }
    }
    expect(empty).toBeDefined();
    const { page, errors } = await open(`/?country=DE&worker=${encodeURIComponent(empty!.id)}&view=table`);
    const notice = page.getByTestId('empty');
    await expect.poll(() => notice.count(), PATIENCE).toBe(1);
    expect(await notice.textContent()).toContain(`Nothing matches Germany and ${empty!.name}.`);
    // The chosen option stays selectable though it would show nothing, so that it can be removed.
    const chosen = page.getByRole('checkbox', { name: new RegExp(`^${escaped(empty!.name)}\\b`) });
    expect(await chosen.isChecked()).toBe(true);
    expect(await chosen.isDisabled()).toBe(false);
    await page.screenshot({ path: '/tmp/facets-empty-1440.png' });
    await notice.getByRole('button', { name: 'Remove filter Germany' }).click();
    await page.waitForURL((url) => !url.search.includes('country='));
    await waitForView(page);
    await expect.poll(() => notice.count(), PATIENCE).toBe(0);
    expect(errors).toEqual([]);
  }, 400_000);

  it('says it in French too, and on a phone', async () => {
    let empty: WorkerType | undefined;
    for (const type of workerTypes) {
      if (await matchesNothing({ countries: ['DE'], workerTypes: [type.id] })) {
        empty = type;
        break;
      }
    }
    const { page, errors } = await open(`/?country=DE&worker=${encodeURIComponent(empty!.id)}&lang=fr`, {
      width: 390,
      height: 844,
    });
    const notice = page.getByTestId('empty');
    await expect.poll(() => notice.count(), PATIENCE).toBe(1);
    expect(await notice.textContent()).toMatch(/^Rien ne correspond à Allemagne et /);
    await page.screenshot({ path: '/tmp/facets-empty-390.png' });
    await page.getByRole('button', { name: 'Filtres et outils' }).click();
    await facetOnScreen(page, 'Type de travailleurs');
    await page.screenshot({ path: '/tmp/facets-panel-390.png' });
    expect(errors).toEqual([]);
  }, 400_000);
});
