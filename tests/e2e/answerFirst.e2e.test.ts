// The network answers the question asked, legibly, on a laptop, a tablet and a phone: the built
// explorer in headless Chromium against the real API and a seeded throwaway Neo4j.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { testDatabase } from '@faire-collectif/seed/testing';
import { launchChromium } from './support/browser';
import { seedProgramme, startExplorer, type RunningExplorer } from './support/explorer';
import { counts, openExplorer, waitForView, type OpenPage } from './support/page';
import { ensureWebBuild } from './support/webBuild';

let db: Database;
let explorer: RunningExplorer;
let browser: Browser;
const opened: OpenPage[] = [];

const SCREENS = {
  laptop: { width: 1440, height: 900 },
  tablet: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
const CROWD_IN_GERMANY = '/?country=DE&worker=worker:crowd-workers';

async function open(path: string, viewport: { width: number; height: number } = SCREENS.laptop): Promise<OpenPage> {
  const result = await openExplorer(browser, `${explorer.url}${path}`, viewport);
  opened.push(result);
  return result;
}

function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(tmpdir(), `faire-collectif-e2e-${name}.png`) });
}

/** Where the answer is on screen once the view has moved to it, and at what zoom. */
async function answerInView(page: Page): Promise<{ box: number[]; zoom: number; width: number; height: number }> {
  const canvas = page.getByTestId('network-canvas');
  await expect.poll(() => canvas.getAttribute('data-answer-box'), { timeout: 10_000 }).not.toBeNull();
  // The fit is animated: wait for it to settle.
  await page.waitForTimeout(700);
  const box = ((await canvas.getAttribute('data-answer-box')) ?? '').split(',').map(Number);
  const zoom = Number(await canvas.getAttribute('data-zoom'));
  const size = (await canvas.boundingBox())!;
  return { box, zoom, width: size.width, height: size.height };
}

