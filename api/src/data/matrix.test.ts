import { describe, expect, it } from 'vitest';
import type { CountryModel, OrganisationModel, WorkerTypeModel } from './models';
import { assembleMatrix } from './matrix';

const base = {
  aliases: [],
  descriptionEn: null,
  descriptionFr: null,
  degree: 1,
  provenance: { basis: 'STATED' as const, note: null, citations: [], quotes: [], sourceUrls: [] },
  time: null,
};
const country = (code: string): CountryModel => ({
  ...base,
  type: 'COUNTRY',
  id: `country:${code}`,
  nameEn: code,
  nameFr: code,
  code,
});
const workerType = (slug: string): WorkerTypeModel => ({
  ...base,
  type: 'WORKER_TYPE',
  id: `worker:${slug}`,
  nameEn: slug,
  nameFr: slug,
});
const org = (slug: string): OrganisationModel => ({
  ...base,
  type: 'ORGANISATION',
  id: `org:${slug}`,
  nameEn: slug,
  nameFr: slug,
  kind: 'UNION',
  kindBasis: 'STATED',
  url: null,
});

describe('assembleMatrix', () => {
  const [de, it_] = [country('DE'), country('IT')];
  const [crowd, selfEmployed] = [workerType('crowd'), workerType('self')];
  const organisations = new Map([org('a'), org('b'), org('c')].map((o) => [o.id, o]));
  const matrix = assembleMatrix([de, it_], [crowd, selfEmployed], organisations, [
    { organisation: 'org:b', workerType: crowd.id, country: de.id },
    { organisation: 'org:a', workerType: crowd.id, country: de.id },
    { organisation: 'org:c', workerType: selfEmployed.id, country: null },
  ]);

  it('lays out one cell per country and worker type, row by row, unknown when empty', () => {
    expect(
      matrix.cells.map((c) => [c.country?.code, c.workerType.nameEn, c.organisations.map((o) => o.nameEn), c.unknown]),
    ).toEqual([
      ['DE', 'crowd', ['a', 'b'], false],
      ['DE', 'self', [], true],
      ['IT', 'crowd', [], true],
      ['IT', 'self', [], true],
    ]);
  });

  it('counts an organisation through the actions it organised there, as inferred unless a source says so', () => {
    const withActions = assembleMatrix(
      [de],
      [crowd],
      organisations,
      [{ organisation: 'org:b', workerType: crowd.id, country: de.id }],
      [
        { organisation: 'org:b', workerType: crowd.id, country: de.id, action: 'action:1' },
        { organisation: 'org:c', workerType: crowd.id, country: de.id, action: 'action:1' },
        { organisation: 'org:c', workerType: crowd.id, country: de.id, action: 'action:2' },
      ],
    );
    const [cell] = withActions.cells;
    expect(cell?.organisations.map((o) => o.nameEn)).toEqual(['b', 'c']);
    expect(cell?.inferred.map((o) => o.nameEn)).toEqual(['c']);
    expect(cell?.actionCount).toBe(2);
    expect(cell?.unknown).toBe(false);
  });

  it('marks as inferred an organisation that an inferred link puts in a cell, unless a stated chain does too', () => {
    const chains = assembleMatrix([de], [crowd], organisations, [
      { organisation: 'org:a', workerType: crowd.id, country: de.id, inferred: true },
      { organisation: 'org:b', workerType: crowd.id, country: de.id, inferred: true },
      { organisation: 'org:b', workerType: crowd.id, country: de.id, inferred: false },
    ]);
    const [cell] = chains.cells;
    expect(cell?.organisations.map((o) => o.nameEn)).toEqual(['a', 'b']);
    expect(cell?.inferred.map((o) => o.nameEn)).toEqual(['a']);
    expect(cell?.actionCount).toBe(0);
  });

  it('lists organisations without a country apart', () => {
    expect(
      matrix.withoutCountry.map((c) => [c.country, c.workerType.nameEn, c.organisations.map((o) => o.nameEn)]),
    ).toEqual([[null, 'self', ['c']]]);
  });
});
