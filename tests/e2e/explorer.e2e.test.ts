// The built explorer in headless Chromium against the real API and a seeded throwaway Neo4j.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { seedProgramme, startExplorer, type RunningExplorer } from './support/explorer';
import { counts, openExplorer, showView, tableNames, waitForView, type OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

async function open(path: string, viewport?: { width: number; height: number }): Promise<OpenPage> {
  const result = await openExplorer(browser, `${explorer.url}${path}`, viewport);
  opened.push(result);
  return result;
}

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

describe('filters', () => {
  it('filter by Germany and see IG Metall and Ver.di', async () => {
    const { page, errors } = await open('/');
    const before = await counts(page);
    expect(before.total).toBe(73);
    await page.getByRole('checkbox', { name: /^Germany/ }).check();
    await page.waitForURL(/country=DE/);
    await waitForView(page);
    const after = await counts(page);
    expect(after.shown).toBeLessThan(before.shown);
    expect(after.shown).toBe(after.total);
    await expect
      .poll(() => page.getByTestId('network-canvas').getAttribute('data-node-count'))
      .toBe(String(after.shown));
    await showView(page, /^Table$/);
    const names = await tableNames(page);
    expect(names).toContain('IG Metall');
    expect(names).toContain('Ver.di');
    expect(names).not.toContain('Coopaname');
    expect(names).toHaveLength(after.shown);
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-germany-table.png') });
    expect(errors).toEqual([]);
  });

  it('filter by a worker type', async () => {
    const { page } = await open('/?view=table');
    await page.getByRole('checkbox', { name: /^Crowd workers/ }).check();
    await page.waitForURL(/worker=worker:crowd-workers/);
    await waitForView(page);
    const names = await tableNames(page);
    for (const name of ['TurkerNation.com', 'FairCrowdWork Watch', 'Ver.di']) expect(names).toContain(name);
    expect(names).not.toContain('Coopaname');
    await expect
      .poll(() => page.getByRole('list', { name: 'Active filters' }).textContent())
      .toContain('Crowd workers');
  });

  it('search suggests entities whatever the accents and filters by text on Enter', async () => {
    const { page } = await open('/?view=table');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('cesar garcia');
    const option = page.getByRole('option', { name: /César Garcia Arnal/ });
    await option.waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL(/sel=person:cesar-garcia-arnal/);
    await expect.poll(() => page.locator('#details-name').textContent()).toBe('César Garcia Arnal');
    await search.fill('metall');
    await search.press('Enter');
    await page.waitForURL(/q=metall/);
    await waitForView(page);
    expect(await tableNames(page)).toContain('IG Metall');
  });
});

describe('details', () => {
  it('select a speaker and read their role and source', async () => {
    const { page } = await open('/?view=table');
    await page.locator('[data-testid="entities-table"] tbody tr', { hasText: 'Robert Fuss' }).click();
    await page.waitForURL(/sel=person:robert-fuss/);
    const details = page.getByTestId('details');
    await details.getByTestId('roles').waitFor();
    const roles = (await details.getByTestId('roles').textContent()) ?? '';
    expect(roles).toContain('Leader');
    expect(roles).toContain('FairCrowdWork Watch');
    expect(roles).toContain('stated');
    expect(roles).toContain('(programme)');
    expect(roles).toContain('Session 1, 09:15');
    const appearances = (await details.getByTestId('appearances').textContent()) ?? '';
    expect(appearances).toContain('Defending the rights of crowd workers');
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-details.png') });
  });
});

describe('exploring', () => {
  it('expand a node, undo and redo', async () => {
    const { page } = await open('/?country=DE&view=table');
    const before = await tableNames(page);
    expect(before).not.toContain('Kristy Milland');
    const row = page.locator('[data-testid="entities-table"] tbody tr', {
      hasText: 'Defending the rights of crowd workers',
    });
    await row.focus();
    await row.press('e');
    await page.waitForURL(/expand=session:faire-collectif-2016-07-08-session-1/);
    await waitForView(page);
    await expect.poll(() => tableNames(page)).toContain('Kristy Milland');
    const expanded = await tableNames(page);
    expect(expanded.length).toBeGreaterThan(before.length);
    await page.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(async () => (await tableNames(page)).length).toBe(before.length);
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(async () => (await tableNames(page)).length).toBe(expanded.length);
  });

  it('guards an expansion with more neighbours than asked for', async () => {
    const { page } = await open('/?country=IT&view=table&expand=event:faire-collectif-2016-07-08~2');
    const guard = page.getByTestId('expansion-guard');
    await guard.waitFor();
    const text = (await guard.textContent()) ?? '';
    const match = text.match(/showing 2 of (\d+) neighbours/);
    expect(match).not.toBeNull();
    const total = Number(match![1]);
    expect(total).toBeGreaterThan(2);
    const before = (await tableNames(page)).length;
    await guard.getByRole('button', { name: `Show all ${total}` }).click();
    await page.waitForURL(new RegExp(`expand=event:faire-collectif-2016-07-08~${total}`));
    await waitForView(page);
    await expect.poll(async () => (await tableNames(page)).length).toBeGreaterThan(before);
    expect(await guard.count()).toBe(0);
  });

  it('expand from the canvas with the keyboard', async () => {
    const { page } = await open('/?country=IT');
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-node-count')).not.toBe('0');
    await page.waitForTimeout(800);
    await canvas.focus();
    await canvas.press('ArrowRight');
    await page.waitForURL(/sel=/);
    const selected = new URL(page.url()).searchParams.get('sel');
    await canvas.press('Enter');
    await page.waitForURL(/expand=/);
    expect(new URL(page.url()).searchParams.get('expand')).toBe(selected);
  });

  it('shortest path between two speakers', async () => {
    const { page } = await open('/');
    await page.getByText('Shortest path').click();
    const from = page.getByRole('combobox', { name: 'From' });
    await from.fill('Kristy');
    await page.getByRole('option', { name: /Kristy Milland/ }).click();
    const to = page.getByRole('combobox', { name: 'To' });
    await to.fill('Sarah Bormann');
    await page.getByRole('option', { name: /Sarah Bormann/ }).click();
    await page.waitForURL(/from=person:kristy-milland&to=person:sarah-bormann/);
    const result = page.getByTestId('path-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toMatch(/shortest path/);
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('Kristy Milland');
    expect(text).toContain('Sarah Bormann');
    expect(text).toMatch(/link Kristy Milland and Sarah Bormann/);
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-path.png') });
  });
});

describe('the address holds the view', () => {
  it('reload a copied URL and get the same view', async () => {
    const { page } = await open('/?view=table');
    await page.getByRole('checkbox', { name: /^Germany/ }).check();
    await page.waitForURL(/country=DE/);
    await waitForView(page);
    const row = page.locator('[data-testid="entities-table"] tbody tr', { hasText: 'Ver.di' });
    await row.click();
    await row.press('e');
    await page.waitForURL(/expand=org:verdi/);
    await page.getByLabel('Layout').selectOption('concentric');
    await page.getByLabel('Size by').selectOption('degree');
    await waitForView(page);
    const copied = page.url();
    const names = await tableNames(page);
    const shown = await counts(page);

    const again = await open(new URL(copied).pathname + new URL(copied).search);
    expect(again.page.url()).toBe(copied);
    expect(await tableNames(again.page)).toEqual(names);
    expect(await counts(again.page)).toEqual(shown);
    expect(await again.page.getByLabel('Layout').inputValue()).toBe('concentric');
    expect(await again.page.getByLabel('Size by').inputValue()).toBe('degree');
    await expect.poll(() => again.page.locator('#details-name').textContent()).toBe('Ver.di');
    expect(await again.page.getByRole('checkbox', { name: /^Germany/ }).isChecked()).toBe(true);

    // Back and forward walk through the steps.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('size=degree'));
    await page.goForward();
    await page.waitForURL(/size=degree/);
  });
});

describe('languages', () => {
  it('switch to French', async () => {
    const { page } = await open('/?view=table&kind=PROFESSIONAL_BODY');
    expect(await tableNames(page)).toContain('French Allianz for Design');
    await page.getByTestId('language-switch').click();
    await page.waitForURL(/lang=fr/);
    await expect.poll(() => page.getByRole('heading', { name: 'Filtres' }).count()).toBe(1);
    await expect.poll(() => tableNames(page)).toContain('Alliance française des designers');
    expect(await page.getByTestId('counts').textContent()).toMatch(/entités affichées sur/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-french.png') });
  });
});

describe('exports', () => {
  it('export a PNG and a GraphML file and check their contents', async () => {
    const { page } = await open('/?country=DE');
    const canvas = page.getByTestId('network-canvas');
    await expect.poll(() => canvas.getAttribute('data-node-count')).toBe('11');
    await page.waitForTimeout(800);

    await page.getByText('Export', { exact: true }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/^faire-collectif-germany-\d{4}-\d{2}-\d{2}\.png$/);
    const image = await readFile(await png.path());
    await png.saveAs(join(tmpdir(), 'faire-collectif-e2e-export.png'));
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image.readUInt32BE(16)).toBeGreaterThan(200);
    expect(image.readUInt32BE(20)).toBeGreaterThan(100);
    expect(image.length).toBeGreaterThan(5_000);

    const [graphml] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-format="graphml"]').click(),
    ]);
    expect(graphml.suggestedFilename()).toMatch(/\.graphml$/);
    const xml = await readFile(await graphml.path(), 'utf8');
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect((xml.match(/<node id=/g) ?? []).length).toBe(11);
    expect(xml).toContain('<node id="org:ig-metall">');
    expect(xml).toContain('<data key="label">IG Metall</data>');
    expect(xml).toContain('<data key="label">Ver.di</data>');
    expect(xml).toMatch(/<edge id="org:verdi\|BASED_IN\|country:DE" source="org:verdi" target="country:DE">/);
    expect(xml).toMatch(/<data key="esources">[^<]*\[programme-2016-07-08-en#/);
  });

  it('export SVG, GEXF, CSV and JSON with sources', async () => {
    const { page } = await open('/?country=DE');
    await expect.poll(() => page.getByTestId('network-canvas').getAttribute('data-node-count')).toBe('11');
    await page.waitForTimeout(800);
    await page.getByText('Export', { exact: true }).click();
    async function download(format: string): Promise<string> {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-format="${format}"]`).click(),
      ]);
      return readFile(await file.path(), 'utf8');
    }
    const svg = await download('svg');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain('IG Metall');
    const gexf = await download('gexf');
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    // Dynamic: Ver.di is present while the facts that tie it hold (the programme's day).
    expect(gexf).toMatch(/<node id="org:verdi" label="Ver.di"[ >]/);
    expect(gexf).toContain('mode="dynamic"');
    const nodesCsv = await download('csv-nodes');
    expect(nodesCsv.split('\r\n')[0]).toBe(
      'id,name,type,organisation_kind,countries,degree,basis,note,sources,time_start,time_start_precision,time_end,time_end_precision,time_as_of,time_first_day,time_last_day',
    );
    expect(nodesCsv).toMatch(/\r\norg:ig-metall,IG Metall,ORGANISATION,UNION,DE,\d+,STATED,,"?[^\r]*programme/);
    const edgesCsv = await download('csv-edges');
    expect(edgesCsv).toContain('person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch,HOLDS_ROLE,Leader,');
    const json = JSON.parse(await download('json')) as {
      nodes: { id: string; provenance: { citations: { source: { id: string } }[] } | null }[];
      sources: { id: string }[];
    };
    expect(json.nodes).toHaveLength(11);
    expect(json.nodes.every((node) => node.provenance !== null)).toBe(true);
    expect(json.sources.map((source) => source.id)).toEqual(['programme-2016-07-08-en', 'programme-2016-07-08-fr']);
  });
});

describe('keyboard and states', () => {
  it('keyboard-only navigation through the table', async () => {
    const { page } = await open('/?view=table&country=DE');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the network');
    await page.keyboard.press('Enter');
    let onRow = false;
    for (let step = 0; step < 40 && !onRow; step += 1) {
      await page.keyboard.press('Tab');
      onRow = await page.evaluate(
        () => document.activeElement?.matches('[data-testid="entities-table"] tbody tr') ?? false,
      );
    }
    expect(onRow).toBe(true);
    const first = await page.evaluate(() => document.activeElement?.querySelector('th')?.textContent);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.querySelector('th')?.textContent);
    expect(third).not.toBe(first);
    const names = await tableNames(page);
    expect(names.indexOf(third!)).toBe(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#details-name').textContent()).toBe(third);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // Sorting by a column from the keyboard.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="entities-table"] th[aria-sort="descending"]').textContent())
      .toContain('Relationships');
  });

  it('says the API is down and retries', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let fail = true;
    await page.route('**/graphql', (route) => (fail ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${explorer.url}/?view=table`);
    const alert = page.getByTestId('error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('cannot reach the graph service');
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-api-down.png') });
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await waitForView(page);
    expect((await tableNames(page)).length).toBe(73);
    await context.close();
  });

  it('shows the GraphQL operation behind the view', async () => {
    const { page } = await open('/?country=DE&expand=org:verdi');
    await page.getByRole('button', { name: /Show GraphQL query/ }).click();
    const dialog = page.getByTestId('query-dialog');
    await dialog.waitFor();
    expect(await dialog.getByTestId('query-text').textContent()).toContain('expand0: neighbourhood(id: $expand0');
    const variables = JSON.parse((await dialog.getByTestId('query-variables').textContent()) ?? '{}') as Record<
      string,
      unknown
    >;
    expect(variables).toMatchObject({ filter: { countries: ['DE'] }, expand0: 'org:verdi', lang: 'EN' });
    const ide = await dialog.getByRole('link', { name: /query IDE/ }).getAttribute('href');
    expect(ide).toMatch(/^\/graphiql\.html\?query=/);
  });

  it('a matrix cell filters the network', async () => {
    const { page } = await open('/?view=matrix');
    const cell = page.getByRole('button', { name: /^Germany, Crowd workers: 2 organisation/ });
    await cell.waitFor();
    expect(await page.getByRole('button', { name: /^Germany, Designers: unknown/ }).count()).toBe(1);
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-matrix.png') });
    await cell.click();
    await page.waitForURL(/country=DE&worker=worker:crowd-workers/);
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await waitForView(page);
  });

  it('serves the offline query IDE with the example operations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const external: string[] = [];
    page.on('request', (request) => {
      if (
        !request.url().startsWith(explorer.url) &&
        !request.url().startsWith('blob:') &&
        !request.url().startsWith('data:')
      ) {
        external.push(request.url());
      }
    });
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on('console', (message) => {
      if (/web worker/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(`${explorer.url}/graphql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
    const titles = await page.locator('.graphiql-tab').allTextContents();
    expect(titles.join(' ')).toMatch(/GermanNetwork.*SearchCesarGarcia.*SpeakersPath.*WhoOrganisesWhomWhere/);
    // The editor (Monaco, with its workers bundled) shows the first example; running it answers from the API.
    await expect
      .poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 20_000 })
      .toContain('GermanNetwork');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response .view-lines').textContent(), { timeout: 20_000 })
      .toMatch(/"totalCount":\s*11/);
    await page.screenshot({ path: join(tmpdir(), 'faire-collectif-e2e-graphiql.png') });
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
