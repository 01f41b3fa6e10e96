import type { Filters } from './viewState';
import type { OrganisationKind } from '../types';

/** The `GraphFilter` input the API takes; criteria left empty are left out. */
export interface GraphFilterInput {
  countries?: string[];
  workerTypes?: string[];
  organisationKinds?: OrganisationKind[];
  organisingForms?: string[];
  sessions?: string[];
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
  const text = filters.text.trim();
  if (text) input.text = text;
  return Object.keys(input).length ? input : null;
}

/** The list-valued criteria of a filter. */
export type FacetKey = Exclude<keyof Filters, 'text'>;

export const FACET_KEYS: readonly FacetKey[] = [
  'countries',
  'workerTypes',
  'organisationKinds',
  'organisingForms',
  'sessions',
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

/** How many values are selected in all criteria (the text counts as one). */
export function countActiveFilters(filters: Filters): number {
  return FACET_KEYS.reduce((sum, key) => sum + filters[key].length, 0) + (filters.text.trim() ? 1 : 0);
}

/** One active filter value, for the chips that show and remove them. */
export interface ActiveFilter {
  key: FacetKey | 'text';
  value: string;
}

export function activeFilters(filters: Filters): ActiveFilter[] {
  const chips: ActiveFilter[] = FACET_KEYS.flatMap((key) =>
    (filters[key] as string[]).map((value) => ({ key, value })),
  );
  if (filters.text.trim()) chips.push({ key: 'text', value: filters.text.trim() });
  return chips;
}

export function removeActiveFilter(filters: Filters, chip: ActiveFilter): Filters {
  if (chip.key === 'text') return { ...filters, text: '' };
  return { ...filters, [chip.key]: (filters[chip.key] as string[]).filter((value) => value !== chip.value) };
}
