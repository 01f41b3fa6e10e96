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
 * Every word must occur, as a whole word (ranked higher) or as the start of one: `cesar garcia`
 * → `(cesar^2 OR cesar*) AND (garcia^2 OR garcia*)`. Undefined when the text has no word.
 */
export function toLuceneQuery(text: string): string | undefined {
  const tokens = searchTokens(text);
  if (tokens.length === 0) return undefined;
  return tokens.map((token) => `(${token}^2 OR ${token}*)`).join(' AND ');
}

/** The first of `candidates` in which every word of `text` starts a word; undefined if none. */
export function firstMatching(text: string, candidates: readonly string[]): string | undefined {
  const tokens = fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return candidates.find((candidate) => {
    const words = fold(candidate).match(/[\p{L}\p{N}]+/gu) ?? [];
    return tokens.every((token) => words.some((word) => word.startsWith(token)));
  });
}
