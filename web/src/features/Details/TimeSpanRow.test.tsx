import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphEdge, GraphNode, Language } from '../../models/types';
import { EMPTY_EXPLORE } from '../../models/view/viewState';
import { ACTION_DETAILS, ACTION_ID } from '../../test/actionFixtures';
import { edge, node } from '../../test/fixtures';
import { DetailsPanel } from './DetailsPanel';

const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
  const operation = JSON.parse(init.body as string) as { operationName: string };
  const body = operation.operationName === 'EntityDetails' ? ACTION_DETAILS : {};
  return new Response(JSON.stringify({ data: body }), { status: 200, headers: { 'content-type': 'application/json' } });
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockClear();
  vi.unstubAllGlobals();
});

const SPOKE = edge('person:a', 'SPEAKS_IN', 'session:s1', {
  time: {
    start: '2019-06',
    startPrecision: 'MONTH',
    end: '2020',
    endPrecision: 'YEAR',
    asOf: null,
    firstDay: '2019-06-01',
    lastDay: '2020-12-31',
  },
});
const UNDATED = edge('person:a', 'HOLDS_ROLE', 'org:b');
const SEMINAR = edge('person:c', 'HOLDS_ROLE', 'org:b', {
  time: {
    start: null,
    startPrecision: null,
    end: null,
    endPrecision: null,
    asOf: '2016-07-08',
    firstDay: '2016-07-08',
    lastDay: '2016-07-08',
  },
});

function panel(selected: string, options: { lang?: Language; underPeriod?: boolean; nodes?: GraphNode[] } = {}) {
  const edges: GraphEdge[] = [SPOKE, UNDATED, SEMINAR];
  render(
    <DetailsPanel
      lang={options.lang ?? 'EN'}
      selected={selected}
      nodes={options.nodes ?? []}
      edges={edges}
      explore={EMPTY_EXPLORE}
      underPeriod={options.underPeriod}
      onSelect={vi.fn()}
      onStep={vi.fn()}
      onPathEnd={vi.fn()}
    />,
  );
}

const when = () => screen.queryByTestId('time-span');

describe('when the selected fact holds', () => {
  it('gives a relationship’s span at its precision, or the date its source describes it as of', () => {
    panel(SPOKE.id);
    expect(within(when()!).getByText('When')).toBeTruthy();
    expect(within(when()!).getByText('June 2019 – 2020')).toBeTruthy();
    cleanup();
    panel(SEMINAR.id, { lang: 'FR' });
    expect(within(when()!).getByText('Quand')).toBeTruthy();
    expect(within(when()!).getByText('au 8 juillet 2016')).toBeTruthy();
  });

  it('says a relationship no source dates is undated under a period, in either language, and says nothing without one', () => {
    panel(UNDATED.id, { underPeriod: true });
    expect(when()!.textContent).toContain('undated (no source dates it)');
    cleanup();
    panel(UNDATED.id, { underPeriod: true, lang: 'FR' });
    expect(when()!.textContent).toContain('non daté (aucune source ne le date)');
    cleanup();
    panel(UNDATED.id);
    expect(when()).toBeNull();
  });

  it('says an undated action is undated under a period, and gives a dated one’s date', async () => {
    panel(ACTION_ID, { underPeriod: true, nodes: [node(ACTION_ID, 'Walkout', { type: 'COLLECTIVE_ACTION' })] });
    expect((await screen.findByTestId('time-span')).textContent).toContain('undated');
    cleanup();
    const dated = node(ACTION_ID, 'Walkout', {
      type: 'COLLECTIVE_ACTION',
      time: {
        start: '2019-11-01',
        startPrecision: 'DAY',
        end: '2019-11-01',
        endPrecision: 'DAY',
        asOf: null,
        firstDay: '2019-11-01',
        lastDay: '2019-11-01',
      },
    });
    panel(ACTION_ID, { underPeriod: true, nodes: [dated] });
    expect((await screen.findByTestId('time-span')).textContent).toContain('1 November 2019');
  });
});
