import { t } from '../../models/i18n';
import { FOLDED_LOOK } from '../../models/cytoscape/palette';
import type { Language } from '../../models/types';

function FoldedLine({ width, dashed = false }: { width: number; dashed?: boolean }) {
  return (
    <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="6"
        x2="29"
        y2="6"
        stroke={FOLDED_LOOK.colour}
        strokeWidth={width}
        strokeDasharray={dashed ? '6 3' : undefined}
      />
    </svg>
  );
}

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
      {fold && (
        // What the folded links' widths and dashes mean, beside the option that draws them.
        <ul className="legend-list fold-legend" aria-label={t(lang, 'legend')}>
          <li>
            <FoldedLine width={2} /> <FoldedLine width={8} /> {t(lang, 'legendFolded')}
          </li>
          <li>
            <FoldedLine width={2} dashed /> {t(lang, 'legendInferred')}
          </li>
        </ul>
      )}
    </section>
  );
}
