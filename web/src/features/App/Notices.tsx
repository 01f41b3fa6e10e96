import type { ViewGraph } from '../../models/view/compose';
import type { ExploreStep } from '../../models/view/explore';
import { t } from '../../models/i18n';
import { MAX_EXPANSION_LIMIT } from '../../models/view/viewState';
import type { Language } from '../../models/types';
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
  hasFilters: boolean;
  message: string;
  onRetry(): void;
  onClearFilters(): void;
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
      {graph && !props.error && graph.nodes.length === 0 && !props.loading && (
        <div className="notice empty" data-testid="empty">
          <p>{t(lang, 'empty')}</p>
          {props.hasFilters && (
            <button type="button" onClick={props.onClearFilters}>
              {t(lang, 'clearFilters')}
            </button>
          )}
        </div>
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
