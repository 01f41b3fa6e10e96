import type { ReactNode } from 'react';
import { kindName, t } from '../../models/i18n';
import type { Language } from '../../models/types';
import type { EntityDetails } from '../../models/graphql/responses';
import { BasisTag, ProvenanceView } from './ProvenanceView';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function timeRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return '';
  return end ? `${start}–${end}` : start;
}

/** The properties of an entity that its type has, in the chosen language. */
export function EntityProperties({
  lang,
  node,
  onSelect,
}: {
  lang: Language;
  node: EntityDetails;
  onSelect(id: string): void;
}) {
  const link = (id: string, name: string) => (
    <button type="button" className="link" onClick={() => onSelect(id)}>
      {name}
    </button>
  );
  const otherName = lang === 'FR' ? node.nameEn : node.nameFr;
  const aliases = [...new Set([otherName, ...node.aliases].filter((alias) => alias && alias !== node.name))];
  return (
    <>
      <dl className="properties">
        {node.description && <Row term={t(lang, 'description')}>{node.description}</Row>}
        {node.kind && (
          <Row term={t(lang, 'kind')}>
            {kindName(lang, node.kind)} {node.kindBasis && <BasisTag lang={lang} basis={node.kindBasis} />}
          </Row>
        )}
        {node.code && <Row term={t(lang, 'code')}>{node.code}</Row>}
        {node.countries && node.countries.length > 0 && (
          <Row term={t(lang, 'countries')}>
            {node.countries.map((country, index) => (
              <span key={country.id}>
                {index > 0 && ', '}
                {link(country.id, country.name)}
              </span>
            ))}
          </Row>
        )}
        {node.url && (
          <Row term={t(lang, 'website')}>
            <a href={node.url} target="_blank" rel="noreferrer">
              {node.url}
            </a>
          </Row>
        )}
        {node.event && (
          <Row term={t(lang, 'event')}>{link(node.event.id, `${node.event.name} (${node.event.date})`)}</Row>
        )}
        {node.date && <Row term={t(lang, 'date')}>{node.date}</Row>}
        {(node.startTime ?? node.eventStartTime) && (
          <Row term={t(lang, 'time')}>{timeRange(node.startTime ?? node.eventStartTime, node.endTime)}</Row>
        )}
        {node.theme && <Row term={t(lang, 'theme')}>{node.theme}</Row>}
        {node.format && <Row term={t(lang, 'format')}>{node.format}</Row>}
        {(node.address || node.city || node.country) && (
          <Row term={t(lang, 'venue')}>
            {[node.address, node.city].filter(Boolean).join(', ')}
            {node.country && <> ({link(node.country.id, node.country.name)})</>}
          </Row>
        )}
        {aliases.length > 0 && <Row term={t(lang, 'aliases')}>{aliases.join(' · ')}</Row>}
        <Row term={t(lang, 'degree')}>{node.degree}</Row>
      </dl>
      {node.roles && node.roles.length > 0 && (
        <section className="facts" data-testid="roles">
          <h4>{t(lang, 'roles')}</h4>
          <ul>
            {node.roles.map((role) => (
              <li key={role.id} className="fact">
                <p>
                  {role.title ? <strong>{role.title}</strong> : null}
                  {role.title ? ', ' : ''}
                  {link(role.organisation.id, role.organisation.name)}{' '}
                  <BasisTag lang={lang} basis={role.provenance.basis} />
                </p>
                <ProvenanceView lang={lang} provenance={role.provenance} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {node.appearances && node.appearances.length > 0 && (
        <section className="facts" data-testid="appearances">
          <h4>{t(lang, 'appearances')}</h4>
          <ul>
            {node.appearances.map((appearance) => (
              <li key={appearance.id} className="fact">
                <p>
                  {link(appearance.session.id, appearance.session.name)}{' '}
                  <span className="muted">{timeRange(appearance.session.startTime, appearance.session.endTime)}</span>
                  {appearance.contribution && <> — {appearance.contribution}</>}{' '}
                  <BasisTag lang={lang} basis={appearance.provenance.basis} />
                </p>
                <ProvenanceView lang={lang} provenance={appearance.provenance} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
