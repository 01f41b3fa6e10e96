// Cypher map projections shared by the data-access modules, paired with the converters in
// records.ts. Each takes the variable name and returns Cypher text: the names are constants of
// the calling module, never input.

/** Every property of an entity, its labels and its degree (for `toEntity`). */
export function entityProjection(v: string): string {
  return `${v} { .*, labels: labels(${v}), degree: COUNT { (${v})--() } }`;
}

/** The stored time of a node or relationship (for `toTimeSpan`), inside a map projection. */
const TIME_PROPERTIES =
  '.timeStart, .timeStartPrecision, .timeEnd, .timeEndPrecision, .timeAsOf, .timeFirstDay, .timeLastDay';

/**
 * What the explorer draws (for `toGraphNode`, which also dedupes and sorts the codes). Country
 * codes: a country's own; where an organisation is based; where an event was held; a person's
 * through the organisations they hold a role at; a session's through its event. By the graph
 * model only organisations are BASED_IN and events HELD_IN, so each entity walks one way only; a
 * collective action's are where it took place. (The inner variable's name is one no caller uses.)
 */
export function graphNodeProjection(v: string): string {
  return `${v} { .id, .nameEn, .nameFr, .kind, ${TIME_PROPERTIES}, labels: labels(${v}), degree: COUNT { (${v})--() },
    countryCodes: CASE
      WHEN ${v}:Country THEN [${v}.code]
      WHEN ${v}:Person THEN COLLECT { MATCH (${v})-[:HOLDS_ROLE]->(:Organisation)-[:BASED_IN]->(inCountry:Country) RETURN inCountry.code }
      WHEN ${v}:Session THEN COLLECT { MATCH (${v})-[:PART_OF]->(:Event)-[:HELD_IN]->(inCountry:Country) RETURN inCountry.code }
      WHEN ${v}:CollectiveAction THEN COLLECT { MATCH (${v})-[:TOOK_PLACE_IN]->(inCountry:Country) RETURN inCountry.code }
      ELSE COLLECT { MATCH (${v})-[:BASED_IN|HELD_IN]->(inCountry:Country) RETURN inCountry.code }
    END }`;
}

/** A relationship with its ends' ids (for `toGraphEdge`). */
export function edgeProjection(r: string): string {
  return `${r} { .id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
    .basis, .roleEn, .roleFr, ${TIME_PROPERTIES} }`;
}

/** Sort key of a name: case-insensitive, and accented letters next to their base letter. */
export function nameKey(v: string, property: 'nameEn' | 'nameFr' = 'nameEn'): string {
  return `normalize(toLower(${v}.${property}), NFD)`;
}
