import type { Answer } from '../view/answer';
import type { Filters } from '../view/viewState';
import type { Language } from '../types';
import { t } from './messages';

/** Names of what the filters and steps refer to. */
export interface AnswerNames {
  labelOf(id: string): string;
  countryName(code: string): string;
}

/** "Crowd workers" inside a sentence: "crowd workers" (a name in capitals, like "IT", is kept). */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

function list(lang: Language, items: string[]): string {
  return new Intl.ListFormat(lang === 'FR' ? 'fr' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** The sentence that introduces an answer: "2 organisations organise crowd workers in Germany:". */
export function answerSentence(
  lang: Language,
  answer: Answer,
  filters: Filters,
  subject: string | null,
  names: AnswerNames,
): string {
  const n = answer.items.length;
  switch (answer.kind) {
    case 'path':
      return t(lang, 'answerPath');
    case 'focus':
      return t(lang, 'answerFocus', { name: subject ?? '', n });
    case 'expand':
      return answer.added
        ? t(lang, 'answerExpandNew', { name: subject ?? '', n, added: answer.added })
        : t(lang, 'answerExpand', { name: subject ?? '', n });
    case 'none':
      return t(lang, 'answerNothing');
    case 'filters': {
      if (!filters.workerTypes.length) return t(lang, n === 1 ? 'answerMatchOne' : 'answerMatchMany', { n });
      const workers = list(
        lang,
        filters.workerTypes.map((id) => inSentence(names.labelOf(id))),
      );
      const where = filters.countries.length
        ? t(lang, 'answerWhere', { countries: list(lang, filters.countries.map(names.countryName)) })
        : '';
      return t(lang, n === 1 ? 'answerOrganisesOne' : 'answerOrganisesMany', { n, workers, where });
    }
  }
}
