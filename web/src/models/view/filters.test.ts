import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  countActiveFilters,
  hasActiveFilters,
  removeActiveFilter,
  toggleFilterValue,
  toGraphFilter,
  toPeriod,
} from './filters';
import { EMPTY_FILTERS } from './viewState';

describe('filters', () => {
  it('sends no filter when nothing is chosen', () => {
    expect(toGraphFilter(EMPTY_FILTERS)).toBeNull();
    expect(toGraphFilter({ ...EMPTY_FILTERS, text: '   ' })).toBeNull();
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('combines criteria and leaves empty ones out', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['DE'], workerTypes: ['worker:crowd-workers'], text: ' metall ' };
    expect(toGraphFilter(filters)).toEqual({
      countries: ['DE'],
      workerTypes: ['worker:crowd-workers'],
      text: 'metall',
    });
    expect(countActiveFilters(filters)).toBe(3);
  });

  it('toggles a value on and off', () => {
    const on = toggleFilterValue(EMPTY_FILTERS, 'countries', 'DE');
    expect(on.countries).toEqual(['DE']);
    const two = toggleFilterValue(on, 'countries', 'FR');
    expect(two.countries).toEqual(['DE', 'FR']);
    expect(toggleFilterValue(two, 'countries', 'DE').countries).toEqual(['FR']);
    expect(EMPTY_FILTERS.countries).toEqual([]);
  });

  it('lists active filters as chips and removes one', () => {
    const filters = { ...EMPTY_FILTERS, countries: ['DE'], organisationKinds: ['UNION' as const], text: 'verdi' };
    const chips = activeFilters(filters);
    expect(chips).toEqual([
      { key: 'countries', value: 'DE' },
      { key: 'organisationKinds', value: 'UNION' },
      { key: 'text', value: 'verdi' },
    ]);
    expect(removeActiveFilter(filters, chips[0]!).countries).toEqual([]);
    expect(removeActiveFilter(filters, chips[2]!).text).toBe('');
  });

  it('sends the collective-action criteria and the period as the API asks', () => {
    const filters = {
      ...EMPTY_FILTERS,
      datasets: ['collective-action-tech'],
      struggles: ['struggle:ethics'],
      companies: ['org:uber'],
      organisers: ['org:twc'],
      since: '2016',
      until: null,
    };
    expect(toGraphFilter(filters)).toEqual({
      datasets: ['collective-action-tech'],
      struggles: ['struggle:ethics'],
      companies: ['org:uber'],
      organisers: ['org:twc'],
      period: { from: '2016' },
      undated: 'INCLUDE',
    });
    expect(toGraphFilter({ ...filters, undated: 'exclude' })?.undated).toBe('EXCLUDE');
    expect(toPeriod({ since: '2019-06', until: '2019-09' })).toEqual({ from: '2019-06', to: '2019-09' });
    expect(toPeriod({ since: null, until: '2020' })).toEqual({ to: '2020' });
    expect(toPeriod({ since: null, until: null })).toBeNull();
    expect(countActiveFilters(filters)).toBe(5);
  });

  it('says nothing of undated facts without a period', () => {
    expect(toGraphFilter({ ...EMPTY_FILTERS, undated: 'exclude' })).toBeNull();
    expect(toGraphFilter({ ...EMPTY_FILTERS, countries: ['DE'], undated: 'exclude' })).toEqual({ countries: ['DE'] });
  });

  it('shows the period as one chip, removed at once', () => {
    const filters = { ...EMPTY_FILTERS, since: '2016', until: '2019' };
    const chips = activeFilters(filters);
    expect(chips).toEqual([{ key: 'period', value: '2016–2019' }]);
    expect(removeActiveFilter(filters, chips[0]!)).toEqual(EMPTY_FILTERS);
  });
});
