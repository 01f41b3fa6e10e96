import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toNative } from './values';

// The conversion as it was before the fast path, to check that both give the same output.
function reference(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return reference(value.properties);
  if (Array.isArray(value)) return value.map(reference);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reference(item)]));
  }
  return value;
}

const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Organisation'], {
  id: 'org:x',
  order: neo4j.int(3),
  aliases: ['X', 'Ex'],
});
const relationship = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'HOLDS_ROLE', {
  id: 'person:y|HOLDS_ROLE|org:x',
  since: new neo4j.types.Date(2016, 7, 8),
});

const SAMPLES: unknown[] = [
  null,
  undefined,
  'text',
  '',
  0,
  -1.5,
  true,
  false,
  neo4j.int(42),
  neo4j.int(-7),
  new neo4j.types.Date(2016, 7, 8),
  new neo4j.types.DateTime(2016, 7, 8, 9, 30, 0, 0, 7200),
  new neo4j.types.LocalDateTime(2016, 7, 8, 9, 30, 0, 0),
  new neo4j.types.Time(9, 30, 15, 0, 3600),
  new neo4j.types.LocalTime(9, 30, 15, 500),
  new neo4j.types.Duration(1, 2, 3, 4),
  node,
  relationship,
  [],
  [1, 'a', null, neo4j.int(5), [neo4j.int(6), { deep: neo4j.int(7) }]],
  {},
  { id: 'org:x', degree: neo4j.int(12), labels: ['Entity', 'Organisation'], missing: null, nested: { n: node } },
  Object.assign(Object.create(null) as object, { a: neo4j.int(1) }),
  JSON.parse('{"__proto__": {"polluted": true}, "b": 1}') as unknown,
  { rows: [relationship, node], when: new neo4j.types.LocalTime(1, 2, 3, 0) },
];

describe('toNative', () => {
  it.each(SAMPLES.map((sample, i) => [i, sample]))('converts sample %i as before', (_i, sample) => {
    const converted = toNative(sample);
    expect(converted).toStrictEqual(reference(sample));
    expect(JSON.stringify(converted)).toBe(JSON.stringify(reference(sample)));
  });

  it('returns primitives as they are and plain copies of maps and lists', () => {
    expect(toNative('a')).toBe('a');
    expect(toNative(undefined)).toBeNull();
    const map = { a: 1, list: [1, 2] };
    const copy = toNative(map) as typeof map;
    expect(copy).toEqual(map);
    expect(copy).not.toBe(map);
    expect(copy.list).not.toBe(map.list);
    expect(Object.getPrototypeOf(toNative(Object.create(null)))).toBe(Object.prototype);
  });

  it('keeps a property named __proto__ a property', () => {
    const converted = toNative(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(converted)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(converted)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
