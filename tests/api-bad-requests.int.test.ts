import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useProgrammeApi, type GraphQLBody } from './api-harness';

// Odd requests answer a 4xx with a code naming the problem, never a 500: over-long search text,
// ids that name nothing, huge values, other charsets, subscriptions, persisted-query mistakes.

const api = useProgrammeApi();

async function postRaw(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

const codes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (body.errors ?? []).map((error) => [error.extensions?.['code'], error.extensions?.['argumentName']]);

describe('search text', () => {
  it('is refused beyond 200 characters or 24 words, naming the argument, with 400', async () => {
    const word = 'a'.repeat(1001);
    const search = await api.post('query($q: String!) { search(query: $q) { score } }', { q: word });
    expect(search.status).toBe(400);
    expect(search.body.errors?.[0]?.message).toBe('query may have at most 200 characters, got 1001.');
    expect(codes(search.body)).toEqual([['BAD_USER_INPUT', 'query']]);

    const words = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    for (const field of ['network', 'organisations']) {
      const answer = await api.post(`query($t: String!) { ${field}(filter: { text: $t }) { totalCount } }`, {
        t: words,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toBe('filter.text may have at most 24 words, got 30.');
      expect(codes(answer.body)).toEqual([['BAD_USER_INPUT', 'filter.text']]);
    }
  });
});

describe('ids in filter lists', () => {
  it('that name nothing are refused, naming the field and the ids', async () => {
    const cases: Array<[string, string, string]> = [
      ['workerTypes: ["crowd-workers"]', 'filter.workerTypes', 'no worker type has the id "crowd-workers"'],
      [
        'workerTypes: ["worker:crowd-workers", "worker:nope"]',
        'filter.workerTypes',
        'no worker type has the id "worker:nope"',
      ],
      ['sessions: ["session:1", "org:upta"]', 'filter.sessions', 'no session has the id "session:1", "org:upta"'],
      ['organisingForms: ["form:nope"]', 'filter.organisingForms', 'no organising form has the id "form:nope"'],
    ];
    for (const [criterion, field, says] of cases) {
      for (const operation of ['network', 'people', 'matrix']) {
        const selection = operation === 'matrix' ? 'countries { id }' : 'totalCount';
        const answer = await api.post(`{ ${operation}(filter: { ${criterion} }) { ${selection} } }`);
        expect(answer.status, `${operation} ${criterion}`).toBe(400);
        expect(answer.body.errors?.[0]?.message).toBe(`${field}: ${says}.`);
        expect(codes(answer.body)).toEqual([['BAD_USER_INPUT', field]]);
      }
    }
    const known = await api.query<{ network: { totalCount: number } }>(
      '{ network(filter: { workerTypes: ["worker:crowd-workers"] }) { totalCount } }',
    );
    expect(known.errors).toBeUndefined();
    expect(known.data!['network'].totalCount).toBeGreaterThan(0);
  });

  it('are echoed cut short when long', async () => {
    const huge = 'x'.repeat(50_000);
    for (const filter of [{ countries: [huge] }, { workerTypes: [huge] }]) {
      const answer = await api.post('query($f: GraphFilter) { network(filter: $f) { totalCount } }', { f: filter });
      expect(answer.status).toBe(400);
      const message = answer.body.errors?.[0]?.message ?? '';
      expect(message).toContain('(50000 characters)');
      expect(message.length).toBeLessThan(200);
    }
  });
});

describe('BAD_USER_INPUT', () => {
  it('answers 400 whether GraphQL refused a variable or the API an argument', async () => {
    const typed = await api.post('query($d: Int!) { neighbourhood(id: "org:upta", depth: $d) { totalCount } }', {
      d: 'deep',
    });
    const checked = await api.post('{ neighbourhood(id: "org:upta", depth: 4) { totalCount } }');
    expect([typed.status, checked.status]).toEqual([400, 400]);
    expect([codes(typed.body)[0]?.[0], codes(checked.body)[0]?.[0]]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});

describe('the matrix', () => {
  it('considers no organisation when the types leave them out', async () => {
    const body = await api.query<{ matrix: { countries: unknown[]; cells: Array<{ unknown: boolean }> } }>(
      '{ matrix(filter: { types: [PERSON] }) { countries { id } cells { organisations { id } unknown } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!['matrix'].countries.length).toBeGreaterThan(0);
    expect(body.data!['matrix'].cells.every((cell) => cell.unknown)).toBe(true);
  });

  it('orders rows and columns by the names of the language asked for', async () => {
    type Named = Array<{ name: string }>;
    const body = await api.query<{ en: { countries: Named }; fr: { countries: Named; workerTypes: Named } }>(
      '{ en: matrix { countries { name } } fr: matrix(lang: FR) { countries { name(lang: FR) } workerTypes { name(lang: FR) } } }',
    );
    const sorted = (names: string[]) =>
      [...names].sort((a, b) => a.normalize('NFD').toLowerCase().localeCompare(b.normalize('NFD').toLowerCase()));
    const fr = body.data!['fr'];
    const frCountries = fr.countries.map((c) => c.name);
    expect(frCountries).toEqual(sorted(frCountries));
    expect(frCountries[0]).toBe('Allemagne');
    const frWorkers = fr.workerTypes.map((w) => w.name);
    expect(frWorkers).toEqual(sorted(frWorkers));
    expect(body.data!['en'].countries[0]?.name).toBe('Canada');
  });
});

describe('HTTP', () => {
  it('refuses a charset other than UTF-8 with 415', async () => {
    const answer = await postRaw(
      { query: '{ node(id: "org:upta") { id } }' },
      {
        'content-type': 'application/json; charset=latin1',
      },
    );
    expect(answer.status).toBe(415);
    expect(codes(answer.body)).toEqual([['UNSUPPORTED_MEDIA_TYPE', undefined]]);
  });

  it('refuses a subscription as a bad request', async () => {
    const answer = await postRaw({ query: 'subscription { node(id: "org:upta") { id } }' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toBe('This API has no subscriptions: send a query or a mutation.');
    expect(codes(answer.body)).toEqual([['BAD_REQUEST', undefined]]);
  });

  it('runs automatic persisted queries, and says when a hash does not match', async () => {
    const query = '{ node(id: "org:upta") { id } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await postRaw({ extensions: persisted });
    expect(codes(unknown.body)).toEqual([['PERSISTED_QUERY_NOT_FOUND', undefined]]);
    expect((await postRaw({ query, extensions: persisted })).body).toEqual({ data: { node: { id: 'org:upta' } } });
    expect((await postRaw({ extensions: persisted })).body).toEqual({ data: { node: { id: 'org:upta' } } });

    const wrong = await postRaw({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('serves the query IDE to a browser opening a shared /graphql?query= link', async () => {
    const query = encodeURIComponent('{ node(id: "org:upta") { id } }');
    const response = await fetch(`${api.url}/graphql?query=${query}`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('This is the GraphQL endpoint');
  });
});
