import { t } from '../../models/i18n';
import type { Language } from '../../models/types';
import type { ColourBy, LayoutName, SizeBy } from '../../models/view/viewState';

export interface InsightControlsProps {
  lang: Language;
  layout: LayoutName;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  communityCount: number | null;
  onLayout(layout: LayoutName): void;
  onSizeBy(sizeBy: SizeBy): void;
  onColourBy(colourBy: ColourBy): void;
}

/** Layout, and sizing and colouring by metrics computed on the view. */
export function InsightControls(props: InsightControlsProps) {
  const { lang } = props;
  return (
    <section className="panel insight" aria-labelledby="insight-title">
      <h2 id="insight-title">{t(lang, 'insight')}</h2>
      <label className="field">
        <span>{t(lang, 'layout')}</span>
        <select value={props.layout} onChange={(event) => props.onLayout(event.target.value as LayoutName)}>
          <option value="fcose">{t(lang, 'layoutFcose')}</option>
          <option value="concentric">{t(lang, 'layoutConcentric')}</option>
          <option value="hierarchical">{t(lang, 'layoutHierarchical')}</option>
          <option value="country">{t(lang, 'layoutCountry')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t(lang, 'sizeBy')}</span>
        <select value={props.sizeBy} onChange={(event) => props.onSizeBy(event.target.value as SizeBy)}>
          <option value="none">{t(lang, 'sizeNone')}</option>
          <option value="degree">{t(lang, 'sizeDegree')}</option>
          <option value="betweenness">{t(lang, 'sizeBetweenness')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t(lang, 'colourBy')}</span>
        <select value={props.colourBy} onChange={(event) => props.onColourBy(event.target.value as ColourBy)}>
          <option value="type">{t(lang, 'colourType')}</option>
          <option value="community">{t(lang, 'colourCommunity')}</option>
        </select>
      </label>
      {props.colourBy === 'community' && props.communityCount !== null && (
        <p className="muted">{t(lang, 'communities', { n: props.communityCount })}</p>
      )}
    </section>
  );
}
