import type { ExploreStep } from '../../models/view/explore';
import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import type { Explore } from '../../models/view/viewState';

export interface DetailActionsProps {
  lang: Language;
  id: string;
  explore: Explore;
  onStep(step: ExploreStep): void;
  onPathEnd(end: 'from' | 'to'): void;
}

/** What can be done with the selected entity: the keyboard-reachable twins of the canvas gestures. */
export function DetailActions({ lang, id, explore, onStep, onPathEnd }: DetailActionsProps) {
  const expanded = explore.expanded.some((item) => item.id === id);
  return (
    <div className="button-row actions" role="group" aria-label={t(lang, 'moreActions')}>
      {expanded ? (
        <button type="button" onClick={() => onStep({ type: 'collapse', id })}>
          {t(lang, 'collapse')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={() => onStep({ type: 'expand', id })} aria-keyshortcuts="E">
          {t(lang, 'expand')}
        </button>
      )}
      <button type="button" onClick={() => onStep({ type: 'hide', id })} aria-keyshortcuts="H">
        {t(lang, 'hide')}
      </button>
      {explore.focus === id ? (
        <button type="button" onClick={() => onStep({ type: 'unfocus' })}>
          {t(lang, 'unfocus')}
        </button>
      ) : (
        <button type="button" onClick={() => onStep({ type: 'focus', id })} aria-keyshortcuts="F">
          {t(lang, 'focus')}
        </button>
      )}
      <button type="button" onClick={() => onPathEnd('from')}>
        {t(lang, 'pathFromHere')}
      </button>
      <button type="button" onClick={() => onPathEnd('to')}>
        {t(lang, 'pathToHere')}
      </button>
    </div>
  );
}
