import type { Language } from '../data/models';

/** The English or the French of a pair of texts. */
export function inLanguage<T>(lang: Language, en: T, fr: T): T {
  return lang === 'FR' ? fr : en;
}
