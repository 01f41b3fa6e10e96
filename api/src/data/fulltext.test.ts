import { describe, expect, it } from 'vitest';
import { escapeLucene, firstMatching, fold, searchTokens, toLuceneQuery } from './fulltext';

describe('full-text queries', () => {
  it('folds case and accents', () => {
    expect(fold('César GARCIA Mériaux')).toBe('cesar garcia meriaux');
  });

  it('requires every word, whole or as a prefix', () => {
    expect(toLuceneQuery('César  garcia')).toBe('(cesar^2 OR cesar*) AND (garcia^2 OR garcia*)');
  });

  it('keeps only words, so Lucene syntax in user text is never an operator', () => {
    expect(searchTokens('NIdiL-Cgil (AND) "x" ~y* \\ / :')).toEqual(['nidil', 'cgil', 'and', 'x', 'y']);
    expect(toLuceneQuery('*:* OR title:x')).toBe('(or^2 OR or*) AND (title^2 OR title*) AND (x^2 OR x*)');
  });

  it("keeps an inner apostrophe or full stop, as the index's tokenizer does", () => {
    expect(searchTokens("l'IRES")).toEqual(["l'ires"]);
    expect(searchTokens('Ver.di.')).toEqual(['ver.di']);
  });

  it('is undefined for a text with no word', () => {
    expect(toLuceneQuery('  ')).toBeUndefined();
    expect(toLuceneQuery('+-!?')).toBeUndefined();
  });

  it('escapes every special character of the query syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('finds the name or alias that matched', () => {
    const designers = ['French Allianz for Design', 'Alliance française des designers'];
    expect(firstMatching('designers', designers)).toBe('Alliance française des designers');
    expect(firstMatching('francaise', designers)).toBe('Alliance française des designers');
    expect(firstMatching('allianz', designers)).toBe('French Allianz for Design');
    expect(firstMatching('cesar garcia', ['César Garcia Arnal'])).toBe('César Garcia Arnal');
    expect(firstMatching('nothing', designers)).toBeUndefined();
  });
});
