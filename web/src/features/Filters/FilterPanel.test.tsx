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
};

describe('the filter panel', () => {
  it('offers each value with its count and toggles it', () => {
    const onChange = vi.fn();
    render(<FilterPanel lang="EN" filters={EMPTY_FILTERS} facets={facets} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Germany, 3 organisations' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Clear filters' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Germany, 3 organisations' }));
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, countries: ['DE'] });
    fireEvent.click(screen.getByRole('checkbox', { name: /Trade union/ }));
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_FILTERS, organisationKinds: ['UNION'] });
  });

  it('shows what is selected, even values it does not know, and clears', () => {
    const onChange = vi.fn();
    const filters = { ...EMPTY_FILTERS, countries: ['DE', 'XX'], text: 'metall' };
    render(<FilterPanel lang="FR" filters={filters} facets={facets} onChange={onChange} />);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Germany, 3 organisations' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'XX' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(onChange).toHaveBeenCalledWith(EMPTY_FILTERS);
  });
});
