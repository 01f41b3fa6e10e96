import { activeFilters, removeActiveFilter, toPeriod } from '../../models/view/filters';
import { formatNumber, t } from '../../models/i18n';
import type { Facets, Language } from '../../models/types';
import type { Filters } from '../../models/view/viewState';
import { filterLabel } from '../../models/view/filterLabels';

export interface StatusBarProps {
  lang: Language;
  shown: number;
  total: number;
  edges: number;
  /** Under a period: how many matched entities no source dates (kept and marked, or left out). */
  undatedCount: number | null;
  filters: Filters;
  facets: Facets | null;
  onFilters(filters: Filters): void;
}

/** "Showing N of M", and the filters in force as removable chips. */
export function StatusBar(props: StatusBarProps) {
  const { lang } = props;
  const chips = activeFilters(props.filters);
  return (
    <div className="status-bar">
      <p className="counts" data-testid="counts">
        <strong>
          {t(lang, 'showing', { n: formatNumber(lang, props.shown), m: formatNumber(lang, props.total) })}
        </strong>
        {' · '}
        {t(lang, 'showingEdges', { n: formatNumber(lang, props.edges) })}
        {toPeriod(props.filters) && props.undatedCount !== null && (
          <span data-testid="undated-count">
            {' · '}
            {t(lang, props.filters.undated === 'exclude' ? 'undatedLeftOut' : 'undatedShown', {
              n: formatNumber(lang, props.undatedCount),
            })}
          </span>
        )}
      </p>
      {chips.length > 0 && (
        <ul className="chips" aria-label={t(lang, 'activeFilters')}>
          {chips.map((chip) => {
            const label = filterLabel(lang, chip, props.facets);
            return (
              <li key={`${chip.key}:${chip.value}`}>
                <button
                  type="button"
                  className="chip"
                  aria-label={t(lang, 'removeFilter', { name: label })}
                  onClick={() => props.onFilters(removeActiveFilter(props.filters, chip))}
                >
                  {label} <span aria-hidden="true">✕</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
