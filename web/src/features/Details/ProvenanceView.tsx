import { basisName, punctuation, t } from '../../models/i18n';
import { uniqueCitations } from '../../models/provenance';
import type { Basis, Language, ProvenanceData } from '../../models/types';
import { ReportLinks } from './ActionProperties';

/** A small tag saying whether a fact is stated or inferred. */
export function BasisTag({ lang, basis }: { lang: Language; basis: Basis }) {
  return (
    <span
      className={`basis basis-${basis.toLowerCase()}`}
      title={t(lang, basis === 'STATED' ? 'statedLong' : 'inferredLong')}
    >
      {basisName(lang, basis)}
    </span>
  );
}

/** Where a fact comes from: stated or inferred (and why), and each passage of each document. */
export function ProvenanceView({
  lang,
  provenance,
  showReports = true,
}: {
  lang: Language;
  provenance: ProvenanceData | undefined | null;
  /** List the reports behind the fact (off where they are shown already). */
  showReports?: boolean;
}) {
  if (!provenance) return null;
  return (
    <div className="provenance">
      <p className="provenance-basis">
        <BasisTag lang={lang} basis={provenance.basis} />{' '}
        <span>{t(lang, provenance.basis === 'STATED' ? 'statedLong' : 'inferredLong')}</span>
      </p>
      {provenance.note && (
        <p className="provenance-note">
          <strong>
            {t(lang, 'note')}
            {punctuation(lang, ':')}
          </strong>{' '}
          {provenance.note}
        </p>
      )}
      <ul className="citations">
        {uniqueCitations(provenance.citations).map((citation, index) => (
          <li key={`${citation.source.id}#${citation.locator}#${index}`} className="citation">
            <a href={citation.source.url} target="_blank" rel="noopener noreferrer">
              {citation.source.title}
            </a>{' '}
            <span className="muted">
              ({t(lang, 'documentLanguage', { lang: citation.source.language })}, {citation.source.publisher},{' '}
              {citation.source.date})
            </span>
            <br />
            <span className="citation-part">
              {citation.url ? (
                // The cited record itself, when its address is known.
                <a href={citation.url} target="_blank" rel="noopener noreferrer">
                  {citation.label}
                </a>
              ) : (
                <>
                  {t(lang, 'slot')}
                  {punctuation(lang, ':')} {citation.label}
                </>
              )}
              {citation.session && (
                <>
                  {' '}
                  — {citation.session.name} ({citation.session.startTime}
                  {citation.session.endTime ? `–${citation.session.endTime}` : ''})
                </>
              )}
            </span>
            {citation.quote && (
              <blockquote className="citation-quote" lang={citation.source.language.toLowerCase()}>
                <span className="sr-only">
                  {t(lang, 'quoteLabel')}
                  {punctuation(lang, ':')}{' '}
                </span>
                “{citation.quote}”
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      {showReports && provenance.sourceUrls.length > 0 && <ReportLinks lang={lang} urls={provenance.sourceUrls} />}
    </div>
  );
}
