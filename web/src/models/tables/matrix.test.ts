import { describe, expect, it } from 'vitest';
import { cellIntensity, filtersForCell, matrixRows, maxCellSize } from './matrix';
import type { MatrixData } from '../types';
import { EMPTY_FILTERS } from '../view/viewState';

const matrix: MatrixData = {
  countries: [
    { id: 'country:DE', code: 'DE', name: 'Germany' },
    { id: 'country:FR', code: 'FR', name: 'France' },
  ],
  workerTypes: [
    { id: 'worker:crowd-workers', name: 'Crowd workers' },
    { id: 'worker:designers', name: 'Designers' },
  ],
  cells: [
    {
      country: { id: 'country:DE', code: 'DE' },
      workerType: { id: 'worker:crowd-workers' },
      organisations: [
        { id: 'org:ig-metall', name: 'IG Metall' },
        { id: 'org:verdi', name: 'Ver.di' },
      ],
      inferred: [],
      actionCount: 0,
      unknown: false,
    },
    {
      country: { id: 'country:DE', code: 'DE' },
      workerType: { id: 'worker:designers' },
      organisations: [],
      inferred: [],
      actionCount: 0,
      unknown: true,
    },
    {
      country: { id: 'country:FR', code: 'FR' },
      workerType: { id: 'worker:designers' },
      organisations: [{ id: 'org:afd', name: 'AFD' }],
      inferred: [],
      actionCount: 0,
      unknown: false,
    },
  ],
  withoutCountry: [
    {
      country: null,
      workerType: { id: 'worker:crowd-workers' },
      organisations: [{ id: 'org:x', name: 'X' }],
      inferred: [],
      actionCount: 0,
      unknown: false,
    },
  ],
};

describe('the matrix', () => {
  it('lays cells out row by row, missing cells as null, the row without country last', () => {
    const rows = matrixRows(matrix, 'No known country');
    expect(rows.map((row) => row.name)).toEqual(['Germany', 'France', 'No known country']);
    expect(rows[0]!.cells.map((cell) => cell?.organisations.length)).toEqual([2, 0]);
    expect(rows[1]!.cells[0]).toBeNull();
    expect(rows[2]!.code).toBeNull();
  });

  it('leaves out an empty row without country', () => {
    expect(matrixRows({ ...matrix, withoutCountry: [] }, 'none')).toHaveLength(2);
  });

  it('turns a cell into filters', () => {
    expect(filtersForCell({ ...EMPTY_FILTERS, organisationKinds: ['UNION'] }, 'DE', 'worker:crowd-workers')).toEqual({
      ...EMPTY_FILTERS,
      organisationKinds: ['UNION'],
      countries: ['DE'],
      workerTypes: ['worker:crowd-workers'],
    });
    expect(filtersForCell(EMPTY_FILTERS, null, 'worker:x').countries).toEqual([]);
  });

  it('shades cells by how full they are; unknown cells get none', () => {
    const max = maxCellSize(matrix);
    expect(max).toBe(2);
    expect(cellIntensity(matrix.cells[0]!, max)).toBe(1);
    expect(cellIntensity(matrix.cells[1]!, max)).toBe(0);
    expect(cellIntensity(null, max)).toBe(0);
  });
});
