import { basisName, t } from '../../models/i18n';
import type { Answer } from '../../models/view/answer';
import type { Language } from '../../models/types';

export interface AnswerSummaryProps {
  lang: Language;
  answer: Answer;
  sentence: string;
  selected: string | null;
  onSelect(id: string): void;
}

/** Beside the network, the answer in words: what was found, each stated or inferred, each selectable. */
export function AnswerSummary({ lang, answer, sentence, selected, onSelect }: AnswerSummaryProps) {
  if (answer.kind === 'none' && !answer.items.length) return null;
  return (
    <section className="answer-summary" aria-label={t(lang, 'answer')} data-testid="answer-summary" data-overlay>
      <p className="answer-sentence">{sentence}</p>
      {answer.items.length > 0 && (
        <ul role="list">
          {answer.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="answer-item"
                aria-pressed={selected === item.id}
                onClick={() => onSelect(item.id)}
              >
                {item.label}
                {item.basis && (
                  <span className={`basis basis-${item.basis.toLowerCase()}`}> ({basisName(lang, item.basis)})</span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
