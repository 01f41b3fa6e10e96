import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPERATION_LIMITS } from '../config';
import { loadTypeDefs } from '../graphql/schema';
import { DEFAULT_LIST_SIZE, measureOperation } from './measureOperation';
import { exceededLimit, standardIntrospectionCost } from './operationLimits';

const schema = buildSchema(loadTypeDefs());
const measure = (query: string, variables?: Record<string, unknown>) =>
  measureOperation(schema, parse(query), undefined, variables);

describe('measureOperation', () => {
  it('counts one per field, multiplied by the size argument of the field above a list', () => {
    // organisations: 1; nodes: 1 + 5 × (id + name) = 11; totalCount: 1.
    expect(measure('{ organisations(first: 5) { totalCount nodes { id name } } }')).toEqual({
      depth: 3,
      cost: 1 + 1 + (1 + 5 * 2),
      introspectionCost: 0,
      aliases: 0,
    });
  });

  it('takes sizes from variables and defaults, and assumes DEFAULT_LIST_SIZE for lists without one', () => {
    const query =
      'query($n: Int!) { network(limit: $n) { nodes { id } } organisations { nodes { countries { code } } } }';
    expect(measure(query, { n: 7 })?.cost).toBe(1 + (1 + 7) + 1 + (1 + 20 * (1 + DEFAULT_LIST_SIZE)));
  });

  it('counts ids as the size of nodes(ids:)', () => {
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id } }')?.cost).toBe(1 + 3);
  });

  it('expands fragments, counts aliases and ignores __typename', () => {
    const query = `{ a: node(id: "x") { ...F } b: node(id: "y") { ...F __typename } }
      fragment F on Node { id ... on Person { nameFr: name(lang: FR) } }`;
    expect(measure(query)).toEqual({ depth: 2, cost: 6, introspectionCost: 0, aliases: 4 });
  });

  it('does not blow up on fragments reused exponentially', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Organisation { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const query = `{ organisations { nodes { ...F0 } } }\n${fragments}\nfragment F40 on Organisation { id }`;
    const result = measure(query);
    expect(result?.cost).toBeGreaterThan(2 ** 40);
  });

  it('keeps introspection apart: no depth, its own cost', () => {
    const result = measure('{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }');
    expect(result?.depth).toBe(0);
    expect(result?.cost).toBe(0);
    expect(result?.introspectionCost).toBeGreaterThan(0);
  });

  it('leaves values that are not numbers to execution, and takes variables’ defaults', () => {
    expect(measure('query($n: Int!) { network(limit: $n) { nodes { id } } }', { n: 'many' })?.cost).toBe(1 + 1 + 10);
    expect(measure('query($n: Int = 3) { network(limit: $n) { nodes { id } } }')?.cost).toBe(1 + 1 + 3);
  });
});

describe('exceededLimit', () => {
  const limits = { ...DEFAULT_OPERATION_LIMITS, maxDepth: 3, maxCost: 100, maxAliases: 1 };

  it('names the limit, the maximum and the actual value', () => {
    const deep = exceededLimit(
      measure('{ node(id: "x") { ... on Person { roles { organisation { id } } } } }')!,
      limits,
    );
    expect(deep).toMatchObject({ limit: 'maxDepth', maximum: 3, actual: 4 });
    const costly = exceededLimit(measure('{ organisations(first: 100) { nodes { id } } }')!, limits);
    expect(costly).toMatchObject({ limit: 'maxCost', maximum: 100, actual: 102 });
    const aliased = exceededLimit(measure('{ a: node(id: "x") { id } b: node(id: "y") { id } }')!, limits);
    expect(aliased).toMatchObject({ limit: 'maxAliases', maximum: 1, actual: 2 });
    expect(exceededLimit(measure('{ node(id: "x") { id } }')!, limits)).toBeUndefined();
  });

  it('lets a full introspection query through and refuses one nesting fields in types', () => {
    const budget = Math.ceil(1.5 * standardIntrospectionCost(schema));
    const nested =
      '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expect(exceededLimit(measure(nested)!, DEFAULT_OPERATION_LIMITS, budget)).toMatchObject({
      limit: 'maxIntrospectionCost',
    });
  });
});
