import { describeFoldedLink } from '../../models/fold/foldedLinks';
import { t } from '../../models/i18n';
import type { GraphEdge, Language } from '../../models/types';
import { BasisTag } from './ProvenanceView';

/** A folded link: its two ends, how many collective actions join them, and those actions (each selectable, with its sources). */
export function FoldedLinkDetails({
  lang,
  edge,
  labelOf,
  onSelect,
}: {
  lang: Language;
  edge: GraphEdge;
  labelOf(id: string): string;
  onSelect(id: string): void;
}) {
  const { weight, more } = describeFoldedLink(edge);
  return (
    <article className="relationship folded" aria-labelledby="details-name" data-testid="folded-link">
      <p className="type-chip">{t(lang, 'foldedLink')}</p>
      <h3 id="details-name" className="entity-name">
        <button type="button" className="link" onClick={() => onSelect(edge.source)}>
          {labelOf(edge.source)}
        </button>{' '}
        —{' '}
        <button type="button" className="link" onClick={() => onSelect(edge.target)}>
          {labelOf(edge.target)}
        </button>
      </h3>
      <p>
        {t(lang, 'foldedWeight', { n: weight })} <BasisTag lang={lang} basis={edge.basis} />
      </p>
      <h4>{t(lang, 'foldedActions')}</h4>
      <ul className="folded-actions">
        {(edge.actions ?? []).map((action) => (
          <li key={action.id}>
            <time dateTime={action.date}>{action.date}</time>{' '}
            <button type="button" className="link" onClick={() => onSelect(action.id)}>
              {action.name}
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t(lang, 'foldedMore', { n: more })}</p>}
    </article>
  );
}
