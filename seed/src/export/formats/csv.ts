import type { FormatValue } from './values';

export interface CsvOptions {
  /** `\r\n` (RFC 4180, spreadsheets) or `\n`. */
  lineEnding: '\r\n' | '\n';
  /**
   * Prefix with `'` text a spreadsheet would run as a formula (`=…`, `+…`, `@…`, `-x`). For files
   * people open in a spreadsheet; never for data files, which must read back unchanged.
   */
  defuseFormulas: boolean;
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break. */
export function csvField(value: FormatValue, defuseFormulas = true): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (defuseFormulas && (/^[=+@\t\r]/.test(text) || /^-[^\d]/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header and its rows as CSV, every line ended. */
export function writeCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly FormatValue[]>,
  options: CsvOptions,
): string {
  return [header, ...rows]
    .map((row) => row.map((value) => csvField(value, options.defuseFormulas)).join(',') + options.lineEnding)
    .join('');
}
