import { describe, expect, it } from 'vitest';
import { punctuation, t } from './messages';

describe('counts in words', () => {
  it('says one thing in the singular, in both languages', () => {
    expect(t('FR', 'countOrganisations', { n: 1 })).toBe('1 organisation');
    expect(t('FR', 'countOrganisations', { n: 2 })).toBe('2 organisations');
    expect(t('EN', 'showingEdges', { n: '1' })).toBe('1 relationship');
    expect(t('FR', 'showing', { n: '1', m: '73' })).toBe('1 entité affichée sur 73');
    expect(t('FR', 'showing', { n: '10', m: '73' })).toBe('10 entités affichées sur 73');
  });

  it('calls an organisation’s kind a kind in French, and names the page in its language', () => {
    expect(t('FR', 'colKind')).toBe('Type d’organisation');
    expect(t('FR', 'documentTitle')).toBe('Faire collectif — explorateur');
  });

  it('puts a no-break space before a colon or semicolon in French only', () => {
    expect(`Note${punctuation('FR', ':')}`).toBe('Note\u00a0:');
    expect(`Note${punctuation('EN', ':')}`).toBe('Note:');
    expect(punctuation('FR', ';')).toBe('\u00a0;');
  });
});
