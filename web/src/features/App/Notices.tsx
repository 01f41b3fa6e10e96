import type { ViewGraph } from '../../models/view/compose';
import type { ExploreStep } from '../../models/view/explore';
import { t } from '../../models/i18n';
import { EMPTY_FILTERS, MAX_EXPANSION_LIMIT } from '../../models/view/viewState';
import type { Facets, Language } from '../../models/types';
import { activeFilters, removeActiveFilter } from '../../models/view/filters';
import { filterLabel, joinLabels } from '../../models/view/filterLabels';
import type { Filters } from '../../models/view/viewState';
import { FOLDED_LINKS_LIMIT, NETWORK_LIMIT } from '../../models/graphql/operations';
import type { QueryFailure } from '../../state/useQuery';
import { QueryError } from '../Shared/QueryError';

export interface NoticesProps {
  lang: Language;
  graph: ViewGraph | null;
  /** The view draws collective actions folded into links: what is cut is links, not entities. */
  folded: boolean;
  loading: boolean;
  error: QueryFailure | null;
  filters: Filters;
  facets: Facets | null;
  /** How many entities the filters match, the values they name aside (null: not known yet). */
  matching: number | null;
  message: string;
  onRetry(): void;
  onFilters(filters: Filters): void;
  onStep(step: ExploreStep): void;
}

/** Loading, error and empty states, the truncation warning and the guard on large expansions. */
export function Notices(props: NoticesProps) {
  const { lang, graph } = props;
  const cutExpansions = graph?.expansions.filter((expansion) => expansion.shown < expansion.total) ?? [];
  return (
    <div className="notices">
      {props.error && <QueryError lang={lang} error={props.error} onRetry={props.onRetry} notice />}
      {props.loading && !graph && (
        <p className="notice" data-testid="loading">
          <span className="spinner" aria-hidden="true" /> {t(lang, 'loading')}
        </p>
      )}
      {graph && !props.error && !props.loading && (graph.nodes.length === 0 || props.matching === 0) && (
        <EmptyState lang={lang} filters={props.filters} facets={props.facets} onFilters={props.onFilters} />
      )}
      {graph?.truncated && (
        <p className="notice warning">
          {props.folded
            ? t(lang, 'truncatedFolded', { n: FOLDED_LINKS_LIMIT })
            : `${t(lang, 'truncated', { n: NETWORK_LIMIT })} ${t(lang, 'truncatedHint')}`}
        </p>
      )}
      {cutExpansions.map((expansion) => (
        <p key={expansion.id} className="notice warning" data-testid="expansion-guard">
          {t(lang, 'expandedInfo', { name: expansion.label, n: expansion.shown, m: expansion.total })}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              props.onStep({ type: 'expand', id: expansion.id, limit: Math.min(expansion.total, MAX_EXPANSION_LIMIT) })
            }
          >
            {t(lang, 'showAllNeighbours', { m: expansion.total })}
          </button>
        </p>
      ))}
      {props.message && <p className="notice info">{props.message}</p>}
    </div>
  );
}

/**
 * Nothing matches: the filters named, each removable, and what an empty answer means here: the
 * sources in the graph tell of nothing, which is not to say there is nothing.
 */
function EmptyState({
  lang,
  filters,
  facets,
  onFilters,
}: {
  lang: Language;
  filters: Filters;
  facets: Facets | null;
  onFilters(filters: Filters): void;
}) {
  const chips = activeFilters(filters);
  if (chips.length === 0) {
    return (
      <div className="notice empty" data-testid="empty">
        <p>{t(lang, 'empty')}</p>
      </div>
    );
  }
  const labels = chips.map((chip) => filterLabel(lang, chip, facets));
  return (
    <div className="notice empty" data-testid="empty">
      <p>
        <strong>{t(lang, 'emptyNamed', { filters: joinLabels(lang, labels) })}</strong>
      </p>
      <p>{t(lang, 'emptyUnknown')}</p>
      <ul className="chips" aria-label={t(lang, 'activeFilters')}>
        {chips.map((chip, index) => (
          <li key={`${chip.key}:${chip.value}`}>
            <button
              type="button"
              className="chip"
              aria-label={t(lang, 'removeFilter', { name: labels[index] ?? chip.value })}
              onClick={() => onFilters(removeActiveFilter(filters, chip))}
            >
              {labels[index]} <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => onFilters(EMPTY_FILTERS)}>
            {t(lang, 'clearFilters')}
          </button>
        </li>
      </ul>
    </div>
  );
}
