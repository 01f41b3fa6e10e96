/** A value a graph file can hold; empty ones (null, undefined, '') are left out. */
export type FormatValue = string | number | null | undefined;

export function isEmpty(value: FormatValue): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}
