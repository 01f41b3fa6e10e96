import { t } from '../../models/i18n';
import type { Language } from '../../models/types';

/** The option that draws collective actions as weighted links between what they join. */
export function FoldToggle({ lang, fold, onFold }: { lang: Language; fold: boolean; onFold(fold: boolean): void }) {
  return (
    <section className="panel fold" aria-labelledby="fold-title">
      <h2 id="fold-title" className="sr-only">
        {t(lang, 'fold')}
      </h2>
      <label className="toggle">
        <input type="checkbox" checked={fold} onChange={(event) => onFold(event.target.checked)} /> {t(lang, 'fold')}
      </label>
      <p className="muted">{t(lang, 'foldHelp')}</p>
    </section>
  );
}
