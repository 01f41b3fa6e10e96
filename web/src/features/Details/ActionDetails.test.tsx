import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foldedNetwork } from '../../models/fold/foldedLinks';
import { EMPTY_EXPLORE } from '../../models/view/viewState';
import { ACTION_DETAILS, ACTION_ID, FOLDED } from '../../test/actionFixtures';
import { DetailsPanel } from './DetailsPanel';

function answer(body: unknown): Response {
  return new Response(JSON.stringify({ data: body }), { status: 200, headers: { 'content-type': 'application/json' } });
}

const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
  const operation = JSON.parse(init.body as string) as { operationName: string };
  return answer(operation.operationName === 'EntityDetails' ? ACTION_DETAILS : {});
});

beforeEach(() => vi.stubGlobal('fetch', fetchMock));
afterEach(() => {
  cleanup();
  fetchMock.mockClear();
  vi.unstubAllGlobals();
});

function renderPanel(
  selected: string,
  onSelect = vi.fn(),
  network = { nodes: [], edges: [] } as ReturnType<typeof foldedNetwork> | { nodes: []; edges: [] },
) {
  render(
    <DetailsPanel
      lang="EN"
      selected={selected}
      nodes={network.nodes}
      edges={network.edges}
      explore={EMPTY_EXPLORE}
      onSelect={onSelect}
      onStep={vi.fn()}
      onPathEnd={vi.fn()}
    />,
  );
  return onSelect;
}

describe('a collective action in the details panel', () => {
  it('shows its date with its precision, its record, and each tie as a link that selects it', async () => {
    const onSelect = renderPanel(ACTION_ID);
    const record = await screen.findByTestId('action-record');
    expect(record.textContent).toContain('2019-06 (to the month) — as the source writes it: 2019/06');
    expect(record.textContent).toContain('1,200');
    expect(record.textContent).toContain('new york city-new york-usa');
    expect(record.textContent).toContain('coworker solidarity');
    expect(record.textContent).toContain('Collective Action in Tech');
    fireEvent.click(within(record).getByRole('button', { name: 'Drivers Union' }));
    expect(onSelect).toHaveBeenCalledWith('org:drivers-union');
    fireEvent.click(within(record).getByRole('button', { name: 'Pay and benefits' }));
    expect(onSelect).toHaveBeenLastCalledWith('struggle:pay-and-benefits');
  });

  it('lists its reports once, as links that open in a new tab without handing over the page', async () => {
    renderPanel(ACTION_ID);
    await screen.findByTestId('action-record');
    const reports = screen.getAllByTestId('reports');
    expect(reports).toHaveLength(1);
    const links = within(reports[0]!).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://news.example.org/2019/06/walkout',
      'https://www.example.com/report',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('cites its record once, in the source’s words, with a link to the record', async () => {
    renderPanel(ACTION_ID);
    await screen.findByTestId('action-record');
    const citations = document.querySelectorAll('.citation');
    expect(citations).toHaveLength(1);
    expect(citations[0]?.querySelector('blockquote')?.textContent).toContain('“Workers walked out over pay.”');
    const record = within(citations[0] as HTMLElement).getByRole('link', { name: 'Record 1' });
    expect(record.getAttribute('href')).toBe('https://example.org/collective-action-tech/actions/1');
  });
});

describe('a folded link in the details panel', () => {
  it('tells how many actions join its ends and lists them, without asking the API', () => {
    const network = foldedNetwork(FOLDED);
    const onSelect = renderPanel('org:drivers-union|FOLDED|worker:drivers', vi.fn(), network);
    const details = screen.getByTestId('folded-link');
    expect(details.textContent).toContain('25 collective actions');
    expect(details.textContent).toContain('and 24 more');
    fireEvent.click(within(details).getByRole('button', { name: 'Drivers walk out over pay' }));
    expect(onSelect).toHaveBeenCalledWith(ACTION_ID);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
