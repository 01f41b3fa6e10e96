import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, ResponseCache } from '@faire-collectif/api';
import type { Database } from '@faire-collectif/neo4j';
import { knownGraphFor, loadDataset, parseJsonDocument, validateDocuments } from '@faire-collectif/seed';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { testDatabase } from '@faire-collectif/seed/testing';

// The response cache as `npm start` configures it: repeated questions are answered without Neo4j,
// answers never outlive a change made through the API, and nothing but clean query answers is kept.

const KEY = 'cache-test-key-0123456789';
const GERMANY = `query Germany($lang: Language!) {
  organisations(filter: { countries: ["DE"] }, first: 10) { totalCount nodes { id name(lang: $lang) } }
}`;
/** What GERMANY answers, as far as the tests read it. */
type Germany = { organisations: { totalCount: number; nodes: Array<{ id: string }> } };
const IMPORT = `mutation($input: ImportDataInput!) { importData(input: $input) { summary { changed } userErrors { code } } }`;

const newUnion = (id: string) =>
  JSON.stringify({
    dataset: 'cache-test',
    nodes: [
      {
        id,
        label: 'Organisation',
        nameEn: 'A new German union',
        nameFr: 'Un nouveau syndicat allemand',
        kind: 'UNION',
        kindBasis: 'stated',
        basis: 'stated',
        citations: ['programme-2016-07-08-en#session-1'],
      },
    ],
    relationships: [
      {
        type: 'BASED_IN',
        from: id,
        to: 'country:DE',
        basis: 'stated',
        citations: ['programme-2016-07-08-en#session-1'],
      },
    ],
  });

let db: Database;
let api: RunningApi;
let cache: ResponseCache;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  db = testDatabase();
  await seedProgramme(db);
  cache = new ResponseCache({ ttlSeconds: 30, maxBytes: 8 * 1024 * 1024 });
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  api = await startApi(db, { apiKey: KEY, responseCache: cache, logger: createLogger('info', sink) });
});

const rawPost = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const getUrl = (query: string) => `${api.url}/graphql?query=${encodeURIComponent(query)}`;
afterAll(async () => {
  await api?.close();
  await db?.close();
});

