import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, createGraphQLServer, type Context } from '@faire-collectif/api';
import type { Database } from '@faire-collectif/neo4j';
import type { ApolloServer } from '@apollo/server';
import { entityFilter, pageArgs, searchQuery } from '../api/src/graphql/arguments';
import { decodeCursor, encodeCursor } from '../api/src/graphql/cursor';
import { compileFilter } from '../api/src/data/filter';
import { InvalidArgumentError } from '../api/src/errors';
import { seedProgramme, startApi, type RunningApi } from './api-harness';
import { testDatabase } from '@faire-collectif/seed/testing';

// Property-based fuzzing of what clients may send: random filters, ids, cursors, depths, limits
// and text (query syntax, unicode). Many cases run in-process (the argument checks and the filter
// planner alone, then whole operations through Apollo's executeOperation on the real database),
// fewer over HTTP. Whatever the input: no 5xx, no INTERNAL_SERVER_ERROR, only documented codes.

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE']);
const KNOWN_IDS = [
  'org:ig-metall',
  'org:verdi',
  'org:upta',
  'person:kristy-milland',
  'person:robert-fuss',
  'country:DE',
  'worker:crowd-workers',
  'form:coworking',
  'session:faire-collectif-2016-07-08-session-2',
  'event:faire-collectif-2016-07-08',
  'org:faircrowdwork-watch|PART_OF|org:ig-metall',
];
const LUCENE = [
  '+',
  '-',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
  'AND',
  'OR',
  'NOT',
];

