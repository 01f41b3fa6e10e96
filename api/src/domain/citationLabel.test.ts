import { describe, expect, it } from 'vitest';
import type { CitationModel, SessionModel, SourceModel } from '../data/models';
import { citationLabel, formatTime } from './citationLabel';

const source = (language: 'EN' | 'FR'): SourceModel => ({
  type: 'SOURCE',
  id: `programme-${language.toLowerCase()}`,
  title: 'Programme',
  language,
  publisher: 'France Stratégie',
  date: '2016-07-08',
  url: 'https://www.strategie.gouv.fr',
  datasetId: null,
});
const session = (kind: SessionModel['kind'], startTime: string): SessionModel => ({
  type: 'SESSION',
  id: 'session:x',
  nameEn: 'Recap and next steps',
  nameFr: 'Synthèse et suites',
  aliases: [],
  descriptionEn: null,
  descriptionFr: null,
  degree: 2,
  provenance: { basis: 'STATED', note: null, citations: [], quotes: [], sourceUrls: [] },
  time: null,
  kind,
  order: 4,
  startTime,
  endTime: null,
  themeEn: null,
  themeFr: null,
});
const cite = (
  language: 'EN' | 'FR',
  locator: string,
  s: SessionModel | null,
  sessionNumber: number | null,
): CitationModel => ({
  source: source(language),
  locator,
  session: s,
  sessionNumber,
  url: null,
  quote: null,
});

describe('citation labels', () => {
  it('name a numbered session with its time, as each language writes times', () => {
    expect(citationLabel(cite('EN', 'session-1', session('SESSION', '09:15'), 1))).toBe('Session 1, 09:15');
    expect(citationLabel(cite('FR', 'session-1', session('SESSION', '09:15'), 1))).toBe('Session 1, 9h15');
  });

  it('name other programme items by their title in the source’s language', () => {
    expect(citationLabel(cite('EN', 'synthesis', session('SYNTHESIS', '12:10'), null))).toBe(
      'Recap and next steps, 12:10',
    );
    expect(citationLabel(cite('FR', 'synthesis', session('SYNTHESIS', '12:10'), null))).toBe(
      'Synthèse et suites, 12h10',
    );
  });

  it('name the other parts of a document, or fall back to the locator', () => {
    expect(citationLabel(cite('EN', 'header', null, null))).toBe('Header');
    expect(citationLabel(cite('FR', 'partners', null, null))).toBe('Partenaires');
    expect(citationLabel(cite('EN', 'annex-2', null, null))).toBe('annex-2');
  });

  it('formats times', () => {
    expect(formatTime('09:05', 'FR')).toBe('9h05');
    expect(formatTime('12:10', 'FR')).toBe('12h10');
    expect(formatTime('12:10', 'EN')).toBe('12:10');
  });
});
