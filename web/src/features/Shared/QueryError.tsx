import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import type { QueryFailure } from '../../state/useQuery';

export interface QueryErrorProps {
  lang: Language;
  error: QueryFailure;
  onRetry(): void;
  /** The view's own notice, above it, with the service's message; otherwise a panel's. */
  notice?: boolean;
}

/** Why the graph service did not answer, and a way to ask again: the one error state of every view. */
export function QueryError({ lang, error, onRetry, notice = false }: QueryErrorProps) {
  const said = t(lang, error.failure === 'unreachable' ? 'apiDown' : 'apiError');
  return (
    <div role="alert" className={notice ? 'notice error' : 'error'} data-testid={notice ? 'error' : undefined}>
      <p>
        {notice ? (
          <>
            <strong>{said}</strong> <span className="muted">{error.message}</span>
          </>
        ) : (
          said
        )}
      </p>
      <button type="button" className={notice ? 'primary' : undefined} onClick={onRetry}>
        {t(lang, 'retry')}
      </button>
    </div>
  );
}