describe('the response cache', () => {
  it('answers a repeated query without asking Neo4j, with the same data and HTTP cache headers', async () => {
    cache.invalidate();
    const first = await api.post<Germany>(GERMANY, { lang: 'EN' });
    const queriesAfterFirst = db.queryCount;
    const second = await api.post<Germany>(GERMANY, { lang: 'EN' });
    expect(db.queryCount).toBe(queriesAfterFirst);
    expect(second.body).toEqual(first.body);
    expect(first.body.data?.organisations.nodes.map((node) => node.id)).toContain('org:ig-metall');
    expect(second.headers.get('cache-control')).toBe('max-age=30, public');
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
  });

  it('replays the answer byte for byte, with its ETag, and logs the replay as a hit', async () => {
    cache.invalidate();
    const body = JSON.stringify({ query: GERMANY, variables: { lang: 'FR' }, operationName: 'Germany' });
    const first = await rawPost(body);
    const firstText = await first.text();
    const before = db.queryCount;
    const second = await rawPost(body, { 'x-request-id': 'replayed-answer' });
    expect(await second.text()).toBe(firstText);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-request-id')).toBe('replayed-answer');
    expect(second.headers.get('access-control-allow-origin')).toBe('*');
    expect(db.queryCount).toBe(before);
    const logged = logLines.filter((line) => line['operation'] === 'Germany').map((line) => line['cache']);
    expect(logged.slice(-2)).toEqual(['stored', 'hit']);
    expect(logLines.find((line) => line['reqId'] === 'replayed-answer')).toMatchObject({ status: 200, cache: 'hit' });
  });

  it('answers GET requests from the cache only when they pass the CSRF prevention, with 304 to a client holding the answer', async () => {
    cache.invalidate();
    const query = '{ countries(first: 3) { totalCount } }';
    const preflight = { 'apollo-require-preflight': 'true' };
    const first = await fetch(getUrl(query), { headers: preflight });
    expect(first.status).toBe(200);
    const before = db.queryCount;
    const second = await fetch(getUrl(query), { headers: preflight });
    expect(await second.json()).toEqual(await first.json());
    const revalidated = await fetch(getUrl(query), {
      // As a browser revalidates (fetch would otherwise add `Cache-Control: no-cache`, which asks for the body).
      headers: { ...preflight, 'if-none-match': first.headers.get('etag')!, 'cache-control': 'max-age=0' },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(db.queryCount).toBe(before);
    const simple = await fetch(getUrl(query));
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
  });

  it('keys answers by variables: another language is another answer', async () => {
    const english = await api.post<Germany>(GERMANY, { lang: 'EN' });
    const before = db.queryCount;
    const french = await api.post<Germany>(GERMANY, { lang: 'FR' });
    expect(db.queryCount).toBeGreaterThan(before);
    expect(french.body.data?.organisations.nodes).toHaveLength(english.body.data!.organisations.nodes.length);
  });

  it('forgets every answer when an import through the API changes the graph', async () => {
    const before = await api.query<Germany>(GERMANY, { lang: 'EN' });
    const count = before.data?.organisations.totalCount as number;
    const imported = await api.post(
      IMPORT,
      { input: { json: newUnion('org:cache-test-union') } },
      { authorization: `Bearer ${KEY}` },
    );
    expect(imported.body.data?.importData).toEqual({ summary: { changed: true }, userErrors: [] });
    const after = await api.query<Germany>(GERMANY, { lang: 'EN' });
    expect(after.data?.organisations.totalCount).toBe(count + 1);
    expect(after.data?.organisations.nodes.map((node) => node.id)).toContain('org:cache-test-union');
  });

  it('keeps answers while the graph is changed behind its back, until their time is up', async () => {
    const shortLived = new ResponseCache({ ttlSeconds: 1, maxBytes: 1024 * 1024 });
    const other = await startApi(db, { responseCache: shortLived });
    try {
      const before = await other.query<Germany>(GERMANY, { lang: 'EN' });
      const documents = [parseJsonDocument('direct.json', newUnion('org:cache-test-direct'))];
      await loadDataset(db, validateDocuments(documents, { known: await knownGraphFor(db, documents) }));
      expect(await other.query<Germany>(GERMANY, { lang: 'EN' })).toEqual(before);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const fresh = await other.query<Germany>(GERMANY, { lang: 'EN' });
      expect(fresh.data?.organisations.totalCount).toBe(before.data!.organisations.totalCount + 1);
    } finally {
      await other.close();
    }
  });

  it('keeps neither errors nor mutations', async () => {
    cache.invalidate();
    const bad = await api.post(`{ organisations(filter: { countries: ["XX"] }, first: 1) { totalCount } }`);
    expect(bad.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const dryRun = await api.post<{ importData: { userErrors: unknown[] } }>(
      IMPORT,
      { input: { json: newUnion('org:cache-test-dry'), dryRun: true } },
      { authorization: `Bearer ${KEY}` },
    );
    expect(dryRun.body.data?.importData.userErrors).toEqual([]);
    expect(cache.size).toBe(0);
    expect(bad.headers.get('cache-control')).not.toMatch(/max-age=[1-9]/);
  });

  it("says how long an answer may be kept: the cache's max age, and no-store without a cache", async () => {
    const network = `{ network(filter: { countries: ["DE"] }, limit: 20) { totalCount nodes { id degree } edges { id } } }`;
    cache.invalidate();
    const kept = await api.post(network);
    expect(kept.body.errors).toBeUndefined();
    expect(kept.headers.get('cache-control')).toBe('max-age=30, public');
    const uncached = await startApi(db);
    try {
      const answer = await uncached.post(network);
      expect(answer.body).toEqual(kept.body);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    } finally {
      await uncached.close();
    }
  });

  it('still applies the operation limits to a question it has answered before', async () => {
    const limited = new ResponseCache({ ttlSeconds: 30, maxBytes: 1024 * 1024 });
    const generous = await startApi(db, { responseCache: limited });
    const strict = await startApi(db, { responseCache: limited, limits: { maxDepth: 2 } });
    try {
      const deep = `{ organisations(first: 1) { nodes { members { person { id } } } } }`;
      expect((await generous.post(deep)).body.errors).toBeUndefined();
      const refused = await strict.post(deep);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
      expect(refused.body.data).toBeUndefined();
    } finally {
      await generous.close();
      await strict.close();
    }
  });
});
