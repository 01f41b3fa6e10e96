import { describe, expect, it } from 'vitest';
import { FOLDED } from '../../test/actionFixtures';
import { toElements } from '../cytoscape/elements';
import { describeFoldedLink, FOLD_MAX_WIDTH, FOLD_MIN_WIDTH, foldedNetwork, foldedWidth } from './foldedLinks';

describe('folded links', () => {
  it('become links labelled with their weight, joining the entities they fold between', () => {
    const network = foldedNetwork(FOLDED);
    expect(network.nodes.map((node) => node.id)).toEqual(['org:drivers-union', 'worker:drivers', 'country:US']);
    expect(network.edges[0]).toMatchObject({
      id: 'org:drivers-union|FOLDED|worker:drivers',
      type: 'FOLDED',
      label: '25',
      weight: 25,
      basis: 'STATED',
    });
    expect(network.edges[1]?.basis).toBe('INFERRED');
    expect(network.truncated).toBe(false);
  });

  it('grow in width with their weight, within bounds', () => {
    expect(foldedWidth(1, 25)).toBe(FOLD_MIN_WIDTH);
    expect(foldedWidth(25, 25)).toBe(FOLD_MAX_WIDTH);
    const middle = foldedWidth(7, 25);
    expect(middle).toBeGreaterThan(FOLD_MIN_WIDTH);
    expect(middle).toBeLessThan(FOLD_MAX_WIDTH);
    expect(foldedWidth(3, 1)).toBe(FOLD_MIN_WIDTH);
  });

  it('draw as undirected, always-labelled edges whose width says the weight', () => {
    const network = foldedNetwork(FOLDED);
    const edges = toElements(network.nodes, network.edges).filter((element) => element.group === 'edges');
    expect(edges.map((edge) => edge.data.width as number)).toEqual([FOLD_MAX_WIDTH, FOLD_MIN_WIDTH]);
    expect(edges.every((edge) => String(edge.classes).includes('labelled'))).toBe(true);
  });

  it('tell how many actions lie behind a link beyond those listed', () => {
    const [heavy] = foldedNetwork(FOLDED).edges;
    expect(describeFoldedLink(heavy!)).toEqual({
      weight: 25,
      actions: ['2019-06 · Drivers walk out over pay'],
      more: 24,
    });
  });
});
