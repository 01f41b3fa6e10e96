import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JS: integers to numbers, temporal values to ISO
 * strings, nodes and relationships to their properties. Applied at the data-layer boundary so
 * nothing above it sees a driver type.
 *
 * Every value of every record passes through here, so the common cases come first: primitives
 * return at once, arrays and plain objects (the maps Cypher returns) are copied directly, and only
 * other objects are checked against the driver's types.
 */
export function toNative(value: unknown): unknown {
  if (typeof value !== 'object') return value === undefined ? null : value;
  if (value === null) return null;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) items[i] = toNative(value[i]);
    return items;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return copyMap(value as Record<string, unknown>);
  return fromDriverType(value);
}

function copyMap(map: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(map)) {
    // Assigning `__proto__` would set the prototype; a property of that name stays a property.
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: toNative(map[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = toNative(map[key]);
  }
  return copy;
}

function fromDriverType(value: object): unknown {
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
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  return copyMap(value as Record<string, unknown>);
}
