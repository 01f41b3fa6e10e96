/**
 * Multi-valued CSV cells (aliases, citations) are `;`-separated, the way spreadsheet and Gephi
 * users write lists. A `;` or `\` inside a value is escaped with `\` so any string survives.
 */
export const MULTI_VALUE_SEPARATOR = ';';

export function joinMultiValue(values: readonly string[]): string {
  return values.map((value) => value.replace(/[\\;]/g, (c) => `\\${c}`)).join(MULTI_VALUE_SEPARATOR);
}

export function splitMultiValue(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell[i]!;
    if (c === '\\' && i + 1 < cell.length) {
      current += cell[i + 1];
      i += 1;
    } else if (c === MULTI_VALUE_SEPARATOR) {
      values.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  values.push(current);
  return values.map((value) => value.trim()).filter((value) => value.length > 0);
}
