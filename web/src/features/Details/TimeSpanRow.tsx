import { t } from '../../models/i18n';
import { describeTimeSpan, type TimeSpanData } from '../../models/timeline/timeSpan';
import type { Language } from '../../models/types';

/**
 * When the selected fact holds, as its source dates it (`June 2019 – 2020`, `as of 8 July 2016`);
 * under a period, "undated" for a fact no source dates. Nothing for what is neither.
 */
export function TimeSpanRow({
  lang,
  time,
  undated,
}: {
  lang: Language;
  time: TimeSpanData | null | undefined;
  undated: boolean;
}) {
  const span = describeTimeSpan(lang, time);
  if (!span && !undated) return null;
  return (
    <dl className="properties" data-testid="time-span">
      <dt>{t(lang, 'detailsWhen')}</dt>
      <dd>{span ?? <span className="muted">{t(lang, 'detailsUndated')}</span>}</dd>
    </dl>
  );
}
