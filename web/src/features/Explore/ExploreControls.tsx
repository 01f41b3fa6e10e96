import type { ExploreHistory, ExploreStep } from '../../models/view/explore';
import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import type { Explore } from '../../models/view/viewState';

export interface ExploreControlsProps {
  lang: Language;
  explore: Explore;
  history: ExploreHistory;
  hiddenCount: number;
  focusLabel: string | null;
  onStep(step: ExploreStep): void;
  onUndo(): void;
  onRedo(): void;
}

/** Undo, redo and reset of the exploration steps, and the way back from hiding and focus. */
export function ExploreControls(props: ExploreControlsProps) {
  const { lang, explore, history } = props;
  const changed =
    explore.expanded.length > 0 || explore.hidden.length > 0 || explore.focus !== null || explore.path !== null;
  return (
    <section className="panel explore" aria-labelledby="explore-title">
      <h2 id="explore-title">{t(lang, 'explore')}</h2>
      <div className="button-row">
        <button type="button" onClick={props.onUndo} disabled={history.past.length === 0} aria-keyshortcuts="Control+Z">
          ↶ {t(lang, 'undo')}
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={history.future.length === 0}
          aria-keyshortcuts="Control+Shift+Z"
        >
          ↷ {t(lang, 'redo')}
        </button>
        <button type="button" onClick={() => props.onStep({ type: 'reset' })} disabled={!changed}>
          {t(lang, 'reset')}
        </button>
      </div>
      {(explore.focus || props.hiddenCount > 0) && (
        <div className="button-row">
          {explore.focus && (
            <button type="button" onClick={() => props.onStep({ type: 'unfocus' })}>
              {t(lang, 'unfocus')}
            </button>
          )}
          {props.hiddenCount > 0 && (
            <button type="button" onClick={() => props.onStep({ type: 'showHidden' })}>
              {t(lang, 'showHidden', { n: props.hiddenCount })}
            </button>
          )}
        </div>
      )}
      {explore.focus && props.focusLabel && <p className="muted">{t(lang, 'focusOn', { name: props.focusLabel })}</p>}
    </section>
  );
}
