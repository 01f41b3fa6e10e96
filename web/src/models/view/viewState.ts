import { isOrganisationKind } from '../vocabulary';
import type { Language, OrganisationKind } from '../types';
import { orderedPeriod, parsePeriodEnd, type PeriodEnd } from './period';

export type ViewName = 'network' | 'table' | 'matrix';
export type LayoutName = 'fcose' | 'concentric' | 'hierarchical' | 'country';
export type SizeBy = 'none' | 'degree' | 'betweenness';
export type ColourBy = 'type' | 'community';

/** What the filters ask for; combine with AND, values within one filter with OR. */
export interface Filters {
  countries: string[];
  workerTypes: string[];
  organisationKinds: OrganisationKind[];
  organisingForms: string[];
  sessions: string[];
  /** Data-set ids (`collective-action-tech`…). */
  datasets: string[];
  struggles: string[];
  /** Organisation ids of the companies or platforms the actions stood up to. */
  companies: string[];
  /** Organisation ids of the groups that organised the actions. */
  organisers: string[];
  /** The period's first and last year or month (inclusive, `2019` or `2019-06`); null ends are open. */
  since: PeriodEnd | null;
  until: PeriodEnd | null;
  /** Under a period, whether facts no source dates are kept (and marked) or left out. */
  undated: UndatedChoice;
  text: string;
}

/** Whether undated facts are kept under a period: kept by default, so nothing disappears silently. */
export type UndatedChoice = 'include' | 'exclude';

/** A node whose neighbours were added, and how many of them at most. */
export interface Expansion {
  id: string;
  limit: number;
}

/** The exploration steps applied on top of the filtered network (what undo/redo walks through). */
export interface Explore {
  expanded: Expansion[];
  hidden: string[];
  focus: string | null;
  path: { from: string; to: string } | null;
}

/** The whole view: everything the URL holds. */
export interface ViewState {
  view: ViewName;
  lang: Language;
  filters: Filters;
  explore: Explore;
  selected: string | null;
  layout: LayoutName;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** Collective actions drawn as weighted links between what they join, instead of as entities. */
  fold: boolean;
}

/** How many neighbours an expansion shows unless the user asks for all. */
export const DEFAULT_EXPANSION_LIMIT = 25;
/** The most neighbours one expansion may ask for (the API's own bound). */
export const MAX_EXPANSION_LIMIT = 500;

export { MAX_YEAR, MIN_YEAR } from './period';

export const EMPTY_FILTERS: Filters = {
  countries: [],
  workerTypes: [],
  organisationKinds: [],
  organisingForms: [],
  sessions: [],
  datasets: [],
  struggles: [],
  companies: [],
  organisers: [],
  since: null,
  until: null,
  undated: 'include',
  text: '',
};

export const EMPTY_EXPLORE: Explore = { expanded: [], hidden: [], focus: null, path: null };

export const DEFAULT_VIEW: ViewState = {
  view: 'network',
  lang: 'EN',
  filters: EMPTY_FILTERS,
  explore: EMPTY_EXPLORE,
  selected: null,
  layout: 'fcose',
  sizeBy: 'none',
  colourBy: 'type',
  fold: false,
};

const VIEWS: readonly ViewName[] = ['network', 'table', 'matrix'];
const LAYOUTS: readonly LayoutName[] = ['fcose', 'concentric', 'hierarchical', 'country'];
const SIZES: readonly SizeBy[] = ['none', 'degree', 'betweenness'];
const COLOURS: readonly ColourBy[] = ['type', 'community'];

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key);
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function parseExpansion(raw: string): Expansion {
  const at = raw.lastIndexOf('~');
  if (at > 0) {
    const limit = Number(raw.slice(at + 1));
    if (Number.isInteger(limit) && limit > 0) {
      return { id: raw.slice(0, at), limit: Math.min(limit, MAX_EXPANSION_LIMIT) };
    }
  }
  return { id: raw, limit: DEFAULT_EXPANSION_LIMIT };
}

function formatExpansion({ id, limit }: Expansion): string {
  return limit === DEFAULT_EXPANSION_LIMIT ? id : `${id}~${limit}`;
}

/** Reads a view from a query string (`?view=table&country=DE…`); unknown or bad values fall back to defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const from = params.get('from');
  const to = params.get('to');
  return {
    view: oneOf(VIEWS, params.get('view'), DEFAULT_VIEW.view),
    lang: params.get('lang')?.toUpperCase() === 'FR' ? 'FR' : 'EN',
    filters: {
      countries: [...new Set(list(params, 'country').map((code) => code.toUpperCase()))],
      workerTypes: list(params, 'worker'),
      organisationKinds: list(params, 'kind')
        .map((kind) => kind.toUpperCase())
        .filter(isOrganisationKind),
      organisingForms: list(params, 'form'),
      sessions: list(params, 'session'),
      datasets: list(params, 'dataset'),
      struggles: list(params, 'struggle'),
      companies: list(params, 'company'),
      organisers: list(params, 'organiser'),
      ...orderedPeriod(parsePeriodEnd(params.get('since')), parsePeriodEnd(params.get('until'))),
      undated: params.get('undated') === 'exclude' ? 'exclude' : 'include',
      text: params.get('q')?.trim() ?? '',
    },
    explore: {
      expanded: dedupeExpansions(list(params, 'expand').map(parseExpansion)),
      hidden: list(params, 'hide'),
      focus: params.get('focus') || null,
      path: from && to ? { from, to } : null,
    },
    selected: params.get('sel') || null,
    layout: oneOf(LAYOUTS, params.get('layout'), DEFAULT_VIEW.layout),
    sizeBy: oneOf(SIZES, params.get('size'), DEFAULT_VIEW.sizeBy),
    colourBy: oneOf(COLOURS, params.get('colour'), DEFAULT_VIEW.colourBy),
    fold: params.get('fold') === '1',
  };
}

function dedupeExpansions(expansions: Expansion[]): Expansion[] {
  const byId = new Map<string, Expansion>();
  for (const expansion of expansions) byId.set(expansion.id, expansion);
  return [...byId.values()];
}

/** Writes a view as a query string (with the leading `?`, or `''` for the default view); defaults are left out. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string, fallback = '') => {
    if (value !== fallback) params.set(key, value);
  };
  set('view', state.view, DEFAULT_VIEW.view);
  set('lang', state.lang.toLowerCase(), 'en');
  set('country', state.filters.countries.join(','));
  set('worker', state.filters.workerTypes.join(','));
  set('kind', state.filters.organisationKinds.join(','));
  set('form', state.filters.organisingForms.join(','));
  set('session', state.filters.sessions.join(','));
  set('dataset', state.filters.datasets.join(','));
  set('struggle', state.filters.struggles.join(','));
  set('company', state.filters.companies.join(','));
  set('organiser', state.filters.organisers.join(','));
  set('since', state.filters.since ?? '');
  set('until', state.filters.until ?? '');
  set('undated', state.filters.undated, EMPTY_FILTERS.undated);
  set('q', state.filters.text.trim());
  set('expand', state.explore.expanded.map(formatExpansion).join(','));
  set('hide', state.explore.hidden.join(','));
  set('focus', state.explore.focus ?? '');
  if (state.explore.path) {
    params.set('from', state.explore.path.from);
    params.set('to', state.explore.path.to);
  }
  set('sel', state.selected ?? '');
  set('layout', state.layout, DEFAULT_VIEW.layout);
  set('size', state.sizeBy, DEFAULT_VIEW.sizeBy);
  set('colour', state.colourBy, DEFAULT_VIEW.colourBy);
  set('fold', state.fold ? '1' : '');
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}