const shortText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...LUCENE),
        fc.constantFrom('cesar', 'Ver.di', "l'ires", 'é', 'ß', '中', '🙂', ' ', '\u0000', '\u202e'),
      ),
      {
        maxLength: 12,
      },
    )
    .map((parts) => parts.join('')),
);
/** Text past every limit: any piece of Unicode repeated up to 100,000 characters, or hundreds of words. */
const longText = fc.oneof(
  fc
    .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }), fc.integer({ min: 150, max: 100_000 }))
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length)),
  fc
    .tuple(fc.constantFrom('a', 'cesar', 'and', 'é', 'x*', '中'), fc.integer({ min: 20, max: 400 }))
    .map(([word, count]) => Array.from({ length: count }, () => word).join(' ')),
);
const text = fc.oneof({ arbitrary: shortText, weight: 6 }, { arbitrary: longText, weight: 1 });
const id = fc.oneof(
  fc.constantFrom(...KNOWN_IDS),
  text,
  text.map((rest) => `org:${rest}`),
  fc.constantFrom('', ' ', 'org:', 'country:', "org:x' OR 1=1 //", 'MATCH (n) DETACH DELETE n'),
);
/** An id in a list: a long one now and then (a list of long ones would only meet the body limit). */
const listId = fc.oneof({ arbitrary: id, weight: 1 }, { arbitrary: fc.constantFrom(...KNOWN_IDS), weight: 3 });
const cursor = fc.oneof(
  fc.nat({ max: 300 }).map(encodeCursor),
  text,
  text.map((value) => Buffer.from(value).toString('base64')),
  fc.constantFrom('b2Zmc2V0Ojk5OTk5OTk5OQ==', Buffer.from('offset:-1').toString('base64'), '=', '===='),
);
const smallInt = fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, 1, 2_147_483_647, -2_147_483_648));
const entityTypes = fc.constantFrom(
  'PERSON',
  'ORGANISATION',
  'COUNTRY',
  'WORKER_TYPE',
  'ORGANISING_FORM',
  'SESSION',
  'EVENT',
);
const filter = fc.option(
  fc.record(
    {
      countries: fc.array(fc.oneof(fc.constantFrom('DE', 'de', ' fr ', 'CA', 'XX', 'ZZ'), text), { maxLength: 3 }),
      workerTypes: fc.array(listId, { maxLength: 3 }),
      organisationKinds: fc.array(fc.constantFrom('UNION', 'COOPERATIVE', 'NETWORK', 'UNSPECIFIED'), { maxLength: 2 }),
      organisingForms: fc.array(listId, { maxLength: 2 }),
      sessions: fc.array(listId, { maxLength: 2 }),
      text: text,
      types: fc.array(entityTypes, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
  { nil: null },
);
const order = fc.option(
  fc.record({
    field: fc.constantFrom('NAME', 'NAME_FR', 'DEGREE', 'START_TIME'),
    direction: fc.constantFrom('ASC', 'DESC'),
  }),
  { nil: null },
);

/** One operation with its variables: every entry point of Query, with fuzzed arguments. */
const operation = fc.oneof(
  fc.record({ filter, limit: smallInt.map((n) => n * 20) }).map((variables) => ({
    query:
      'query($filter: GraphFilter, $limit: Int!) { network(filter: $filter, limit: $limit) { totalCount truncated nodes { id } edges { id } } }',
    variables,
  })),
  fc
    .record({
      list: fc.constantFrom('organisations', 'people', 'countries', 'workerTypes', 'organisingForms', 'sessions'),
      filter,
      orderBy: order,
      first: smallInt,
      after: fc.option(cursor, { nil: null }),
    })
    .map(({ list, ...variables }) => ({
      query: `query($filter: GraphFilter, $orderBy: EntityOrder, $first: Int!, $after: String) {
        ${list}(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount nodes { id name } pageInfo { endCursor } }
      }`,
      variables: { ...variables, orderBy: variables.orderBy ?? undefined },
    })),
  fc.record({ first: smallInt, after: fc.option(cursor, { nil: null }) }).map((variables) => ({
    query: 'query($first: Int!, $after: String) { events(first: $first, after: $after) { totalCount nodes { id } } }',
    variables,
  })),
  fc.record({ id, depth: fc.integer({ min: -2, max: 6 }), limit: smallInt }).map((variables) => ({
    query:
      'query($id: ID!, $depth: Int!, $limit: Int!) { neighbourhood(id: $id, depth: $depth, limit: $limit) { totalCount omittedCount nodes { id } } }',
    variables,
  })),
  fc
    .record({ from: id, to: id, maxLength: fc.integer({ min: -1, max: 12 }), limit: fc.integer({ min: -1, max: 60 }) })
    .map((variables) => ({
      query:
        'query($from: ID!, $to: ID!, $maxLength: Int!, $limit: Int!) { shortestPaths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) { length paths { explanation } } }',
      variables,
    })),
  fc
    .record({ query: text, types: fc.option(fc.array(entityTypes, { maxLength: 3 }), { nil: null }), first: smallInt })
    .map((variables) => ({
      query:
        'query($query: String!, $types: [EntityType!], $first: Int!) { search(query: $query, types: $types, first: $first) { score matched entity { id } } }',
      variables,
    })),
  fc.record({ filter }).map((variables) => ({
    query: 'query($filter: GraphFilter) { matrix(filter: $filter) { cells { unknown } withoutCountry { unknown } } }',
    variables,
  })),
  fc
    .record({
      filter,
      asOf: fc.option(fc.oneof(fc.constantFrom('2016', '2016-07-08', '2019-13', '0000', '9999-12'), text), {
        nil: null,
      }),
      interval: fc.constantFrom('YEAR', 'MONTH'),
      by: fc.constantFrom('DATASET', 'FORM', 'WORKER_TYPE', 'COUNTRY', 'STRUGGLE', 'ORGANISER'),
      series: smallInt,
    })
    .map(({ filter, asOf, ...variables }) => ({
      query: `query($filter: GraphFilter, $interval: TimelineInterval, $by: TimelineFacet, $series: Int) {
        timeline(filter: $filter, interval: $interval, by: $by, series: $series) { datedCount undatedCount series { id label } buckets { start counts } }
      }`,
      variables: { ...variables, filter: asOf === null ? filter : { ...filter, asOf } },
    })),
  fc.record({ ids: fc.array(listId, { maxLength: 110 }) }).map((variables) => ({
    query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    variables,
  })),
  fc.record({ id }).map((variables) => ({
    query: 'query($id: ID!) { node(id: $id) { id } provenance(id: $id) { basis citations { label } } }',
    variables,
  })),
);

type Body = { data?: unknown; errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> };

function unexpectedCodes(body: Body): string[] {
  return (body.errors ?? [])
    .map((error) => String(error.extensions?.['code']))
    .filter((code) => !ALLOWED_CODES.has(code));
}

let db: Database;
let server: ApolloServer<Context>;
let api: RunningApi;

beforeAll(async () => {
  db = testDatabase();
  await seedProgramme(db);
  server = createGraphQLServer({ logInternalError: () => {} });
  await server.start();
  api = await startApi(db);
});
afterAll(async () => {
  await api?.close();
  await server?.stop();
  await db?.close();
});

describe('argument checks and the filter planner (in-process, no database)', () => {
  it('either accept an argument or refuse it naming the argument, and never put a value into Cypher', () => {
    fc.assert(
      fc.property(filter, text, fc.integer(), fc.option(cursor, { nil: null }), (graphFilter, query, first, after) => {
        for (const attempt of [
          () => entityFilter(graphFilter),
          () => searchQuery(query),
          () => pageArgs(first, after),
        ]) {
          try {
            attempt();
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidArgumentError);
            expect((error as InvalidArgumentError).argumentName).toMatch(
              /^(filter\.countries|filter\.text|query|first|after)$/,
            );
          }
        }
        let planned;
        try {
          planned = compileFilter(entityFilter(graphFilter));
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
          return;
        }
        // Every value travels as a parameter: the same criteria with other values give the same
        // Cypher text, so nothing a client sends can change the query.
        const checked = entityFilter(graphFilter) ?? {};
        const neutral = Object.fromEntries(
          Object.entries(checked).map(([key, value]) => [
            key,
            key === 'types' || key === 'organisationKinds' ? value : Array.isArray(value) ? ['DE'] : 'x',
          ]),
        );
        const other = compileFilter(neutral);
        expect(planned.subqueries).toBe(other.subqueries);
        expect(planned.matches('n')).toBe(other.matches('n'));
        expect(planned.values).toBe(other.values);
      }),
      { numRuns: 2000 },
    );
  });

  it('decode only cursors the API made', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999 }), (offset) => decodeCursor(encodeCursor(offset)) === offset),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(text, (value) => {
        try {
          expect(Number.isInteger(decodeCursor(value))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArgumentError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('whole operations on the real database', () => {
  it('answer with data or documented errors, never an internal error (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(operation, async ({ query, variables }) => {
        const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db) });
        expect(response.body.kind).toBe('single');
        const body = (response.body as { singleResult: Body }).singleResult;
        expect(unexpectedCodes(body), JSON.stringify({ variables, errors: body.errors })).toEqual([]);
        expect(response.http.status ?? 200).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('answer over HTTP with a status below 500 and documented codes', async () => {
    await fc.assert(
      fc.asyncProperty(operation, async ({ query, variables }) => {
        const answer = await api.post(query, variables);
        expect(answer.status).toBeLessThan(500);
        expect(unexpectedCodes(answer.body as Body), JSON.stringify({ variables, errors: answer.body.errors })).toEqual(
          [],
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
