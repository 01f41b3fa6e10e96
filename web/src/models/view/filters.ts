import { formatPeriod } from './period';
import type { Filters } from './viewState';
import type { OrganisationKind } from '../types';

/** The `GraphFilter` input the API takes; criteria left empty are left out. */
export interface GraphFilterInput {
  countries?: string[];
  workerTypes?: string[];
  organisationKinds?: OrganisationKind[];
  organisingForms?: string[];
  sessions?: string[];
  datasets?: string[];
  struggles?: string[];
  companies?: string[];
  organisers?: string[];
  period?: { from?: string; to?: string };
  undated?: 'INCLUDE' | 'EXCLUDE';
  text?: string;
}

/** The filter as a `GraphFilter` input, or null when nothing is filtered (the whole graph). */
export function toGraphFilter(filters: Filters): GraphFilterInput | null {
  const input: GraphFilterInput = {};
  if (filters.countries.length) input.countries = [...filters.countries];
  if (filters.workerTypes.length) input.workerTypes = [...filters.workerTypes];
  if (filters.organisationKinds.length) input.organisationKinds = [...filters.organisationKinds];
  if (filters.organisingForms.length) input.organisingForms = [...filters.organisingForms];
  if (filters.sessions.length) input.sessions = [...filters.sessions];
  if (filters.datasets.length) input.datasets = [...filters.datasets];
  if (filters.struggles.length) input.struggles = [...filters.struggles];
  if (filters.companies.length) input.companies = [...filters.companies];
  if (filters.organisers.length) input.organisers = [...filters.organisers];
  const period = toPeriod(filters);
  if (period) {
    input.period = period;
    // The API leaves undated facts out unless told: the explorer keeps them unless asked not to.
    input.undated = filters.undated === 'exclude' ? 'EXCLUDE' : 'INCLUDE';
  }
  const text = filters.text.trim();
  if (text) input.text = text;
  return Object.keys(input).length ? input : null;
}

/** The period as the API's `Period` (a year or month stands for all its days), or null when open at both ends. */
export function toPeriod({ since, until }: Pick<Filters, 'since' | 'until'>): { from?: string; to?: string } | null {
  if (since === null && until === null) return null;
  return { ...(since !== null ? { from: since } : {}), ...(until !== null ? { to: until } : {}) };
}

/** The filters without their period: what the timeline counts over, so it shows the whole range. */
export function withoutPeriod(filters: Filters): Filters {
  return { ...filters, since: null, until: null };
}

/** The list-valued criteria of a filter. */
export type FacetKey = Exclude<keyof Filters, 'text' | 'since' | 'until' | 'undated'>;

export const FACET_KEYS: readonly FacetKey[] = [
  'datasets',
  'countries',
  'workerTypes',
  'organisationKinds',
  'organisingForms',
  'sessions',
  'struggles',
  'companies',
  'organisers',
];

/** Adds `value` to a criterion, or removes it when it is there. */
export function toggleFilterValue(filters: Filters, key: FacetKey, value: string): Filters {
  const current = filters[key] as string[];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...filters, [key]: next };
}

export function hasActiveFilters(filters: Filters): boolean {
  return toGraphFilter(filters) !== null;
}

/** How many values are selected in all criteria (the text and the period count as one each). */
export function countActiveFilters(filters: Filters): number {
  return (
    FACET_KEYS.reduce((sum, key) => sum + filters[key].length, 0) +
    (filters.text.trim() ? 1 : 0) +
    (toPeriod(filters) ? 1 : 0)
  );
}

/** One active filter value, for the chips that show and remove them. */
export interface ActiveFilter {
  key: FacetKey | 'text' | 'period';
  value: string;
}

export function activeFilters(filters: Filters): ActiveFilter[] {
  const chips: ActiveFilter[] = FACET_KEYS.flatMap((key) =>
    (filters[key] as string[]).map((value) => ({ key, value })),
  );
  if (filters.text.trim()) chips.push({ key: 'text', value: filters.text.trim() });
  if (toPeriod(filters)) chips.push({ key: 'period', value: formatPeriod(filters.since, filters.until) });
  return chips;
}

export function removeActiveFilter(filters: Filters, chip: ActiveFilter): Filters {
  if (chip.key === 'text') return { ...filters, text: '' };
  if (chip.key === 'period') return { ...filters, since: null, until: null };
  return { ...filters, [chip.key]: (filters[chip.key] as string[]).filter((value) => value !== chip.value) };
}
