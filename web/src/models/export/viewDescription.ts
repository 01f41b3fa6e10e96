import { t } from '../i18n';
import type { Language } from '../types';
import type { ViewState } from '../view/viewState';

/** Names of what a view refers to. */
export interface ViewNames {
  labelOf(id: string): string;
  countryName(code: string): string;
  kindName(kind: string): string;
}

/** A view in words ("Country: Germany · Worker type: Crowd workers"), and as a file name part. */
export interface ViewDescription {
  caption: string;
  /** `germany-crowd-workers`, `whole-graph`… */
  subject: string;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a view shows, for the caption of a figure and the name of an export's file. */
export function describeView(lang: Language, view: ViewState, names: ViewNames): ViewDescription {
  const { filters, explore } = view;
  const criteria: [string, string[]][] = [
    [t(lang, 'filterCountries'), filters.countries.map(names.countryName)],
    [t(lang, 'filterWorkerTypes'), filters.workerTypes.map(names.labelOf)],
    [t(lang, 'filterKinds'), filters.organisationKinds.map(names.kindName)],
    [t(lang, 'filterForms'), filters.organisingForms.map(names.labelOf)],
    [t(lang, 'filterSessions'), filters.sessions.map(names.labelOf)],
    [t(lang, 'search'), filters.text.trim() ? [filters.text.trim()] : []],
    [t(lang, 'captionExpanded'), explore.expanded.map((item) => names.labelOf(item.id))],
    [t(lang, 'focus'), explore.focus ? [names.labelOf(explore.focus)] : []],
    [t(lang, 'path'), explore.path ? [`${names.labelOf(explore.path.from)} → ${names.labelOf(explore.path.to)}`] : []],
  ];
  const used = criteria.filter(([, values]) => values.length);
  if (!used.length) return { caption: t(lang, 'wholeGraph'), subject: slug(t(lang, 'wholeGraph')) };
  const colon = lang === 'FR' ? ' : ' : ': ';
  return {
    caption: used.map(([name, values]) => `${name}${colon}${values.join(', ')}`).join(' · '),
    subject: slug(used.flatMap(([, values]) => values).join(' '))
      .slice(0, 60)
      .replace(/-+$/, ''),
  };
}
