import { kindName, t } from '../i18n';
import type { Facets, Language } from '../types';
import { isOrganisationKind } from '../vocabulary';
import type { ActiveFilter } from './filters';

/** How an active filter value reads: its option's label, a kind's name, the text in quotes, the period. */
export function filterLabel(lang: Language, chip: ActiveFilter, facets: Facets | null): string {
  if (chip.key === 'text') return `“${chip.value}”`;
  if (chip.key === 'period') return `${t(lang, 'filterPeriod')} ${chip.value}`;
  if (chip.key === 'organisationKinds') {
    return isOrganisationKind(chip.value) ? kindName(lang, chip.value) : chip.value;
  }
  return facets?.[chip.key].find((option) => option.id === chip.value)?.label ?? chip.value;
}

/** Labels joined as a sentence says them: "Germany and Freelancers", « Allemagne et Freelances ». */
export function joinLabels(lang: Language, labels: readonly string[]): string {
  return new Intl.ListFormat(lang === 'FR' ? 'fr' : 'en-GB', { type: 'conjunction' }).format(labels);
}
