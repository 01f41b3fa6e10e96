import { countActiveFilters, toggleFilterValue, type FacetKey } from '../../models/view/filters';
import { kindName, t, type MessageKey } from '../../models/i18n';
import type { Facets, FacetOption, Language } from '../../models/types';
import { EMPTY_FILTERS, type Filters } from '../../models/view/viewState';
import type { OptionCount } from '../../models/view/facetCounts';
import { ORGANISATION_KINDS } from '../../models/vocabulary';
import { PeriodFilter } from './PeriodFilter';

export interface FilterPanelProps {
  lang: Language;
  filters: Filters;
  facets: Facets | null;
  /** The values could not be fetched (the error and the retry button are shown above the view). */
  failed?: boolean;
  /** Counts under the other active filters, per facet (the organisation kinds have no other count). */
  liveCounts?: ReadonlyMap<FacetKey, ReadonlyMap<string, OptionCount>>;
  onChange(filters: Filters): void;
}

interface FacetSpec {
  key: FacetKey;
  title: MessageKey;
  options: FacetOption[];
  /** What the count counts, said for screen readers. */
  countLabel: MessageKey;
}

/** The filters: one group of checkboxes per criterion, with counts. */
export function FilterPanel({ lang, filters, facets, failed = false, liveCounts, onChange }: FilterPanelProps) {
  const specs: FacetSpec[] = [
    { key: 'datasets', title: 'filterDatasets', options: facets?.datasets ?? [], countLabel: 'countEntities' },
    {
      key: 'countries',
      title: 'filterCountries',
      options: facets?.countries ?? [],
      countLabel: 'countOrganisations',
    },
    {
      key: 'workerTypes',
      title: 'filterWorkerTypes',
      options: facets?.workerTypes ?? [],
      countLabel: 'countOrganisations',
    },
    {
      key: 'organisationKinds',
      title: 'filterKinds',
      options: ORGANISATION_KINDS.map((kind) => ({ id: kind, label: kindName(lang, kind), count: -1 })),
      countLabel: 'countOrganisations',
    },
    {
      key: 'organisingForms',
      title: 'filterForms',
      options: facets?.organisingForms ?? [],
      countLabel: 'countOrganisations',
    },
    { key: 'sessions', title: 'filterSessions', options: facets?.sessions ?? [], countLabel: 'countSpeakers' },
    { key: 'struggles', title: 'filterStruggles', options: facets?.struggles ?? [], countLabel: 'countActions' },
    { key: 'companies', title: 'filterCompanies', options: facets?.companies ?? [], countLabel: 'countActions' },
    { key: 'organisers', title: 'filterOrganisers', options: facets?.organisers ?? [], countLabel: 'countActions' },
  ];
  const active = countActiveFilters(filters);
  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <div className="panel-head">
        <h2 id="filters-title">
          {t(lang, 'filters')}
          {active > 0 && <span className="badge">{active}</span>}
        </h2>
        <button type="button" className="link" onClick={() => onChange(EMPTY_FILTERS)} disabled={active === 0}>
          {t(lang, 'clearFilters')}
        </button>
      </div>
      {specs.map((spec) => (
        <FacetGroup
          key={spec.key}
          spec={spec}
          lang={lang}
          selected={filters[spec.key] as string[]}
          failed={failed}
          loaded={facets !== null}
          live={liveCounts?.get(spec.key)}
          onToggle={(value) => onChange(toggleFilterValue(filters, spec.key, value))}
        />
      ))}
      <PeriodFilter lang={lang} filters={filters} onChange={onChange} />
    </section>
  );
}

function FacetGroup({
  spec,
  lang,
  selected,
  failed,
  loaded,
  live,
  onToggle,
}: {
  spec: FacetSpec;
  lang: Language;
  selected: string[];
  failed: boolean;
  /** The values arrived: an empty list then means none, not unknown. */
  loaded: boolean;
  live: ReadonlyMap<string, OptionCount> | undefined;
  onToggle(value: string): void;
}) {
  const title = t(lang, spec.title);
  // Values in the URL that the facet list does not know (yet) still show, so they can be removed.
  const known = new Set(spec.options.map((option) => option.id));
  const options = [
    ...spec.options,
    ...selected.filter((value) => !known.has(value)).map((value) => ({ id: value, label: value, count: -1 })),
  ];
  return (
    <details
      className="facet"
      open={selected.length > 0 || spec.key === 'datasets' || spec.key === 'countries' || spec.key === 'workerTypes'}
    >
      <summary>
        {title}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </summary>
      <fieldset>
        <legend className="sr-only">{title}</legend>
        {options.length === 0 && (
          <p className="muted">{t(lang, failed ? 'facetsUnavailable' : loaded ? 'facetNone' : 'loading')}</p>
        )}
        {allZero(options, live, selected) && <p className="muted">{t(lang, 'facetAllZero')}</p>}
        <ul className="facet-options">
          {options.map((option) => {
            // A live count (under the other filters) replaces the overall one once known.
            const state = live?.get(option.id);
            const count = state?.count ?? option.count;
            return (
              <li
                key={option.id}
                className={state?.disabled ? 'zero' : undefined}
                data-counted={state?.count != null || undefined}
              >
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.id)}
                    disabled={state?.disabled}
                    onChange={() => onToggle(option.id)}
                  />
                  <span className="facet-label">{option.label}</span>
                  {count >= 0 && (
                    <>
                      <span className="count" aria-hidden="true">
                        {count}
                      </span>
                      <span className="sr-only">
                        , {state?.disabled ? t(lang, 'facetZero') : t(lang, spec.countLabel, { n: count })}
                      </span>
                    </>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </details>
  );
}

/**
 * Every option is counted and none would show anything under the other filters: said once for the
 * facet (there are none here), unlike a facet that has no values at all (no source names any).
 */
function allZero(
  options: readonly FacetOption[],
  live: ReadonlyMap<string, OptionCount> | undefined,
  selected: readonly string[],
): boolean {
  return (
    options.length > 0 &&
    options.every((option) => {
      const state = live?.get(option.id);
      return state?.count === 0 && (state.disabled || selected.includes(option.id));
    })
  );
}
