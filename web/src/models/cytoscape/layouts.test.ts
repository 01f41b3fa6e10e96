import { describe, expect, it } from 'vitest';
import { fuss, germany, igMetall, milland, node, verdi } from '../../test/fixtures';
import { countryGroupPositions, isHierarchy, LARGE_VIEW, layoutOptions, workerLayoutOptions } from './layouts';

describe('layouts', () => {
  it('groups entities by country, largest country first, without country last', () => {
    const loose = node('worker:crowd-workers', 'Crowd workers');
    const positions = countryGroupPositions([igMetall, verdi, germany, fuss, milland, loose]);
    expect(positions.size).toBe(6);
    const germanX = [igMetall, verdi, germany, fuss].map((item) => positions.get(item.id)!.x);
    const canadaX = positions.get(milland.id)!.x;
    expect(Math.max(...germanX)).toBeLessThan(canadaX);
    // Three blocks: two on the first row, the block without a country on the second.
    expect(positions.get(loose.id)!.y).toBeGreaterThan(
      Math.max(...[...positions.values()].filter((_, index) => index < 5).map((p) => p.y)),
    );
    const unique = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(unique.size).toBe(6);
  });

  it('tunes layouts to the size of the view', () => {
    const small = layoutOptions('fcose', { nodeCount: 40, incremental: false, roots: [] }) as unknown as Record<
      string,
      unknown
    >;
    expect(small).toMatchObject({ name: 'fcose', animate: false, fit: false, randomize: true, quality: 'default' });
    const grown = layoutOptions('fcose', { nodeCount: 40, incremental: true, roots: [] }) as unknown as Record<
      string,
      unknown
    >;
    expect(grown).toMatchObject({ animate: true, randomize: false });
    const large = layoutOptions('fcose', {
      nodeCount: LARGE_VIEW + 1,
      incremental: true,
      roots: [],
    }) as unknown as Record<string, unknown>;
    // A draft (spectral only) needs a randomised start: a large view that grows is refined in place.
    expect(large).toMatchObject({ animate: false, randomize: false, quality: 'default', numIter: 1200 });
    const largeNew = layoutOptions('fcose', { nodeCount: LARGE_VIEW + 1, incremental: false, roots: [] });
    expect(largeNew).toMatchObject({ randomize: true, quality: 'draft' });
    const tree = layoutOptions('hierarchical', {
      nodeCount: 10,
      incremental: false,
      roots: ['org:ig-metall'],
    }) as unknown as Record<string, unknown>;
    expect(tree).toMatchObject({ name: 'breadthfirst', roots: '[id = "org:ig-metall"]', circle: false });
    const rings = layoutOptions('hierarchical', { nodeCount: 65, incremental: false, roots: [] }) as unknown as Record<
      string,
      unknown
    >;
    expect(rings).toMatchObject({ name: 'breadthfirst', circle: true });
    expect(rings).not.toHaveProperty('roots');
    const preset = layoutOptions('country', {
      nodeCount: 1,
      incremental: false,
      roots: [],
      positions: new Map([['a', { x: 1, y: 2 }]]),
    }) as unknown as Record<string, unknown>;
    expect(preset).toMatchObject({ name: 'preset', positions: { a: { x: 1, y: 2 } } });
  });

  it('calls a view a hierarchy only when no chain of links closes on itself', () => {
    const tree = [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
      { source: 'c', target: 'd' },
      // A second link between the same two entities is still one branch.
      { source: 'd', target: 'c' },
    ];
    expect(isHierarchy(['a', 'b', 'c', 'd'], tree)).toBe(true);
    expect(isHierarchy(['a', 'b', 'c', 'd'], [...tree, { source: 'b', target: 'd' }])).toBe(false);
  });

  it('gives the worker layout plain data it can receive', () => {
    const options = workerLayoutOptions(LARGE_VIEW + 1);
    expect(structuredClone(options)).toEqual(options);
    expect(options).toMatchObject({ name: 'fcose', animate: false, fit: false, quality: 'draft' });
  });
});
