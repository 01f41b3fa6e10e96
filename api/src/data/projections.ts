// Cypher map projections shared by the data-access modules, paired with the converters in
// records.ts. Each takes the variable name and returns Cypher text: the names are constants of
// the calling module, never input.

/** Every property of an entity, its labels and its degree (for `toEntity`). */
export function entityProjection(v: string): string {
  return `${v} { .*, labels: labels(${v}), degree: COUNT { (${v})--() } }`;
}

/**
 * What the explorer draws (for `toGraphNode`). Country codes: a country's own; where an
 * organisation is based; where an event was held; a person's through the organisations they hold
 * a role at; a session's through its event.
 */
export function graphNodeProjection(v: string): string {
  return `${v} { .id, .nameEn, .nameFr, .kind, labels: labels(${v}), degree: COUNT { (${v})--() },
    countryCodes: CASE WHEN ${v}:Country THEN [${v}.code] ELSE COLLECT {
      MATCH (${v})-[:BASED_IN|HELD_IN]->(c:Country) RETURN c.code AS code
      UNION MATCH (${v}:Person)-[:HOLDS_ROLE]->(:Organisation)-[:BASED_IN]->(c:Country) RETURN c.code AS code
      UNION MATCH (${v}:Session)-[:PART_OF]->(:Event)-[:HELD_IN]->(c:Country) RETURN c.code AS code
    } END }`;
}

/** A relationship with its ends' ids (for `toGraphEdge`). */
export function edgeProjection(r: string): string {
  return `{ id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
    basis: ${r}.basis, roleEn: ${r}.roleEn, roleFr: ${r}.roleFr }`;
}

/** Sort key of a name: case-insensitive, and accented letters next to their base letter. */
export function nameKey(v: string, property: 'nameEn' | 'nameFr' = 'nameEn'): string {
  return `normalize(toLower(${v}.${property}), NFD)`;
}
