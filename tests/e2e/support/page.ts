// Small helpers over Playwright pages of the explorer: wait for a view, read the accessible equivalents.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Messages the page logged as errors, and uncaught exceptions. */
  errors: string[];
}

/** A fresh browser context on `url`, waiting until the view has loaded. */
export async function openExplorer(
  browser: Browser,
  url: string,
  viewport = { width: 1440, height: 900 },
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await waitForView(page);
  return { page, context, errors };
}

/** Waits until the view's request has answered and the counts are on screen. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const app = document.querySelector('.app');
      const counts = document.querySelector('[data-testid="counts"]')?.textContent ?? '';
      return app !== null && !app.hasAttribute('data-loading') && /[1-9]/.test(counts);
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** The names in the entities table, in table order. */
export async function tableNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="entities-table"] tbody tr th').allTextContents();
}

/** The `showing N of M` counts. */
export async function counts(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.locator('[data-testid="counts"] strong').textContent()) ?? '';
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  return { shown: numbers[0] ?? -1, total: numbers[1] ?? -1 };
}

/** Switches to a view with its button in the header. */
export async function showView(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
}
