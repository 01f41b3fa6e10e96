import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@faire-collectif/neo4j';
import { startApi, type RunningApi } from './api-harness';
import { ensureWebBuild, WEB_DIST } from './e2e/support/webBuild';
import { testDatabase } from '@faire-collectif/seed/testing';

// The built explorer is served as a production site: compressed text assets, hashed files cached
// for good, the pages that name them revalidated on every load.

let db: Database;
let api: RunningApi;
let script: string;

beforeAll(async () => {
  ensureWebBuild();
  db = testDatabase();
  api = await startApi(db, { webDist: WEB_DIST });
  const scripts = readdirSync(join(WEB_DIST, 'assets')).filter((name) => name.endsWith('.js'));
  // The largest script: the entry and React, what every first visit downloads.
  script = scripts.sort(
    (a, b) => readFileSync(join(WEB_DIST, 'assets', b)).length - readFileSync(join(WEB_DIST, 'assets', a)).length,
  )[0]!;
}, 300_000);
afterAll(async () => {
  await api?.close();
  await db?.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** A GET that keeps the bytes as sent (fetch would decompress them). */
function get(path: string, acceptEncoding: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(`${api.url}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([name, value]) => [name, String(value)])),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('the built explorer', () => {
  it('sends brotli to clients that accept it, gzip to the others, the plain file otherwise', async () => {
    const original = readFileSync(join(WEB_DIST, 'assets', script));

    const brotli = await get(`/assets/${script}`, 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    const brotliBytes = brotli.body;
    expect(brotliBytes.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(brotliBytes).equals(original)).toBe(true);

    const gzip = await get(`/assets/${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(original)).toBe(true);

    const plain = await get(`/assets/${script}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('caches hashed assets as immutable for a year and revalidates the pages', async () => {
    const asset = await get(`/assets/${script}`, 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const path of ['/', '/index.html']) {
      const page = await get(path, 'br');
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
  });
});
