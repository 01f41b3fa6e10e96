import { t } from '../../models/i18n';
import type { Language } from '../../models/types';

export interface LinkNoticeProps {
  lang: Language;
  leftOut: readonly string[];
  onDismiss(): void;
}

/** What an address named that the view had to leave out; the rest of the view is shown. */
export function LinkNotice({ lang, leftOut, onDismiss }: LinkNoticeProps) {
  if (!leftOut.length) return null;
  return (
    <div className="notice warning link-notice" role="status" data-testid="link-notice">
      <p>{t(lang, 'unknownInLink', { items: leftOut.join(', ') })}</p>
      <button type="button" onClick={onDismiss}>
        {t(lang, 'dismiss')}
      </button>
    </div>
  );
}
