import { describe, expect, it } from 'vitest';
import type { FacetCountsQuery } from '../graphql/generated';
import type { Facets } from '../types';
import { ORGANISATION_KINDS } from '../vocabulary';
import { facetOptions, readFacetCounts } from './facetCounts';
import type { FacetKey } from './filters';
import { EMPTY_FILTERS } from './viewState';

const option = (id: string) => ({ id, label: id, count: 1 });

describe('live facet counts', () => {
  it('ask for the options every facet lists, every organisation kind among them', () => {
    const facets: Facets = {
      datasets: [option('programme')],
      countries: [option('DE'), option('FR')],
      workerTypes: [option('worker:freelancers')],
      organisingForms: [],
      sessions: [],
      struggles: [option('struggle:pay')],
      companies: [],
      organisers: [option('org:x')],
    };
    const options = facetOptions(facets);
    expect([...options.keys()]).toEqual([
      'datasets',
      'countries',
      'workerTypes',
      'organisationKinds',
      'struggles',
      'organisers',
    ]);
    expect(options.get('countries')).toEqual(['DE', 'FR']);
    expect(options.get('organisationKinds')).toEqual([...ORGANISATION_KINDS]);
  });

  it('tell zero (nothing would show: disabled unless chosen) from not known', () => {
    const answer: FacetCountsQuery = {
      facetCounts: {
        matching: 0,
        facets: [
          {
            facet: 'WORKER_TYPES',
            options: [
              { value: 'a', count: 12, matching: 40 },
              { value: 'b', count: 0, matching: 0 },
              { value: 'c', count: 0, matching: 0 },
              // No organisation, yet something else matches: counted as zero, still selectable.
              { value: 'e', count: 0, matching: 3 },
            ],
          },
        ],
      },
    };
    const asked = new Map<FacetKey, string[]>([
      ['workerTypes', ['a', 'b', 'c', 'd', 'e']],
      ['countries', ['DE']],
    ]);
    const live = readFacetCounts(answer, asked, { ...EMPTY_FILTERS, workerTypes: ['c'] });
    const workers = live.facets.get('workerTypes');
    expect(workers?.get('a')).toEqual({ count: 12, disabled: false });
    expect(workers?.get('b')).toEqual({ count: 0, disabled: true });
    expect(workers?.get('c')).toEqual({ count: 0, disabled: false });
    expect(workers?.get('d')).toEqual({ count: null, disabled: false });
    expect(workers?.get('e')).toEqual({ count: 0, disabled: false });
    expect(live.facets.get('countries')?.get('DE')).toEqual({ count: null, disabled: false });
    expect(live.matching).toBe(0);
    const unknown = readFacetCounts(null, asked, EMPTY_FILTERS);
    expect(unknown.matching).toBeNull();
    expect(unknown.facets.get('workerTypes')?.get('a')).toEqual({ count: null, disabled: false });
  });
});
