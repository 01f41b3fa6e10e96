// How figures are written in the report.

/** A figure with `digits` decimals, `n/a` when it is not a number. */
export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const kb = (bytes: number) => `${fixed(bytes / 1024)} KB`;

export const digitsFor = (unit: string) => (unit === '×' ? 2 : 1);
