import { describe, expect, it } from 'vitest';
import { filterForOption, readOptionCounts } from './facetCounts';
import { EMPTY_FILTERS } from './viewState';

describe('live facet counts', () => {
  it('count an option under the other criteria, the facet set to that option alone', () => {
    const filters = { ...EMPTY_FILTERS, struggles: ['struggle:ethics'], countries: ['US'], since: '2018' };
    expect(filterForOption(filters, 'struggles', 'struggle:pay')).toEqual({
      countries: ['US'],
      struggles: ['struggle:pay'],
      period: { from: '2018' },
      undated: 'INCLUDE',
    });
    expect(filterForOption(EMPTY_FILTERS, 'datasets', 'collective-action-tech')).toEqual({
      datasets: ['collective-action-tech'],
    });
  });

  it('tell zero (none: disabled unless chosen) from not known', () => {
    const counts = readOptionCounts(
      { c0: { totalCount: 12 }, c1: { totalCount: 0 }, c2: { totalCount: 0 } },
      ['a', 'b', 'c', 'd'],
      ['c'],
    );
    expect(counts.get('a')).toEqual({ count: 12, disabled: false });
    expect(counts.get('b')).toEqual({ count: 0, disabled: true });
    expect(counts.get('c')).toEqual({ count: 0, disabled: false });
    expect(counts.get('d')).toEqual({ count: null, disabled: false });
    expect(readOptionCounts(null, ['a'], []).get('a')).toEqual({ count: null, disabled: false });
  });
});
