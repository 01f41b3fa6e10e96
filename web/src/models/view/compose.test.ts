import { describe, expect, it } from 'vitest';
import {
  EDGES,
  NETWORK,
  PATH_MILLAND_FUSS,
  edge,
  fuss,
  germany,
  igMetall,
  milland,
  node,
  session1,
} from '../../test/fixtures';
import { composeView } from './compose';
import { EMPTY_EXPLORE } from './viewState';

const base = { network: { ...NETWORK, nodes: [igMetall, germany], edges: [EDGES[0]!] }, expansions: [], path: null };

describe('composing the view', () => {
  it('shows the filtered network as is', () => {
    const view = composeView(base, EMPTY_EXPLORE);
    expect(view.nodes.map((item) => item.id)).toEqual([igMetall.id, germany.id]);
    expect(view.total).toBe(65);
    expect(view.addedIds.size).toBe(0);
  });

  it('merges an expansion and reports how many neighbours it shows', () => {
    const extra = node('org:x', 'X');
    const view = composeView(
      {
        ...base,
        expansions: [
          {
            center: igMetall,
            nodes: [igMetall, extra, germany],
            edges: [EDGES[0]!, edge(extra.id, 'PART_OF', igMetall.id)],
            totalCount: 30,
            omittedCount: 28,
          },
        ],
      },
      { ...EMPTY_EXPLORE, expanded: [{ id: igMetall.id, limit: 2 }] },
    );
    expect(view.nodes.map((item) => item.id)).toEqual([igMetall.id, germany.id, extra.id]);
    expect(view.edges).toHaveLength(2);
    expect(view.expansions).toEqual([{ id: igMetall.id, label: 'IG Metall', shown: 2, total: 30, limit: 2 }]);
    expect(view.total).toBe(66);
    expect([...view.addedIds]).toEqual([extra.id]);
  });

  it('skips expansions of unknown ids', () => {
    const view = composeView(
      { ...base, expansions: [null] },
      { ...EMPTY_EXPLORE, expanded: [{ id: 'org:gone', limit: 25 }] },
    );
    expect(view.expansions).toEqual([]);
  });

  it('adds and marks the shortest paths', () => {
    const view = composeView({ ...base, path: PATH_MILLAND_FUSS }, EMPTY_EXPLORE);
    expect([...view.pathNodeIds]).toEqual([milland.id, session1.id, fuss.id]);
    expect(view.pathEdgeIds.size).toBe(2);
    expect(view.nodes.map((item) => item.id)).toContain(session1.id);
  });

  it('hides entities and their relationships', () => {
    const view = composeView(base, { ...EMPTY_EXPLORE, hidden: [germany.id] });
    expect(view.nodes.map((item) => item.id)).toEqual([igMetall.id]);
    expect(view.edges).toEqual([]);
    expect(view.hiddenCount).toBe(1);
  });

  it('focuses on an entity and its neighbours', () => {
    const view = composeView(
      { network: NETWORK, expansions: [], path: null },
      { ...EMPTY_EXPLORE, focus: session1.id },
    );
    expect(view.nodes.map((item) => item.id).sort()).toEqual([fuss.id, milland.id, session1.id].sort());
    expect(view.edges.every((item) => item.source === session1.id || item.target === session1.id)).toBe(true);
  });
});
