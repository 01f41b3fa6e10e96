import type { Filters } from '../view/viewState';
import type { MatrixCellData, MatrixData } from '../types';

/** One row of the matrix: a country (or none) and its cells in column order. */
export interface MatrixRow {
  code: string | null;
  name: string;
  cells: (MatrixCellData | null)[];
}

/** The matrix as rows of cells in the columns' order; the row of organisations without a country comes last when not empty. */
export function matrixRows(matrix: MatrixData, withoutCountryLabel: string): MatrixRow[] {
  const key = (countryId: string | null, workerTypeId: string) => `${countryId ?? ''}\u0000${workerTypeId}`;
  const byKey = new Map<string, MatrixCellData>();
  for (const cell of matrix.cells) byKey.set(key(cell.country?.id ?? null, cell.workerType.id), cell);
  const rows: MatrixRow[] = matrix.countries.map((country) => ({
    code: country.code,
    name: country.name,
    cells: matrix.workerTypes.map((workerType) => byKey.get(key(country.id, workerType.id)) ?? null),
  }));
  const without = new Map(matrix.withoutCountry.map((cell) => [cell.workerType.id, cell]));
  if (matrix.withoutCountry.some((cell) => cell.organisations.length > 0)) {
    rows.push({
      code: null,
      name: withoutCountryLabel,
      cells: matrix.workerTypes.map((workerType) => without.get(workerType.id) ?? null),
    });
  }
  return rows;
}

/** The filters that show a cell in the network: its country and worker type. */
export function filtersForCell(current: Filters, countryCode: string | null, workerTypeId: string): Filters {
  return {
    ...current,
    countries: countryCode ? [countryCode] : [],
    workerTypes: [workerTypeId],
  };
}

/** How much a cell holds, for shading (0 for unknown or empty, 1 for the fullest cell). */
export function cellIntensity(cell: MatrixCellData | null, max: number): number {
  if (!cell || cell.unknown || max <= 0) return 0;
  return cell.organisations.length / max;
}

export function maxCellSize(matrix: MatrixData): number {
  return Math.max(0, ...matrix.cells.map((cell) => cell.organisations.length));
}
