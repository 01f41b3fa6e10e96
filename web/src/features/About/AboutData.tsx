import { entityTypeName, formatNumber, t } from '../../models/i18n';
import type { DatasetsQuery } from '../../models/graphql/generated';
import type { Language } from '../../models/types';

type Dataset = DatasetsQuery['datasets'][number];

/** "About the data": each data set the graph was loaded from, how to cite it and what the graph holds of it. */
export function AboutData({ lang, datasets }: { lang: Language; datasets: readonly Dataset[] | null }) {
  return (
    <details className="panel about-data" data-testid="about-data">
      <summary>
        <h2>{t(lang, 'aboutData')}</h2>
      </summary>
      {datasets === null && <p className="muted">{t(lang, 'loading')}</p>}
      {datasets?.length === 0 && <p className="muted">{t(lang, 'facetNone')}</p>}
      {datasets?.map((set) => (
        <article key={set.id} className="dataset" aria-labelledby={`dataset-${set.id}`}>
          <h3 id={`dataset-${set.id}`}>
            {set.url ? (
              <a href={set.url} target="_blank" rel="noopener noreferrer">
                {set.title}
              </a>
            ) : (
              set.title
            )}
          </h3>
          <dl className="properties">
            <dt>{t(lang, 'authors')}</dt>
            <dd>{set.authors.join(', ')}</dd>
            {set.version && (
              <>
                <dt>{t(lang, 'version')}</dt>
                <dd>
                  {set.version}
                  {set.date ? ` (${set.date})` : ''}
                </dd>
              </>
            )}
            {set.licence && (
              <>
                <dt>{t(lang, 'licence')}</dt>
                <dd>{set.licence}</dd>
              </>
            )}
            {set.commit && (
              <>
                <dt>{t(lang, 'commit')}</dt>
                <dd>
                  <code>{set.commit.slice(0, 12)}</code>
                </dd>
              </>
            )}
            <dt>{t(lang, 'howToCite')}</dt>
            <dd>{set.citation}</dd>
          </dl>
          <p>
            {t(lang, 'holds', {
              n: formatNumber(lang, set.nodeCount),
              e: formatNumber(lang, set.relationshipCount),
            })}
          </p>
          <ul className="type-counts">
            {set.countsByType.map((entry) => (
              <li key={entry.type}>
                {entityTypeName(lang, entry.type)}: {formatNumber(lang, entry.count)}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </details>
  );
}
