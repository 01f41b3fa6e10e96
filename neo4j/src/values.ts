import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JS: integers to numbers, temporal values to ISO
 * strings, nodes and relationships to their properties. Applied at the data-layer boundary so
 * nothing above it sees a driver type.
 */
export function toNative(value: unknown): unknown {
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
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNative(item)]));
  }
  return value;
}
