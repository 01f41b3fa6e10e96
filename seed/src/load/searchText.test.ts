import { describe, expect, it } from 'vitest';
import { innerWords, searchDescription, searchText } from './searchText';

describe('search properties', () => {
  it('stores the words inside compound names and handles', () => {
    expect(innerWords('FairCrowdWork Watch')).toBe('Fair Crowd Work | CrowdWork');
    expect(innerWords('@Strategie_Gouv')).toBe('Strategie Gouv');
    expect(innerWords("Coopérative d'activité et d’emploi")).toBe('d activité | d emploi');
    expect(innerWords('Ver.di')).toBe('');
  });

  it('joins aliases and inner words; descriptions and the kind in both languages apart', () => {
    const record = {
      label: 'Organisation' as const,
      nameEn: 'FairCrowdWork Watch',
      nameFr: 'FairCrowdWork Watch',
      aliases: ['FairCrowdWork'],
      descriptionFr: 'Plateforme du syndicat allemand IG Metall',
      kind: 'UNION_INITIATIVE',
    };
    expect(searchText(record)).toBe('FairCrowdWork | Fair Crowd Work | CrowdWork');
    expect(searchDescription(record)).toBe(
      'Plateforme du syndicat allemand IG Metall | Union initiative | Initiative syndicale',
    );
    expect(searchDescription({ ...record, label: 'Session', kind: 'TALK', descriptionFr: undefined })).toBe('');
  });
});
