// Turns what a person types into a query for the `entity_search` full-text index. The index folds
// case and accents (standard-folding analyzer) but wildcard terms bypass the analyzer, so the text
// is folded here the same way before prefix terms are built.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower case without diacritics: `César` → `cesar`. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Backslash-escapes Lucene's query syntax so user text is only ever terms. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/**
 * The folded words of a text: letters and digits, with an inner apostrophe or full stop kept as
 * the index's tokenizer keeps them (`l'ires`, `ver.di`).
 */
export function searchTokens(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu) ?? []).map(escapeLucene);
}

/**
 * The English stop words of the index's analyzer (Lucene's list): the index drops them, so a query
 * must not require them.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** The longest text a search or a filter takes, and the most words: longer ones overflow Lucene. */
export const SEARCH_TEXT_LIMITS = { characters: 200, words: 24 } as const;

/** Why `text` is too long to search for, or undefined when it is not. */
export function searchTextTooLong(text: string): string | undefined {
  if (text.length > SEARCH_TEXT_LIMITS.characters) {
    return `at most ${SEARCH_TEXT_LIMITS.characters} characters, got ${text.length}`;
  }
  const words = searchTokens(text).length;
  if (words > SEARCH_TEXT_LIMITS.words) return `at most ${SEARCH_TEXT_LIMITS.words} words, got ${words}`;
  return undefined;
}

/** Names and aliases weigh most, a name's word start next, descriptions and kinds least. */
const FIELD_BOOSTS: ReadonlyArray<readonly [field: string, word: number, start: number]> = [
  ['nameEn', 8, 4],
  ['nameFr', 8, 4],
  ['searchText', 8, 4],
  ['searchDescription', 1, 0.5],
];

/** One word as a whole word (ranked higher) or the start of one, in any field of the index. */
function wordClause(token: string): string {
  return `(${FIELD_BOOSTS.map(([field, word, start]) => `${field}:${token}^${word} ${field}:${token}*^${start}`).join(' ')})`;
}

/**
 * Every word must occur, as a whole word or as the start of one, in a name, an alias, a
 * description or a kind: `cesar garcia` → `+(nameEn:cesar^8 nameEn:cesar*^4 …) +(…garcia…)`.
 * Stop words are optional unless the text has nothing else (the index holds none of them).
 * Undefined when the text has no word.
 */
export function toLuceneQuery(text: string): string | undefined {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return undefined;
  const onlyStopWords = tokens.every((token) => STOP_WORDS.has(token));
  return tokens.map((token) => `${onlyStopWords || !STOP_WORDS.has(token) ? '+' : ''}${wordClause(token)}`).join(' ');
}

/** The first of `candidates` in which every word of `text` starts a word; undefined if none. */
export function firstMatching(text: string, candidates: readonly string[]): string | undefined {
  const tokens = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return candidates.find((candidate) => {
    const words = fold(candidate).match(/[\p{L}\p{N}]+/gu) ?? [];
    return tokens.every((token) => words.some((word) => word.startsWith(token)));
  });
}
