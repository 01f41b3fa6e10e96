import type { ReactNode } from 'react';
import { formatNumber, t, type MessageKey } from '../../models/i18n';
import type { EntityDetails } from '../../models/graphql/responses';
import type { Language } from '../../models/types';

const PRECISION: Record<string, MessageKey> = { DAY: 'precisionDay', MONTH: 'precisionMonth', YEAR: 'precisionYear' };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What a collective action's record says: its date and precision, who, where, how, about what, and its reports. */
export function ActionProperties({
  lang,
  node,
  onSelect,
}: {
  lang: Language;
  node: EntityDetails;
  onSelect(id: string): void;
}) {
  if (node.actionDate === undefined) return null;
  const links = (term: MessageKey, items: readonly { id: string; name: string }[] | undefined) =>
    items && items.length > 0 ? (
      <Row term={t(lang, term)}>
        {items.map((item, index) => (
          <span key={item.id}>
            {index > 0 && ', '}
            <button type="button" className="link" onClick={() => onSelect(item.id)}>
              {item.name}
            </button>
          </span>
        ))}
      </Row>
    ) : null;
  const precision = node.datePrecision ? PRECISION[node.datePrecision] : undefined;
  return (
    <section className="action-record" data-testid="action-record">
      <dl className="properties">
        <Row term={t(lang, 'actionDate')}>
          <time dateTime={node.actionDate}>{node.actionDate}</time>
          {precision && <span className="muted"> ({t(lang, precision)})</span>}
          {node.dateRaw && node.dateRaw !== node.actionDate && (
            <span className="muted"> — {t(lang, 'dateAsWritten', { raw: node.dateRaw })}</span>
          )}
        </Row>
        {node.dataset && <Row term={t(lang, 'dataset')}>{node.dataset.title}</Row>}
        {node.workers != null && <Row term={t(lang, 'workers')}>{formatNumber(lang, node.workers)}</Row>}
        {node.online != null && <Row term={t(lang, 'online')}>{t(lang, node.online ? 'yes' : 'no')}</Row>}
        {node.locations && node.locations.length > 0 && (
          <Row term={t(lang, 'locations')}>{node.locations.join(' · ')}</Row>
        )}
        {links('forms', node.forms)}
        {links('struggles', node.struggles)}
        {links('workerTypes', node.workerTypes)}
        {links('companies', node.companies)}
        {links('countries', node.actionCountries)}
        {links('organisers', node.organisers)}
        {node.tagsRaw && node.tagsRaw.length > 0 && <Row term={t(lang, 'tags')}>{node.tagsRaw.join(' · ')}</Row>}
      </dl>
      {node.sourceUrls && node.sourceUrls.length > 0 && <ReportLinks lang={lang} urls={node.sourceUrls} />}
    </section>
  );
}

/** The reports a source gives (press articles), each a link opened in a new tab. */
export function ReportLinks({ lang, urls }: { lang: Language; urls: readonly string[] }) {
  return (
    <section className="reports" data-testid="reports">
      <h4>{t(lang, 'reports')}</h4>
      <ul>
        {[...new Set(urls)].map((url) => (
          <li key={url}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {hostOf(url)}
            </a>{' '}
            <span className="sr-only">{t(lang, 'opensInNewTab')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A report's site and path, shorter than its whole address. */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return url;
  }
}
