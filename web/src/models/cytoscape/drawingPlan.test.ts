import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { planDrawing, type DrawnState } from './drawingPlan';
import { WORKER_LAYOUT } from './layouts';
import { LARGE_DRAWING } from './rendering';

const entity = (id: string): ElementDefinition => ({ group: 'nodes', data: { id } });
const link = (source: string, target: string): ElementDefinition => ({
  group: 'edges',
  data: { id: `${source}|LEADS|${target}`, source, target },
});
const group = (id: string): ElementDefinition => ({ group: 'nodes', data: { id }, classes: 'group' });

/** The canvas showing `elements`, drawn for `structure`. */
function drawnWith(elements: readonly ElementDefinition[], structure: string, edgesHeld = false): DrawnState {
  const ids = new Set(elements.map((element) => element.data.id as string));
  return { structure, isDrawn: (id) => ids.has(id), drawnIds: ids, edgesHeld };
}
const ids = (elements: readonly ElementDefinition[]) => elements.map((element) => element.data.id as string);
const nothing = drawnWith([], '');

describe('the drawing plan', () => {
  it('draws the first view afresh and lays it out here', () => {
    const elements = [entity('a'), entity('b'), link('a', 'b')];
    const plan = planDrawing(elements, 'fcose', nothing);
    expect(plan).toMatchObject({ rebuild: true, structure: 'fcose:false', layout: 'here', large: false });
    expect(ids(plan.add)).toEqual(ids(elements));
    expect(plan.remove).toEqual([]);
  });

  it('lays out nothing in an empty view', () => {
    expect(planDrawing([], 'fcose', nothing).layout).toBe('none');
  });

  it('keeps what stays, removes what left, adds what is new and lays out from the current positions', () => {
    const before = [entity('a'), entity('b'), entity('c'), link('a', 'b')];
    const after = [entity('a'), entity('b'), entity('d'), link('a', 'b'), link('a', 'd')];
    const plan = planDrawing(after, 'fcose', drawnWith(before, 'fcose:false'));
    expect(plan.rebuild).toBe(false);
    expect(plan.remove).toEqual(['c']);
    expect(ids(plan.update)).toEqual(['a', 'b', 'a|LEADS|b']);
    expect(ids(plan.add)).toEqual(['d', 'a|LEADS|d']);
    expect(plan).toMatchObject({ layout: 'here', incremental: true });
  });

  it('only refreshes data when nothing is new (no layout)', () => {
    const elements = [entity('a'), entity('b'), link('a', 'b')];
    const plan = planDrawing(elements, 'fcose', drawnWith(elements, 'fcose:false'));
    expect(plan).toMatchObject({ layout: 'none', add: [], remove: [] });
    expect(plan.update).toHaveLength(3);
  });

  it('rebuilds when the layout or the grouping changes', () => {
    const elements = [entity('a'), entity('b')];
    expect(planDrawing(elements, 'concentric', drawnWith(elements, 'fcose:false')).rebuild).toBe(true);
    const grouped = [group('country:DE'), ...elements];
    expect(planDrawing(grouped, 'country', drawnWith(elements, 'country:false'))).toMatchObject({
      rebuild: true,
      structure: 'country:true',
    });
  });

  it('lays a large force-directed view out in the worker, holding its relationships until it answers', () => {
    const count = WORKER_LAYOUT + 1;
    const nodes = Array.from({ length: count }, (_, index) => entity(`n${index}`));
    const elements = [...nodes, link('n0', 'n1')];
    const plan = planDrawing(elements, 'fcose', nothing);
    expect(plan).toMatchObject({ layout: 'worker', edgesHeld: true });
    expect(ids(plan.add)).toEqual(ids(nodes));
    // Other layouts are quick enough here, and draw the relationships at once.
    expect(planDrawing(elements, 'concentric', nothing)).toMatchObject({ layout: 'here', edgesHeld: false });
  });

  it('keeps relationships held while the worker still runs, and draws them when another layout takes over', () => {
    const nodes = [entity('a'), entity('b')];
    const elements = [...nodes, link('a', 'b')];
    const waiting = drawnWith(nodes, 'fcose:false', true);
    expect(planDrawing(elements, 'fcose', waiting)).toMatchObject({ layout: 'none', edgesHeld: true, add: [] });
    const grown = [...elements, entity('c')];
    const plan = planDrawing(grown, 'fcose', waiting);
    expect(plan).toMatchObject({ layout: 'here', edgesHeld: false });
    expect(ids(plan.add)).toEqual(['a|LEADS|b', 'c']);
  });

  it('asks for the large-view renderer above the threshold', () => {
    const nodes = Array.from({ length: LARGE_DRAWING + 1 }, (_, index) => entity(`n${index}`));
    expect(planDrawing(nodes, 'concentric', nothing).large).toBe(true);
    expect(planDrawing(nodes.slice(0, 10), 'concentric', nothing).large).toBe(false);
  });
});

describe('the drawing plan as the period moves', () => {
  const before = [entity('a'), entity('b'), entity('c'), link('a', 'b'), link('b', 'c')];
  const after = [entity('a'), entity('b'), entity('d'), link('a', 'b'), link('b', 'd')];

  it('keeps what stays in place, lays out only around what is new and fades out what leaves', () => {
    const plan = planDrawing(after, 'fcose', { ...drawnWith(before, 'fcose:false'), keep: true });
    expect(plan).toMatchObject({ rebuild: false, layout: 'local', fade: true, incremental: true });
    expect(plan.remove).toEqual(['c', 'b|LEADS|c']);
    expect(ids(plan.add)).toEqual(['d', 'b|LEADS|d']);
  });

  it('lays out only around what is new, not the whole view, while something stays', () => {
    const many = Array.from({ length: WORKER_LAYOUT + 50 }, (_, index) => entity(`n${index}`));
    const next = [
      ...many.slice(0, 10),
      ...Array.from({ length: WORKER_LAYOUT + 40 }, (_, index) => entity(`m${index}`)),
    ];
    expect(planDrawing(next, 'fcose', drawnWith(many, 'fcose:false'))).toMatchObject({
      layout: 'here',
      incremental: true,
    });
    const kept = planDrawing(next, 'fcose', { ...drawnWith(many, 'fcose:false'), keep: true });
    expect(kept.layout).toBe('local');
  });

  it('lays out afresh when nothing stays, and does not fade a rebuilt drawing', () => {
    const other = [entity('x'), entity('y'), link('x', 'y')];
    expect(planDrawing(other, 'fcose', { ...drawnWith(before, 'fcose:false'), keep: true }).layout).toBe('here');
    const rebuilt = planDrawing(after, 'concentric', { ...drawnWith(before, 'fcose:false'), keep: true });
    expect(rebuilt).toMatchObject({ rebuild: true, fade: false, layout: 'here' });
  });

  it('changes nothing of a view whose period did not move', () => {
    expect(planDrawing(after, 'fcose', drawnWith(before, 'fcose:false'))).toMatchObject({
      layout: 'here',
      fade: false,
    });
  });
});
