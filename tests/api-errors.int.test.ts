import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, unreachableDatabase, useProgrammeApi, type RunningApi } from './api-harness';

// Every error a client can meet, as it meets it over HTTP: the code, the path, the argument.

const api = useProgrammeApi();

const badInput = (field: string, argumentName: string, message: string, column = 3) => ({
  message,
  locations: [{ line: 1, column }],
  path: [field],
  extensions: { code: 'BAD_USER_INPUT', argumentName },
});

describe('BAD_USER_INPUT', () => {
  it('rejects a country code that is not ISO 3166-1', async () => {
    expect(await api.query('{ network(filter: { countries: ["DE", "XX"] }) { totalCount } }')).toEqual({
      data: null,
      errors: [badInput('network', 'filter.countries', '"XX" is not an ISO 3166-1 alpha-2 country code (e.g. DE).')],
    });
  });

  it('rejects a depth out of range, leaving the nullable field null', async () => {
    expect(await api.query('{ neighbourhood(id: "org:ig-metall", depth: 4) { totalCount } }')).toEqual({
      data: { neighbourhood: null },
      errors: [badInput('neighbourhood', 'depth', 'depth must be between 1 and 3, got 4.')],
    });
  });

  it('rejects a malformed cursor', async () => {
    expect(await api.query('{ people(after: "bm90LWEtY3Vyc29y") { totalCount } }')).toEqual({
      data: null,
      errors: [badInput('people', 'after', '"bm90LWEtY3Vyc29y" is not a cursor from this API.')],
    });
  });

  it('rejects a page too big or empty', async () => {
    expect(await api.query('{ organisations(first: 101) { totalCount } }')).toEqual({
      data: null,
      errors: [badInput('organisations', 'first', 'first must be between 1 and 100, got 101.')],
    });
    expect(await api.query('{ sessions(first: 0) { totalCount } }')).toEqual({
      data: null,
      errors: [badInput('sessions', 'first', 'first must be between 1 and 100, got 0.')],
    });
  });

  it('rejects limits out of range', async () => {
    expect(await api.query('{ network(limit: 2001) { totalCount } }')).toEqual({
      data: null,
      errors: [badInput('network', 'limit', 'limit must be between 1 and 2000, got 2001.')],
    });
    expect(await api.query('{ neighbourhood(id: "org:upta", limit: 0) { totalCount } }')).toEqual({
      data: { neighbourhood: null },
      errors: [badInput('neighbourhood', 'limit', 'limit must be between 1 and 500, got 0.')],
    });
    expect(await api.query('{ shortestPaths(from: "org:upta", to: "org:anact", maxLength: 11) { length } }')).toEqual({
      data: null,
      errors: [badInput('shortestPaths', 'maxLength', 'maxLength must be between 1 and 10, got 11.')],
    });
    expect(await api.query('{ search(query: "union", first: 51) { score } }')).toEqual({
      data: null,
      errors: [badInput('search', 'first', 'first must be between 1 and 50, got 51.')],
    });
    const ids = Array.from({ length: 101 }, (_, i) => `org:${i}`);
    expect(await api.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toEqual({
      data: null,
      errors: [
        {
          ...badInput('nodes', 'ids', 'ids may name at most 100 entities, got 101.'),
          locations: [{ line: 1, column: 23 }],
        },
      ],
    });
  });

  it('rejects an empty search', async () => {
    expect(await api.query('{ search(query: "  ?! ") { score } }')).toEqual({
      data: null,
      errors: [badInput('search', 'query', 'query must contain at least one letter or digit.')],
    });
  });

  it('names the unknown end of a path question', async () => {
    expect(await api.query('{ shortestPaths(from: "person:nobody", to: "org:upta") { length } }')).toEqual({
      data: null,
      errors: [badInput('shortestPaths', 'from', 'No entity has the id "person:nobody".')],
    });
  });

  it('keeps GraphQL’s own code for a value of the wrong type', async () => {
    const body = await api.query('query($depth: Int) { neighbourhood(id: "org:upta", depth: $depth) { totalCount } }', {
      depth: 'deep',
    });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, locations: [{ line: 1, column: 7 }] }),
    ]);
  });
});

describe('unknown ids', () => {
  it('are null, not errors', async () => {
    expect(
      await api.query(`{
        node(id: "org:nobody") { id }
        nodes(ids: ["org:nobody", "org:upta"]) { id }
        provenance(id: "org:nobody") { basis }
      }`),
    ).toEqual({ data: { node: null, nodes: [null, { id: 'org:upta' }], provenance: null } });
  });
});

describe('GRAPHQL_VALIDATION_FAILED', () => {
  it('reports an invalid document before running anything', async () => {
    const answer = await api.post('{ network(limit: 10) { nodes { nope } } }');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        {
          message: 'Cannot query field "nope" on type "GraphNode". Did you mean "type"?',
          locations: [{ line: 1, column: 32 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
  });
});

describe('DATABASE_UNAVAILABLE', () => {
  it('says the database is unavailable, without the driver’s words or a stack trace', async () => {
    const down = unreachableDatabase();
    const unreachable = await startApi(down);
    try {
      const unavailable = (field: string, column: number) => ({
        message: 'The database is unavailable. Try again in a moment.',
        locations: [{ line: 1, column }],
        path: [field],
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      const list = await unreachable.post('{ organisations { totalCount } }');
      expect(list.status).toBe(200);
      expect(list.body).toEqual({ data: null, errors: [unavailable('organisations', 3)] });
      const node = await unreachable.post('{ node(id: "org:upta") { id } }');
      expect(node.body).toEqual({ data: { node: null }, errors: [unavailable('node', 3)] });
    } finally {
      await unreachable.close();
      await down.close();
    }
  });
});

describe('HTTP', () => {
  it('blocks a GET that could be a cross-site request, and serves one that cannot', async () => {
    const query = encodeURIComponent('{ node(id: "org:upta") { id } }');
    const simple = await fetch(`${api.url}/graphql?query=${query}`);
    expect(simple.status).toBe(400);
    expect(await simple.json()).toEqual({
      errors: [
        {
          message: expect.stringContaining('Cross-Site Request Forgery') as string,
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const preflighted = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { node: { id: 'org:upta' } } });
  });

  it('blocks a POST in a content type a form could send', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ node(id: "org:upta") { id } }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]?.extensions).toEqual({
      code: 'BAD_REQUEST',
    });
  });

  it('answers any origin, as a public read-only API', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const answer = await api.post('{ node(id: "org:upta") { id } }', undefined, { origin: 'https://example.org' });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the GraphiQL page', () => {
  const browser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
  let webDist: string;
  let withPage: RunningApi;

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'faire-collectif-web-'));
    await writeFile(join(webDist, 'graphiql.html'), '<!doctype html><title>GraphiQL of the web build</title>');
    withPage = await startApi(api.db, { webDist });
  });

  afterAll(async () => {
    await withPage?.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('is served to a browser opening /graphql', async () => {
    const response = await fetch(`${withPage.url}/graphql`, { headers: browser });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<!doctype html><title>GraphiQL of the web build</title>');
  });

  it('is replaced by a page saying how to build it when the web build is missing', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: browser });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('This is the GraphQL endpoint');
    expect(page).toContain('npm run build');
  });

  it('leaves GraphQL requests to the API', async () => {
    const answer = await withPage.post('{ node(id: "org:upta") { id } }');
    expect(answer.body).toEqual({ data: { node: { id: 'org:upta' } } });
  });
});
