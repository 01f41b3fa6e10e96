import { describe, expect, it } from 'vitest';
import { findDuplicates, nameKey, type NamedEntity } from './duplicates';

const entity = (id: string, label: string, nameEn: string, dataset: string, aliases: string[] = []): NamedEntity => ({
  id,
  label,
  nameEn,
  nameFr: nameEn,
  aliases,
  dataset,
});

describe('likely duplicates', () => {
  it('reads names the same without accents, case, spaces or punctuation', () => {
    expect(nameKey('Ver.di')).toBe(nameKey('VERDI'));
    expect(nameKey('Fédération')).toBe('federation');
  });

  it('groups entities of one label sharing a name or an alias, and says when they span data sets', () => {
    const groups = findDuplicates([
      entity('org:verdi', 'Organisation', 'Ver.di', 'programme', ['verdi']),
      entity('org:ver-di', 'Organisation', 'ver di', 'actions'),
      entity('worker:gig', 'WorkerType', 'Gig workers', 'actions'),
      entity('worker:gig-2', 'WorkerType', 'Gig-workers', 'actions'),
      entity('form:verdi', 'OrganisingForm', 'Verdi', 'actions'),
      entity('org:amazon', 'Organisation', 'Amazon', 'actions'),
    ]);
    expect(groups.map((g) => [g.label, g.key, g.entities.map((e) => e.id), g.acrossDatasets])).toEqual([
      ['Organisation', 'verdi', ['org:ver-di', 'org:verdi'], true],
      ['WorkerType', 'gigworkers', ['worker:gig', 'worker:gig-2'], false],
    ]);
  });
});
