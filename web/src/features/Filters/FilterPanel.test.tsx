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

  it('offers the data sets by title with their counts, and live counts that disable what the other filters leave empty', () => {
    const onChange = vi.fn();
    const liveCounts = new Map([
      [
        'datasets' as const,
        new Map([
          ['collective-action-tech', { count: 120, disabled: false }],
          ['programme-2016-07-08', { count: 0, disabled: true }],
        ]),
      ],
    ]);
    const filters = { ...EMPTY_FILTERS, countries: ['US'] };
    render(<FilterPanel lang="EN" filters={filters} facets={facets} liveCounts={liveCounts} onChange={onChange} />);
    const actions = screen.getByRole('checkbox', { name: 'Collective Action in Tech, 120 entities' });
    const programme = screen.getByRole<HTMLInputElement>('checkbox', {
      name: 'Seminar programme, none with the other filters',
    });
    expect(programme.disabled).toBe(true);
    expect(programme.closest('li')?.className).toBe('zero');
    fireEvent.click(actions);
    expect(onChange).toHaveBeenCalledWith({ ...filters, datasets: ['collective-action-tech'] });
  });

  it('counts every facet live, the organisation kinds too, and says when a whole facet is zero', () => {
    const onChange = vi.fn();
    const filters = { ...EMPTY_FILTERS, countries: ['DE'], workerTypes: ['worker:crowd-workers'] };
    const liveCounts = new Map([
      ['organisationKinds' as const, new Map([['UNION', { count: 2, disabled: false }]])],
      [
        'countries' as const,
        new Map([
          ['DE', { count: 0, disabled: false }],
          ['FR', { count: 0, disabled: true }],
        ]),
      ],
      ['workerTypes' as const, new Map([['worker:crowd-workers', { count: 5, disabled: false }]])],
    ]);
    render(<FilterPanel lang="EN" filters={filters} facets={facets} liveCounts={liveCounts} onChange={onChange} />);
    expect(screen.getByRole('checkbox', { name: 'Trade union, 2 organisations' })).toBeTruthy();
    // Counted under Germany alone: the worker type's own selection is left out.
    expect(screen.getByRole('checkbox', { name: 'Crowd workers, 5 organisations' })).toBeTruthy();
    // Germany is chosen: still selectable though zero, so that it can be removed.
    const germany = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Germany, 0 organisations' });
    expect(germany.disabled).toBe(false);
    fireEvent.click(germany);
    expect(onChange).toHaveBeenCalledWith({ ...filters, countries: [] });
    const france = screen.getByRole<HTMLInputElement>('checkbox', { name: 'France, none with the other filters' });
    expect(france.disabled).toBe(true);
    const countries = screen.getByText('Country', { selector: 'summary' }).closest('details') as HTMLElement;
    expect(countries.textContent).toContain('None with the other filters.');
    const workers = screen.getByText('Worker type', { selector: 'summary' }).closest('details') as HTMLElement;
    expect(workers.textContent).not.toContain('None with the other filters.');
  });

  it('tells a facet with no values in the graph from one not yet known', () => {
    const { unmount } = render(<FilterPanel lang="EN" filters={EMPTY_FILTERS} facets={facets} onChange={vi.fn()} />);
    const struggles = screen.getByText('Struggle', { selector: 'summary' }).closest('details') as HTMLElement;
    expect(struggles.textContent).toContain('No source in the graph names any (unknown, not none).');
    unmount();
    render(<FilterPanel lang="EN" filters={EMPTY_FILTERS} facets={null} onChange={vi.fn()} />);
    expect(
      (screen.getByText('Struggle', { selector: 'summary' }).closest('details') as HTMLElement).textContent,
    ).toContain('Loading…');
  });

  it('applies a period once a box holds a whole year, and leaves the other end open', () => {
    const onChange = vi.fn();
    render(<FilterPanel lang="FR" filters={EMPTY_FILTERS} facets={facets} onChange={onChange} />);
    const since = screen.getByRole('textbox', { name: 'Du' });
    fireEvent.change(since, { target: { value: '20' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(since.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(since, { target: { value: '2018' } });
    expect(onChange).toHaveBeenCalledWith({ ...EMPTY_FILTERS, since: '2018' });
  });
});
