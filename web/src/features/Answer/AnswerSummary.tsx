import { useState } from 'react';
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

/** How many answers are listed before "show all": a long list would cover the drawing it names. */
export const ANSWER_ITEMS_SHOWN = 12;

/** Beside the network, the answer in words: what was found, each stated or inferred, each selectable. */
export function AnswerSummary({ lang, answer, sentence, selected, onSelect }: AnswerSummaryProps) {
  const [showAll, setShowAll] = useState(false);
  if (answer.kind === 'none' && !answer.items.length) return null;
  const hidden = showAll ? 0 : Math.max(0, answer.items.length - ANSWER_ITEMS_SHOWN);
  // The selected answer stays listed even beyond the first ones.
  const items = hidden
    ? answer.items.filter((item, index) => index < ANSWER_ITEMS_SHOWN || item.id === selected)
    : answer.items;
  return (
    <section className="answer-summary" aria-label={t(lang, 'answer')} data-testid="answer-summary" data-overlay>
      <p className="answer-sentence">{sentence}</p>
      {answer.items.length > 0 && (
        <ul role="list">
          {items.map((item) => (
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
          {(hidden > 0 || showAll) && answer.items.length > ANSWER_ITEMS_SHOWN && (
            <li>
              <button type="button" className="answer-more" onClick={() => setShowAll(!showAll)}>
                {showAll ? t(lang, 'answerShowFewer') : t(lang, 'answerShowAll', { n: answer.items.length })}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
