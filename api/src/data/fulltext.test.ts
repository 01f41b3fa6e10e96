import { describe, expect, it } from 'vitest';
import { escapeLucene, firstMatching, fold, searchTextTooLong, searchTokens, toLuceneQuery } from './fulltext';

describe('full-text queries', () => {
  it('folds case and accents', () => {
    expect(fold('César GARCIA Mériaux')).toBe('cesar garcia meriaux');
  });

  const clause = (word: string) =>
    `(nameEn:${word}^8 nameEn:${word}*^4 nameFr:${word}^8 nameFr:${word}*^4 searchText:${word}^8 searchText:${word}*^4 ` +
    `searchDescription:${word}^1 searchDescription:${word}*^0.5)`;

  it('requires every word, whole or as a prefix, names weighing more than descriptions', () => {
    expect(toLuceneQuery('César  garcia')).toBe(`+${clause('cesar')} +${clause('garcia')}`);
  });

  it('leaves stop words optional, as the index drops them, unless there is nothing else', () => {
    expect(toLuceneQuery('Sharers and Workers')).toBe(`+${clause('sharers')} ${clause('and')} +${clause('workers')}`);
    expect(toLuceneQuery('The')).toBe(`+${clause('the')}`);
  });

  it('says when a text is too long to search for', () => {
    expect(searchTextTooLong('x'.repeat(200))).toBeUndefined();
    expect(searchTextTooLong('x'.repeat(201))).toBe('at most 200 characters, got 201');
    expect(searchTextTooLong('a '.repeat(25))).toBe('at most 24 words, got 25');
  });

  it('keeps only words, so Lucene syntax in user text is never an operator', () => {
    expect(searchTokens('NIdiL-Cgil (AND) "x" ~y* \\ / :')).toEqual(['nidil', 'cgil', 'and', 'x', 'y']);
    expect(toLuceneQuery('*:* OR title:x')).toBe(`${clause('or')} +${clause('title')} +${clause('x')}`);
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
