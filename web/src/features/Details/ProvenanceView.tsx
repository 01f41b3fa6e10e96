import { basisName, t } from '../../models/i18n';
import type { Basis, Language, ProvenanceData } from '../../models/types';

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
}: {
  lang: Language;
  provenance: ProvenanceData | undefined | null;
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
          <strong>{t(lang, 'note')}:</strong> {provenance.note}
        </p>
      )}
      <ul className="citations">
        {provenance.citations.map((citation, index) => (
          <li key={`${citation.source.id}#${citation.locator}#${index}`} className="citation">
            <a href={citation.source.url} target="_blank" rel="noreferrer">
              {citation.source.title}
            </a>{' '}
            <span className="muted">
              ({t(lang, 'documentLanguage', { lang: citation.source.language })}, {citation.source.publisher},{' '}
              {citation.source.date})
            </span>
            <br />
            <span className="citation-part">
              {t(lang, 'slot')}: {citation.label}
              {citation.session && (
                <>
                  {' '}
                  — {citation.session.name} ({citation.session.startTime}
                  {citation.session.endTime ? `–${citation.session.endTime}` : ''})
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
