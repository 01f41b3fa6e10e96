import { describe, expect, it } from 'vitest';
import { edge, node } from '../../test/fixtures';
import { toElements } from './elements';
import { layoutRequestElements } from './layouts';
import { isLargeDrawing, LARGE_DRAWING, rendererOptions } from './rendering';
import { buildStylesheet } from './stylesheet';

describe('drawing by view size', () => {
  it('switches to the large-view mode above LARGE_DRAWING elements', () => {
    expect(isLargeDrawing(65, 120)).toBe(false);
    expect(isLargeDrawing(300, LARGE_DRAWING - 300)).toBe(false);
    expect(isLargeDrawing(300, LARGE_DRAWING - 299)).toBe(true);
    expect(rendererOptions(false)).toEqual({});
    expect(rendererOptions(true)).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true });
  });

  it('draws the relationships of large views as straight lines without arrows, except those picked out', () => {
    const rules = (large: boolean) =>
      (buildStylesheet({ large }) as Array<{ selector: string; style: Record<string, unknown> }>).filter((rule) =>
        rule.selector.startsWith('edge'),
      );
    expect(JSON.stringify(rules(false))).not.toContain('haystack');
    expect(buildStylesheet()).toEqual(buildStylesheet({ large: false }));
    const large = rules(true);
    const last = (selector: string, property: string) =>
      large.filter((rule) => rule.selector === selector && property in rule.style).at(-1)?.style[property];
    expect(last('edge', 'curve-style')).toBe('haystack');
    expect(last('edge', 'target-arrow-shape')).toBe('none');
    expect(last('edge:selected, edge.path', 'target-arrow-shape')).toBe('triangle');
    // The selected and path rules that follow still set their own width and colour.
    const selectedIndex = large.findIndex((rule) => rule.selector === 'edge:selected');
    const largeIndex = large.findIndex((rule) => rule.selector === 'edge:selected, edge.path');
    expect(largeIndex).toBeLessThan(selectedIndex);
  });

  it('sends the layout worker entities with their size and relationships by their ends, without groups', () => {
    const elements = toElements(
      [node('org:a', 'A', { countryCodes: ['DE'] }), node('org:b', 'B', { countryCodes: ['DE'] })],
      [edge('org:a', 'PART_OF', 'org:b')],
      {
        sizeMetric: null,
        colourBy: 'type',
        communities: null,
        groupByCountry: true,
        countryNames: new Map([['DE', 'Germany']]),
        noCountryLabel: 'No country',
        expandedIds: new Set(),
        pathNodeIds: new Set(),
        pathEdgeIds: new Set(),
        undatedMark: null,
      },
    );
    expect(layoutRequestElements(elements)).toEqual([
      { group: 'nodes', data: { id: 'org:a', size: 34 } },
      { group: 'nodes', data: { id: 'org:b', size: 34 } },
      { group: 'edges', data: { id: 'org:a|PART_OF|org:b', source: 'org:a', target: 'org:b' } },
    ]);
  });
});
