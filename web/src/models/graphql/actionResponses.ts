import type { ActionFacets, FacetOption } from '../types';
import type { ActionFacetsQuery, DatasetsQuery } from './generated';

/**
 * Reads the collective-action filter values: data sets by title with their entity counts, struggles
 * with their action counts, and the organisations as companies (actions stood up to them) or
 * organising groups (they organised actions); one organisation may be both.
 */
export function readActionFacets(
  facets: ActionFacetsQuery | null,
  datasets: DatasetsQuery | null,
  collatorLang: 'EN' | 'FR',
): ActionFacets {
  const collator = new Intl.Collator(collatorLang === 'FR' ? 'fr' : 'en', { sensitivity: 'base' });
  const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label);
  const organisations = facets?.actionOrganisations.nodes ?? [];
  return {
    datasets: (datasets?.datasets ?? []).map((set) => ({ id: set.id, label: set.title, count: set.nodeCount })),
    struggles: (facets?.struggles.nodes ?? [])
      .map((struggle) => ({ id: struggle.id, label: struggle.name, count: struggle.actions.totalCount }))
      .sort(byLabel),
    companies: organisations
      .filter((organisation) => organisation.targeted.totalCount > 0)
      .map((organisation) => ({
        id: organisation.id,
        label: organisation.name,
        count: organisation.targeted.totalCount,
      }))
      .sort(byLabel),
    organisers: organisations
      .filter((organisation) => organisation.organised.totalCount > 0)
      .map((organisation) => ({
        id: organisation.id,
        label: organisation.name,
        count: organisation.organised.totalCount,
      }))
      .sort(byLabel),
  };
}
