import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '@faire-collectif/api';
import { createDatabase, type Database } from '@faire-collectif/neo4j';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { testDatabase } from '@faire-collectif/seed/testing';

// Every limit that protects the public API, met over HTTP against the real server: the query's
// shape (depth, cost, aliases, tokens), page sizes, body size, batching, the per-client rate,
// the read timeout; and the headers and logs every response comes with.

const LIMITS = { maxDepth: 4, maxCost: 500, maxAliases: 2, maxTokens: 300 };
let db: Database;
let api: RunningApi;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  db = testDatabase();
  await seedProgramme(db);
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  api = await startApi(db, {
    limits: LIMITS,
    body: { maxBodyBytes: 4096 },
    apiKey: 'a-key-that-must-never-be-logged',
    logger: createLogger('info', sink),
  });
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const rawPost = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const tooComplex = (limit: string, maximum: number, actual: number) => ({
  message: expect.any(String) as string,
  extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, actual },
});

describe('the shape of an operation', () => {
  it('refuses one nested too deep, naming the limit and the depth', async () => {
    const answer = await api.post(
      '{ node(id: "person:robert-fuss") { ... on Person { roles { organisation { countries { code } } } } } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [tooComplex('maxDepth', 4, 5)] });
    expect(answer.body.errors?.[0]?.message).toBe('The operation nests fields 5 deep; the limit is 4.');
  });

  it('refuses one too costly, counting list sizes from the arguments and variables', async () => {
    const answer = await api.post('query($n: Int!) { network(limit: $n) { nodes { id label } } }', { n: 300 });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [tooComplex('maxCost', 500, 602)] });
    const within = await api.post<{ network: { nodes: unknown[] } }>(
      'query($n: Int!) { network(limit: $n) { nodes { id label } } }',
      { n: 10 },
    );
    expect(within.status).toBe(200);
    expect(within.body.data?.network.nodes).toHaveLength(10);
  });

  it('refuses too many aliases', async () => {
    const answer = await api.post(
      '{ a: node(id: "org:upta") { id } b: node(id: "org:verdi") { id } c: node(id: "org:anact") { id } }',
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [tooComplex('maxAliases', 2, 3)] });
  });

  it('refuses a document of too many tokens before validating it', async () => {
    const fields = Array.from({ length: 400 }, () => 'id').join(' ');
    const answer = await api.post(`{ node(id: "org:upta") { ${fields} } }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/Document contains more th(?:an|at) 300 tokens/) as string,
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ]);
  });

  it('bounds every page and list by argument', async () => {
    const answer = await api.post('{ organisations(first: 101) { totalCount } }');
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } }),
    ]);
  });
});

describe('the request', () => {
  it('refuses a body over the limit with 413, naming the limit', async () => {
    const query = `{ node(id: "${'x'.repeat(5000)}") { id } }`;
    const response = await rawPost(api.url, JSON.stringify({ query }));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit of 4096 bytes.',
          extensions: {
            code: 'PAYLOAD_TOO_LARGE',
            limit: 'maxBodyBytes',
            maximum: 4096,
            actual: expect.any(Number) as number,
          },
        },
      ],
    });
  });

  it('refuses a batch: one operation per request', async () => {
    const response = await rawPost(api.url, JSON.stringify([{ query: '{ node(id: "org:upta") { id } }' }]));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body that is not JSON with a JSON error, not a stack trace', async () => {
    const response = await rawPost(api.url, '{"query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After and a GraphQL-shaped body past the limit per client', async () => {
    const limited = await startApi(db, { rateLimit: { windowMs: 60_000, max: 3 } });
    try {
      for (let i = 0; i < 3; i += 1) expect((await limited.post('{ node(id: "org:upta") { id } }')).status).toBe(200);
      const refused = await limited.post('{ node(id: "org:upta") { id } }');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(
              /^Too many requests: at most 3 every 60 s from one client\. Try again in \d+ s\.$/,
            ) as string,
            extensions: {
              code: 'TOO_MANY_REQUESTS',
              limit: 'rateLimit',
              maximum: 3,
              windowMs: 60_000,
              retryAfterSeconds: retryAfter,
            },
          },
        ],
      });
      // Health checks are not counted.
      expect((await fetch(`${limited.url}/health/live`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the read timeout', () => {
  it('stops a read that runs past NEO4J_READ_TIMEOUT_MS and says QUERY_TIMEOUT', async () => {
    // The same database with a 300 ms read timeout, whose reads first run a heavy statement in
    // their transaction: the server cancels the transaction, as it would a runaway query.
    const short = createDatabase(
      { uri: inject('neo4jUri'), user: 'neo4j', password: '', database: 'neo4j' },
      { readTimeoutMs: 300 },
    );
    const slow: Database = {
      driver: short.driver,
      name: short.name,
      queryCount: 0,
      read: (work) =>
        short.read(async (tx) => {
          await tx.run('UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*)');
          return work(tx);
        }),
      write: short.write,
      verify: short.verify,
      close: short.close,
    };
    const slowApi = await startApi(slow);
    try {
      const answer = await slowApi.post('{ organisations { totalCount } }');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        data: null,
        errors: [
          {
            message: 'The query took too long and was stopped. Ask for less (a lower limit, depth or page size).',
            locations: [{ line: 1, column: 3 }],
            path: ['organisations'],
            extensions: { code: 'QUERY_TIMEOUT' },
          },
        ],
      });
    } finally {
      await slowApi.close();
      await short.close();
    }
  });
});

describe('every response', () => {
  it('carries security headers with a content security policy', async () => {
    for (const path of ['/graphql', '/health/live']) {
      const response = await fetch(`${api.url}${path}`, { method: path === '/graphql' ? 'POST' : 'GET' });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('echoes the request id it was given, or a new one, and logs one JSON line without secrets', async () => {
    const given = await api.post(
      'query NodeById($id: ID!) { node(id: $id) { id } }',
      { id: 'org:a-secret-looking-variable' },
      { 'x-request-id': 'trace-123', authorization: 'Bearer a-key-that-must-never-be-logged' },
    );
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const generated = await api.post('{ organisations(first: 0) { totalCount } }', undefined, {
      'x-request-id': 'bad id\n',
    });
    const generatedId = generated.headers.get('x-request-id');
    expect(generatedId).toMatch(/^[0-9a-f-]{36}$/);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logLines.find((line) => line['reqId'] === 'trace-123')).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operation: 'NodeById',
      durationMs: expect.any(Number) as number,
    });
    expect(logLines.find((line) => line['reqId'] === generatedId)).toMatchObject({ errorCodes: ['BAD_USER_INPUT'] });
    const all = JSON.stringify(logLines);
    expect(all).not.toContain('a-key-that-must-never-be-logged');
    expect(all).not.toContain('a-secret-looking-variable');
  });
});
