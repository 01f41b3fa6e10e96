// Automated accessibility checks (axe-core) on the explorer's main views: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { seedProgramme, startExplorer, type RunningExplorer } from './support/explorer';
import { openExplorer, type OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  await seedProgramme(db);
  explorer = await startExplorer(db);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const { context } of opened) await context.close();
  await browser?.close();
  await explorer?.close();
  await db?.close();
});

/** Serious and critical violations of WCAG 2.1 A/AA rules, described briefly. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ')}`,
    );
}

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const result = await openExplorer(browser, `${explorer.url}${path}`, viewport);
  opened.push(result);
  return result.page;
}

/** A worker type that nothing in Germany concerns, asked of the API: its network holds only the values named. */
async function workerTypeEmptyInGermany(): Promise<string> {
  const post = async <D>(query: string, variables: Record<string, unknown> = {}) =>
    (
      (await (
        await fetch(`${explorer.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data: D }
    ).data;
  const { workerTypes } = await post<{ workerTypes: { nodes: Array<{ id: string }> } }>(
    '{ workerTypes(first: 100) { nodes { id } } }',
  );
  for (const { id } of workerTypes.nodes) {
    const { network } = await post<{ network: { nodes: Array<{ type: string }> } }>(
      'query ($filter: GraphFilter) { network(filter: $filter, limit: 2000) { nodes { type } } }',
      { filter: { countries: ['DE'], workerTypes: [id] } },
    );
    if (network.nodes.every((node) => node.type === 'COUNTRY' || node.type === 'WORKER_TYPE')) return id;
  }
  throw new Error('Every worker type is organised in Germany: no empty combination to show.');
}

describe('accessibility of the main views', () => {
  it('filters that match nothing, with every facet counted', async () => {
    const page = await open(`/?country=DE&worker=${encodeURIComponent(await workerTypeEmptyInGermany())}`);
    await page.getByTestId('empty').waitFor({ timeout: 120_000 });
    await page.locator('.facet-options li[data-counted]').first().waitFor({ timeout: 120_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the network with a selected entity and its details', async () => {
    const page = await open('/?sel=person:robert-fuss');
    await page.getByTestId('roles').waitFor();
    await page.getByText('Legend').click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the table view, filtered, with a path', async () => {
    const page = await open('/?view=table&country=DE&from=person:robert-fuss&to=person:sarah-bormann');
    await page
      .getByTestId('path-result')
      .getByText(/shortest path/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the matrix view', async () => {
    const page = await open('/?view=matrix');
    await page.getByTestId('matrix').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in French, on a tablet', async () => {
    const page = await open('/?lang=fr&view=table&sel=org:verdi', { width: 820, height: 1180 });
    await page.locator('#details-name').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the GraphQL query dialog', async () => {
    const page = await open('/?country=FR');
    await page.getByRole('button', { name: /Show GraphQL query/ }).click();
    await page.getByTestId('query-dialog').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
