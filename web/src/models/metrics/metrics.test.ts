import { describe, expect, it } from 'vitest';
import { EDGES, NODES, edge, node, session1 } from '../../test/fixtures';
import { centrality, communities, toGraphology } from './metrics';

describe('metrics on the view', () => {
  it('merges parallel relationships into one undirected link', () => {
    const a = node('org:a', 'A');
    const b = node('event:b', 'B');
    const graph = toGraphology([a, b], [edge(a.id, 'ORGANISED', b.id), edge(a.id, 'CO_ORGANISED', b.id)]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
  });

  it('scales degree and betweenness to [0, 1]', () => {
    const degree = centrality(NODES, EDGES, 'degree');
    expect(Math.max(...degree.values())).toBe(1);
    const betweenness = centrality(NODES, EDGES, 'betweenness');
    // The FairCrowdWork Watch initiative sits between IG Metall, Robert Fuss and the crowd workers.
    const top = [...betweenness.entries()].sort((x, y) => y[1] - x[1])[0]!;
    expect(top).toEqual(['org:faircrowdwork-watch', 1]);
    expect(betweenness.get(session1.id)).toBeGreaterThan(0);
  });

  it('finds communities deterministically, largest first', () => {
    const first = communities(NODES, EDGES);
    const second = communities(NODES, EDGES);
    expect(first).toEqual(second);
    expect(first.byNode.size).toBe(NODES.length);
    expect(first.count).toBeGreaterThan(1);
    expect(Math.min(...first.byNode.values())).toBe(0);
  });

  it('copes with empty views and views without links', () => {
    expect(centrality([], [], 'degree').size).toBe(0);
    expect(communities([], [])).toEqual({ byNode: new Map(), count: 0 });
    expect(communities([node('org:a', 'A'), node('org:b', 'B')], []).count).toBe(2);
  });
});
