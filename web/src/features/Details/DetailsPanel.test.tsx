import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EDGES, NODES, PROVENANCE_SESSION_1 } from '../../test/fixtures';
import { EMPTY_EXPLORE } from '../../models/view/viewState';
import { DetailsPanel } from './DetailsPanel';

const ROLE = 'person:robert-fuss|HOLDS_ROLE|org:faircrowdwork-watch';
const SPEAKS = 'person:robert-fuss|SPEAKS_IN|session:faire-collectif-2016-07-08-session-1';

function answer(body: unknown): Response {
  return new Response(JSON.stringify({ data: body }), { status: 200, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const operation = JSON.parse(init.body as string) as { operationName: string };
      if (operation.operationName === 'EntityDetails') {
        return answer({
          node: {
            id: 'person:robert-fuss',
            type: 'PERSON',
            name: 'Robert Fuss',
            nameEn: 'Robert Fuss',
            nameFr: 'Robert Fuss',
            aliases: [],
            description: null,
            degree: 2,
            provenance: PROVENANCE_SESSION_1,
            roles: [
              {
                id: ROLE,
                title: 'Leader',
                organisation: { id: 'org:faircrowdwork-watch', name: 'FairCrowdWork Watch' },
                provenance: PROVENANCE_SESSION_1,
              },
            ],
            appearances: [],
          },
          neighbourhood: {
            nodes: NODES,
            edges: EDGES.filter((edge) => edge.source === 'person:robert-fuss'),
            totalCount: 2,
            omittedCount: 0,
          },
        });
      }
      return answer({ p0: PROVENANCE_SESSION_1, p1: PROVENANCE_SESSION_1 });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the details panel', () => {
  it('invites to select something when nothing is selected', () => {
    render(<DetailsPanel {...props(null)} />);
    expect(screen.getByText(/Select an entity or a relationship/)).toBeTruthy();
  });

  it('shows a speaker’s role with its source, and connections grouped by type', async () => {
    render(<DetailsPanel {...props('person:robert-fuss')} />);
    const roles = await screen.findByTestId('roles');
    expect(roles.textContent).toContain('Leader, FairCrowdWork Watch');
    expect(roles.textContent).toContain('Session 1, 09:15');
    expect(
      within(roles)
        .getByRole('link', { name: /programme/ })
        .getAttribute('href'),
    ).toBe('https://example.org/programme-en.pdf');
    expect(screen.getByRole('heading', { name: /holds a role at →/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /speaks in →/ })).toBeTruthy();
    expect(await screen.findAllByText('Sources')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Expand neighbours' })).toBeTruthy();
  });

  it('describes a selected relationship and its sources', async () => {
    render(<DetailsPanel {...props(SPEAKS)} />);
    expect(screen.getByRole('heading', { name: /Robert Fuss — speaks in → Defending the rights/ })).toBeTruthy();
    expect((await screen.findByText(/Session 1, 09:15/)).textContent).toContain('Part: Session 1, 09:15');
  });
});

function props(selected: string | null) {
  return {
    lang: 'EN' as const,
    selected,
    nodes: NODES,
    edges: EDGES,
    explore: EMPTY_EXPLORE,
    onSelect: vi.fn(),
    onStep: vi.fn(),
    onPathEnd: vi.fn(),
  };
}
