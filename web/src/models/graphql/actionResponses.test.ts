import { describe, expect, it } from 'vitest';
import { readActionFacets } from './actionResponses';

const organisation = (id: string, name: string, organised: number, targeted: number) => ({
  id,
  name,
  organised: { totalCount: organised },
  targeted: { totalCount: targeted },
});

describe('the collective-action filter values', () => {
  it('split organisations into companies and organising groups by the part they played', () => {
    const facets = readActionFacets(
      {
        struggles: { nodes: [{ id: 'struggle:pay', name: 'Pay', actions: { totalCount: 40 } }] },
        actionOrganisations: {
          nodes: [
            organisation('org:uber', 'Uber', 0, 30),
            organisation('org:twc', 'Tech Workers Coalition', 12, 0),
            organisation('org:both', 'Both', 2, 3),
            organisation('org:none', 'Neither', 0, 0),
          ],
        },
      },
      null,
      'EN',
    );
    expect(facets.companies.map((option) => option.id)).toEqual(['org:both', 'org:uber']);
    expect(facets.organisers).toEqual([
      { id: 'org:both', label: 'Both', count: 2 },
      { id: 'org:twc', label: 'Tech Workers Coalition', count: 12 },
    ]);
    expect(facets.struggles).toEqual([{ id: 'struggle:pay', label: 'Pay', count: 40 }]);
    expect(facets.datasets).toEqual([]);
  });
});
