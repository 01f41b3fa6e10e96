// Small pieces of Cypher text the filter is assembled from. Every name in them comes from the
// filter's own code, never from a request.

/** The variable bound to the key of the criterion that drives the walk (see compileFilter). */
export const DRIVER = 'fDriver';

/** No weight yet: larger than any count. */
export const UNWEIGHED = '9007199254740991';

/**
 * The nodes reached from the nodes in `list` through `pattern`, which continues from `(a)`. The
 * relationship types say what is reached (the graph model), so the patterns check no labels.
 */
export function hop(list: string, pattern: string, reached: string): string {
  return `COLLECT { UNWIND ${list} AS a MATCH (a)${pattern} RETURN DISTINCT ${reached} }`;
}

/** The disjunction of the parts given (`false` for none). */
export function or(parts: Array<string | undefined | false>): string {
  const kept = parts.filter((part): part is string => typeof part === 'string');
  return kept.length === 0 ? 'false' : kept.length === 1 ? (kept[0] as string) : `(${kept.join(' OR ')})`;
}

/** Whether node `x` has one of these labels. */
export function hasLabel(x: string, labels: readonly string[]): string {
  return or(labels.map((label) => `${x}:${label}`));
}

/** The variable an `… AS name` expression binds. */
export function aliasOf(expression: string): string {
  return expression.slice(expression.lastIndexOf(' AS ') + 4).trim();
}

/** `CASE fDriver WHEN … THEN … ELSE otherwise END` over the given drivers' values. */
export function byDriver(cases: ReadonlyArray<readonly [string, string]>, otherwise = '[]'): string {
  const kept = cases.filter(([, value]) => value !== otherwise);
  if (kept.length === 0) return otherwise;
  return `CASE ${DRIVER} ${kept.map(([key, value]) => `WHEN '${key}' THEN ${value}`).join(' ')} ELSE ${otherwise} END`;
}
