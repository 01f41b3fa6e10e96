import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineQuery } from '../../models/graphql/generated';
import { EMPTY_FILTERS, type Filters } from '../../models/view/viewState';
import { PLAY_STEP_MS, TimelineStrip } from './TimelineStrip';

const YEARS = ['2015', '2016', '2017', '2018', '2019', '2020'];

function timeline(interval: 'YEAR' | 'MONTH'): TimelineQuery['timeline'] {
  const starts = interval === 'YEAR' ? YEARS : ['2019-11', '2019-12', '2020-01'];
  return {
    interval,
    by: 'DATASET',
    series: [
      { id: 'collective-action-tech', label: 'Collective Action in Tech', count: 40 },
      { id: 'programme-2016-07-08-en', label: 'Programme', count: 2 },
    ],
    buckets: starts.map((start, index) => ({
      start,
      firstDay: start.length === 4 ? `${start}-01-01` : `${start}-01`,
      lastDay: start.length === 4 ? `${start}-12-31` : `${start}-28`,
      total: index + 1,
      counts: [index + 1, start === '2016' ? 2 : 0],
      otherCount: 0,
      noValueCount: 0,
      imprecise: 0,
    })),
    datedCount: 21,
    undatedCount: 4,
    undatedCounts: [4, 0],
  };
}

/** The filters each change asked for, the strip always showing the latest. */
function Harness({ initial, changes }: { initial: Filters; changes: Filters[] }) {
  const [filters, setFilters] = useState(initial);
  return (
    <TimelineStrip
      lang="EN"
      filters={filters}
      onFilters={(next) => {
        changes.push(next);
        setFilters(next);
      }}
    />
  );
}

const requests: { interval: string; filter: unknown }[] = [];

beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { variables } = JSON.parse(init.body as string) as {
        variables: { interval: 'YEAR' | 'MONTH'; filter: unknown };
      };
      requests.push(variables);
      return new Response(JSON.stringify({ data: { timeline: timeline(variables.interval) } }), { status: 200 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function renderStrip(initial: Filters = EMPTY_FILTERS) {
  const changes: Filters[] = [];
  render(<Harness initial={initial} changes={changes} />);
  const brush = await screen.findByRole('slider', { name: 'Period on the timeline' });
  return { changes, brush };
}

describe('the timeline strip', () => {
  it('says what each bar counts, the undated apart, and asks over the filters without their period', async () => {
    await renderStrip({ ...EMPTY_FILTERS, countries: ['US'], since: '2016', until: '2017' });
    const bars = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(bars.map((bar) => bar.textContent)).toEqual([
      '2015: 1 dated fact (Collective Action in Tech 1)',
      '2016: 2 dated facts (Collective Action in Tech 2, Programme 2)',
      '2017: 3 dated facts (Collective Action in Tech 3)',
      '2018: 4 dated facts (Collective Action in Tech 4)',
      '2019: 5 dated facts (Collective Action in Tech 5)',
      '2020: 6 dated facts (Collective Action in Tech 6)',
    ]);
    expect(bars.filter((bar) => bar.hasAttribute('data-selected'))).toHaveLength(2);
    expect(screen.getByTestId('timeline-undated').textContent).toBe('undated: 4');
    expect(screen.getByRole('img', { name: '4 facts no source dates' })).toBeTruthy();
    expect(screen.getByTestId('timeline-period').textContent).toBe('Period 2016–2017');
    expect(requests[0]).toEqual({ filter: { countries: ['US'] }, interval: 'YEAR', by: 'DATASET', lang: 'EN' });
  });

  it('moves, resizes and clears the period from the keyboard', async () => {
    const { changes, brush } = await renderStrip();
    expect(screen.getByTestId('timeline-period').textContent).toBe('Whole range (2015–2020)');
    fireEvent.keyDown(brush, { key: 'ArrowRight' });
    expect(changes.at(-1)).toMatchObject({ since: '2015', until: '2015' });
    fireEvent.keyDown(brush, { key: 'ArrowRight', shiftKey: true });
    expect(changes.at(-1)).toMatchObject({ since: '2015', until: '2016' });
    fireEvent.keyDown(brush, { key: 'ArrowRight' });
    expect(changes.at(-1)).toMatchObject({ since: '2016', until: '2017' });
    fireEvent.keyDown(brush, { key: 'End' });
    expect(changes.at(-1)).toMatchObject({ since: '2019', until: '2020' });
    expect(brush.getAttribute('aria-valuetext')).toBe('Period 2019–2020');
    fireEvent.keyDown(brush, { key: 'Escape' });
    expect(changes.at(-1)).toMatchObject({ since: null, until: null });
    const count = changes.length;
    fireEvent.keyDown(brush, { key: 'x' });
    expect(changes).toHaveLength(count);
  });

  it('draws a period with the pointer (mouse or touch), then moves it by dragging it', async () => {
    const { changes, brush } = await renderStrip();
    vi.spyOn(brush, 'getBoundingClientRect').mockReturnValue({ left: 0, width: 600, top: 0, height: 56 } as DOMRect);
    // Six bars of 100 px: from the second bar to the fourth.
    fireEvent.pointerDown(brush, { clientX: 150, button: 0, pointerId: 1, pointerType: 'touch' });
    fireEvent.pointerMove(brush, { clientX: 350, pointerId: 1 });
    expect(changes).toHaveLength(0);
    fireEvent.pointerUp(brush, { clientX: 350, pointerId: 1 });
    expect(changes.at(-1)).toMatchObject({ since: '2016', until: '2018' });
    // Dragged from inside, it keeps its width.
    fireEvent.pointerDown(brush, { clientX: 250, button: 0, pointerId: 2, pointerType: 'mouse' });
    fireEvent.pointerMove(brush, { clientX: 450, pointerId: 2 });
    fireEvent.pointerUp(brush, { clientX: 450, pointerId: 2 });
    expect(changes.at(-1)).toMatchObject({ since: '2018', until: '2020' });
  });

  it('steps a year at a time and plays through the years to the last', async () => {
    const { changes } = await renderStrip({ ...EMPTY_FILTERS, since: '2017', until: '2017' });
    fireEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(changes.at(-1)).toMatchObject({ since: '2018', until: '2018' });
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(changes.at(-1)).toMatchObject({ since: '2017', until: '2017' });
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Play through the years' }));
    expect(screen.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    for (const year of ['2018', '2019', '2020']) {
      await act(async () => {
        vi.advanceTimersByTime(PLAY_STEP_MS);
      });
      expect(changes.at(-1)).toMatchObject({ since: year, until: year });
    }
    await act(async () => {
      vi.advanceTimersByTime(PLAY_STEP_MS);
    });
    expect(changes.at(-1)).toMatchObject({ since: '2020', until: '2020' });
    expect(screen.getByRole('button', { name: 'Play through the years' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('asks by month on request, and the switch leaves undated facts out', async () => {
    const { changes } = await renderStrip({ ...EMPTY_FILTERS, since: '2019', until: '2019' });
    fireEvent.click(screen.getByRole('button', { name: 'Months' }));
    await waitFor(() => expect(requests.some((request) => request.interval === 'MONTH')).toBe(true));
    await waitFor(() => expect(screen.getAllByText(/^2019-11: /)).toHaveLength(1));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leave out undated' }));
    expect(changes.at(-1)).toMatchObject({ since: '2019', until: '2019', undated: 'exclude' });
  });

  it('folds to one line and opens again', async () => {
    await renderStrip();
    const toggle = screen.getByRole('button', { name: /Timeline/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('slider')).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('slider')).toBeTruthy();
  });
});