/** The entity positions a GEXF export carries, by id. */
function gexfPositions(gexf: string): Map<string, string> {
  const positions = new Map<string, string>();
  for (const match of gexf.matchAll(/<node id="([^"]+)"[^>]*>[\s\S]*?<viz:position ([^/]+)\/>/g)) {
    positions.set(match[1]!, match[2]!.trim());
  }
  return positions;
}

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const menu = page.locator('.export-menu');
  if (!(await menu.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await menu.locator('summary').click();
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`button[data-format="${format}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
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

describe('answer first', () => {
  for (const [screen, viewport] of Object.entries(SCREENS)) {
    it(`shows who organises crowd workers in Germany fitted, emphasised and listed (${screen})`, async () => {
      const { page, errors } = await open(CROWD_IN_GERMANY, viewport);
      const summary = page.getByTestId('answer-summary');
      await expect.poll(() => summary.textContent()).toMatch(/^2 organisations organise crowd workers in Germany:/);
      const listed = await summary.getByRole('button').allTextContents();
      expect(listed.map((item) => item.replace(/ \(.*\)$/, ''))).toEqual(['FairCrowdWork Watch', 'Ver.di']);
      for (const item of listed) expect(item).toMatch(/\((stated|inferred)\)$/);
      const { box, zoom, width, height } = await answerInView(page);
      await shot(page, `answer-${screen}`);
      // The answer is on the canvas, whole, and drawn large enough to read.
      expect(box[0]).toBeGreaterThanOrEqual(0);
      expect(box[1]).toBeGreaterThanOrEqual(0);
      expect(box[2]).toBeLessThanOrEqual(width);
      expect(box[3]).toBeLessThanOrEqual(height);
      expect(zoom).toBeGreaterThanOrEqual(0.6);
      // The network comes first on every screen: most of it is in the first screenful.
      const canvas = (await page.getByTestId('network-canvas').boundingBox())!;
      expect(canvas.y).toBeLessThan(viewport.height / 3);
      expect(canvas.height).toBeGreaterThan(viewport.height * 0.4);

      // Choosing an organisation in the summary selects it; the network and the selection stay visible.
      await summary.getByRole('button', { name: /^Ver\.di/ }).click();
      await page.waitForURL(/sel=org:verdi/);
      await expect.poll(() => page.locator('#details-name').textContent()).toBe('Ver.di');
      await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Selected: Ver.di');
      await page.waitForTimeout(500);
      const after = (await page.getByTestId('network-canvas').boundingBox())!;
      expect(after.height).toBeGreaterThan(viewport.height * 0.3);
      expect(after.width).toBeGreaterThan(viewport.width * 0.45);
      expect(await page.locator('#details-name').isVisible()).toBe(true);
      await shot(page, `answer-selected-${screen}`);
      await page.keyboard.press('Escape');
      await page.waitForURL((url) => !url.search.includes('sel='));
      expect(errors).toEqual([]);
    });
  }
});

describe('exploring answers too', () => {
  it('fits a focus and an expansion, and says what they show', async () => {
    const focused = await open('/?country=DE&focus=org:verdi');
    const summary = focused.page.getByTestId('answer-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^Ver\.di and its \d+ neighbours:/);
    const focus = await answerInView(focused.page);
    expect(focus.box[2]).toBeLessThanOrEqual(focus.width);
    await shot(focused.page, 'focus-laptop');

    const { page } = await open('/?country=DE&sel=org:verdi', SCREENS.tablet);
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForURL(/expand=org:verdi/);
    await waitForView(page);
    await expect
      .poll(() => page.getByTestId('answer-summary').textContent())
      .toMatch(/^Ver\.di: \d+ neighbours, (all already in the view|\d+ new \(ringed in orange\)):/);
    const expanded = await answerInView(page);
    expect(expanded.box[0]).toBeGreaterThanOrEqual(0);
    expect(expanded.box[3]).toBeLessThanOrEqual(expanded.height);
    await shot(page, 'expand-tablet');
  });
});

describe('durable links', () => {
  it('drops unknown ids from a link with a notice and shows the rest', async () => {
    const { page, errors } = await open('/?sel=org:nope&country=ZZ&expand=org:gone&layout=spiral');
    const notice = page.getByTestId('link-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const item of ['org:nope', 'country:ZZ', 'org:gone', 'layout=spiral']) expect(text).toContain(item);
    expect((await counts(page)).shown).toBe(73);
    expect(page.url()).not.toMatch(/nope|ZZ|gone|spiral/);
    await shot(page, 'link-notice');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps the known part of a link: an unknown expansion beside a known filter', async () => {
    const { page } = await open('/?country=DE&expand=org:nope');
    await page.getByTestId('link-notice').waitFor();
    await waitForView(page);
    expect((await counts(page)).shown).toBe(11);
    expect(page.url()).toContain('country=DE');
  });

  it('lays a view out the same way on every load and across a language switch', async () => {
    const first = await open('/?country=DE');
    await answerInView(first.page);
    const gexf = await download(first.page, 'gexf');
    const positions = gexfPositions(gexf.text);
    expect(positions.size).toBe(11);
    expect(gexf.text).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
    expect(gexf.name).toMatch(/^faire-collectif-germany-\d{4}-\d{2}-\d{2}\.gexf$/);

    const second = await open('/?country=DE');
    await answerInView(second.page);
    expect(gexfPositions((await download(second.page, 'gexf')).text)).toEqual(positions);

    await second.page.getByTestId('language-switch').click();
    await second.page.waitForURL(/lang=fr/);
    await waitForView(second.page);
    await second.page.waitForTimeout(800);
    expect(gexfPositions((await download(second.page, 'gexf')).text)).toEqual(positions);
  });
});

describe('publication-ready images', () => {
  it('exports an SVG figure with title, caption, legend, source and date', async () => {
    const { page } = await open(CROWD_IN_GERMANY);
    await answerInView(page);
    const svg = await download(page, 'svg');
    expect(svg.name).toMatch(/^faire-collectif-germany-crowd-workers-\d{4}-\d{2}-\d{2}\.svg$/);
    expect(svg.text).toContain('<title>2 organisations organise crowd workers in Germany</title>');
    expect(svg.text).toContain('Country: Germany · Worker type: Crowd workers');
    expect(svg.text).toMatch(/<g class="legend">[\s\S]*Trade union[\s\S]*<\/g>/);
    expect(svg.text).toMatch(/Source: [^<]*Programme/i);
    expect(svg.text).toMatch(/Exported on \d{4}-\d{2}-\d{2}/);
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-format="png"]').click()]);
    expect(png.suggestedFilename()).toMatch(/^faire-collectif-germany-crowd-workers-\d{4}-\d{2}-\d{2}\.png$/);
    await png.saveAs(join(tmpdir(), 'faire-collectif-e2e-figure.png'));
  });
});
