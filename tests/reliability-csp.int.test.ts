import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { launchChromium } from './e2e/support/browser';
import { ensureWebBuild, WEB_DIST } from './e2e/support/webBuild';
import { testDatabase } from '@faire-collectif/seed/testing';

// The content security policy the server sends must not break its own pages: the built explorer
// and the GraphiQL page load, draw and run a query in headless Chromium without one violation.

let db: Database;
let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  await seedProgramme(db);
  api = await startApi(db, { webDist: WEB_DIST });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await db?.close();
});

/** Opens a page, recording CSP violations (as the page reports them) and console errors. */
async function openRecording(path: string): Promise<{ page: Page; violations: string[]; consoleErrors: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`${api.url}${path}`);
  return { page, violations, consoleErrors };
}

describe('the content security policy', () => {
  it('lets the explorer load and draw the network', async () => {
    const { page, violations, consoleErrors } = await openRecording('/');
    await page.locator('canvas').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([]);

    // The recording works: an inline script, which the policy forbids, is reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/^script-src/);
    await page.close();
  }, 120_000);

  it('lets the GraphiQL page load its editor and workers and run a query', async () => {
    const { page, violations, consoleErrors } = await openRecording('/graphql');
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // Run only once the editor holds the first example: a click before that runs nothing.
    await expect
      .poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 60_000 })
      .toContain('GermanNetwork');
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.graphiql-response .view-lines').textContent(), { timeout: 60_000 })
      .toContain('data');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content.Security.Policy|Refused to/i.test(text))).toEqual([]);
    await page.close();
  }, 120_000);
});
