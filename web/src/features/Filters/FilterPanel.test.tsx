import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Facets } from '../../models/types';
import { EMPTY_FILTERS } from '../../models/view/viewState';
import { FilterPanel } from './FilterPanel';

afterEach(cleanup);

const facets: Facets = {
  countries: [
    { id: 'DE', label: 'Germany', count: 3 },
    { id: 'FR', label: 'France', count: 2 },
  ],
  workerTypes: [{ id: 'worker:crowd-workers', label: 'Crowd workers', count: 4 }],
  organisingForms: [],
  sessions: [],
  datasets: [
    { id: 'collective-action-tech', label: 'Collective Action in Tech', count: 700 },
    { id: 'programme-2016-07-08', label: 'Seminar programme', count: 90 },
  ],
  struggles: [],
  companies: [{ id: 'org:uber', label: 'Uber', count: 40 }],
  organisers: [],
};

describe('the filter panel', () => {
  it('offers each value with its count and toggles it', () => {
    const onChange = vi.fn();
    render(<FilterPanel lang="EN" filters={EMPTY_FILTERS} facets={facets} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Germany, 3 organisations' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Clear filters' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Germany, 3 organisations' }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, countries: ['DE'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /Trade union/ }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, organisationKinds: ['UNION'] });
  });

  it('shows what is selected, even values it does not know, and clears', () => {
    const onChange = vi.fn();
    const filters = { ...EMPTY_FILTERS, countries: ['DE', 'XX'], text: 'metall' };
    render(<FilterPanel lang="FR" filters={filters} facets={facets} onChange={onChange} />);
    expect((screen.getByRole('checkbox', { name: 'Germany, 3 organisations' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'XX' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(onChange).toHaveBeenCalledWith(EMPTY_FILTERS);
  });
});
