// Cypher map projections shared by the data-access modules, paired with the converters in
// records.ts. Each takes the variable name and returns Cypher text: the names are constants of
// the calling module, never input.

/** Every property of an entity, its labels and its degree (for `toEntity`). */
export function entityProjection(v: string): string {
  return `${v} { .*, labels: labels(${v}), degree: COUNT { (${v})--() } }`;
}

/** A column of a row returned as a list: its name and its Cypher expression of the variable. */
type Column = readonly [name: string, expression: (v: string) => string];

/**
 * A row as a Cypher list of its columns' values. The views return hundreds of entities and
 * relationships: as maps, the driver would decode every key of every one again (a large network
 * costs about twice the CPU); `columnsOf` (records.ts) names the values back.
 */
function listOf(columns: readonly Column[], v: string): string {
  return `[${columns.map(([, expression]) => expression(v)).join(', ')}]`;
}

/** The stored time of a node or relationship (for `toTimeSpan`), as columns. */
const TIME: readonly Column[] = [
  'timeStart',
  'timeStartPrecision',
  'timeEnd',
  'timeEndPrecision',
  'timeAsOf',
  'timeFirstDay',
  'timeLastDay',
].map((name): Column => [name, (v) => `${v}.${name}`]);

/**
 * What the explorer draws (for `toGraphNode`, which also dedupes and sorts the codes). Country
 * codes: a country's own; where an organisation is based; where an event was held; a person's
 * through the organisations they hold a role at; a session's through its event. By the graph
 * model only organisations are BASED_IN and events HELD_IN, so each entity walks one way only; a
 * collective action's are where it took place. (The inner variable's name is one no caller uses.)
 */
const GRAPH_NODE: readonly Column[] = [
  ['id', (v) => `${v}.id`],
  ['nameEn', (v) => `${v}.nameEn`],
  ['nameFr', (v) => `${v}.nameFr`],
  ['kind', (v) => `${v}.kind`],
  ...TIME,
  ['labels', (v) => `labels(${v})`],
  ['degree', (v) => `COUNT { (${v})--() }`],
  [
    'countryCodes',
    (v) => `CASE
      WHEN ${v}:Country THEN [${v}.code]
      WHEN ${v}:Person THEN COLLECT { MATCH (${v})-[:HOLDS_ROLE]->(:Organisation)-[:BASED_IN]->(inCountry:Country) RETURN inCountry.code }
      WHEN ${v}:Session THEN COLLECT { MATCH (${v})-[:PART_OF]->(:Event)-[:HELD_IN]->(inCountry:Country) RETURN inCountry.code }
      WHEN ${v}:CollectiveAction THEN COLLECT { MATCH (${v})-[:TOOK_PLACE_IN]->(inCountry:Country) RETURN inCountry.code }
      ELSE COLLECT { MATCH (${v})-[:BASED_IN|HELD_IN]->(inCountry:Country) RETURN inCountry.code }
    END`,
  ],
];
export const GRAPH_NODE_COLUMNS = GRAPH_NODE.map(([name]) => name);

export function graphNodeProjection(v: string): string {
  return listOf(GRAPH_NODE, v);
}

/** A relationship with its ends' ids (for `toGraphEdge`). */
const EDGE: readonly Column[] = [
  ['id', (r) => `${r}.id`],
  ['type', (r) => `type(${r})`],
  ['source', (r) => `startNode(${r}).id`],
  ['target', (r) => `endNode(${r}).id`],
  ['basis', (r) => `${r}.basis`],
  ['roleEn', (r) => `${r}.roleEn`],
  ['roleFr', (r) => `${r}.roleFr`],
  ...TIME,
];
export const EDGE_COLUMNS = EDGE.map(([name]) => name);

export function edgeProjection(r: string): string {
  return listOf(EDGE, r);
}

/** Sort key of a name: case-insensitive, and accented letters next to their base letter. */
export function nameKey(v: string, property: 'nameEn' | 'nameFr' = 'nameEn'): string {
  return `normalize(toLower(${v}.${property}), NFD)`;
}
