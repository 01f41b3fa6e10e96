import { act, cleanup, render, waitFor } from '@testing-library/react';
import type { Core, CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toElements } from '../../models/cytoscape/elements';
import { LARGE_DRAWING } from '../../models/cytoscape/rendering';
import type { GraphEdge, GraphNode } from '../../models/types';
import { edge, node } from '../../test/fixtures';
import { NetworkCanvas } from './NetworkCanvas';

// The real Cytoscape, headless (jsdom has no canvas): every instance the canvas creates is kept
// with the options it was created with.
const made = vi.hoisted(() => ({ options: [] as CytoscapeOptions[], instances: [] as Core[], fcoseLoads: 0 }));
vi.mock('cytoscape', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import('cytoscape') }>()).default;
  const wrapped = (...args: unknown[]) => {
    if (typeof args[0] === 'string') return (real as unknown as (...rest: unknown[]) => unknown)(...args);
    const options = args[0] as CytoscapeOptions;
    made.options.push(options);
    const cy = real({ ...options, container: undefined, headless: true, styleEnabled: true });
    made.instances.push(cy);
    return cy;
  };
  return { default: Object.assign(wrapped, real) };
});
vi.mock('cytoscape-fcose', async (importOriginal) => {
  made.fcoseLoads += 1;
  return importOriginal();
});

interface Posted {
  id: number;
  elements?: ElementDefinition[];
  local?: { elements: ElementDefinition[]; fixed: string[] };
}

class FakeWorker {
  static posted: Posted[] = [];
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: Posted) {
    FakeWorker.posted.push(message);
  }
  /** Answers the last request with every entity on a line (the fixed ones of a local layout too). */
  answer() {
    const { id, elements, local } = FakeWorker.posted.at(-1)!;
    const positions = Object.fromEntries(
      (elements ?? local!.elements)
        .filter((element) => element.group === 'nodes')
        .map((element, index) => [element.data.id as string, { x: index * 10, y: 0 }]),
    );
    act(() => this.onmessage?.({ data: { id, positions } } as MessageEvent));
  }
  terminate() {}
}

beforeAll(() => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
});
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

/** A view of `count` entities in a chain, each also linked to the first (about two relationships each). */
function view(count: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = Array.from({ length: count }, (_, index) => node(`person:p${index}`, `Person ${index}`));
  const edges: GraphEdge[] = [];
  for (let index = 1; index < count; index += 1) {
    edges.push(edge(`person:p${index}`, 'SPEAKS_IN', `person:p${index - 1}`));
    if (index > 1) edges.push(edge(`person:p${index}`, 'HOLDS_ROLE', 'person:p0'));
  }
  return { nodes, edges };
}

const NO_ANSWER: ReadonlySet<string> = new Set();

function canvas(elements: ElementDefinition[], answerIds = NO_ANSWER, keepKey?: string) {
  return (
    <NetworkCanvas
      elements={elements}
      keepKey={keepKey}
      layout="fcose"
      selected={null}
      answerIds={answerIds}
      active
      label="Network"
      layingOutLabel="Laying out"
      onSelect={() => {}}
      onExpand={() => {}}
      onHide={() => {}}
      onFocus={() => {}}
    />
  );
}

const hasHaystackEdges = (options: CytoscapeOptions) =>
  JSON.stringify(options.style).includes('"curve-style":"haystack"');

describe('the network canvas', () => {
  // First, before anything loads fcose on this thread.
  it('loads no layout for an empty view (before the first answer)', async () => {
    render(canvas([]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(made.fcoseLoads).toBe(0);
    expect(FakeWorker.posted).toEqual([]);
  });

  it('draws a large view with the large-view renderer options and lays it out in the worker, without fcose here', () => {
    const large = view(700);
    expect(large.nodes.length + large.edges.length).toBeGreaterThan(LARGE_DRAWING);
    const elements = toElements(large.nodes, large.edges);
    const { getByTestId } = render(canvas(elements));
    const options = made.options.at(-1)!;
    expect(options).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true });
    expect(hasHaystackEdges(options)).toBe(true);
    // The worker got the whole view (entities with their sizes, relationships by their ends).
    const request = FakeWorker.posted.at(-1)!;
    expect(request.elements).toHaveLength(elements.length);
    expect(request.elements![0]).toEqual({ group: 'nodes', data: { id: 'person:p0', size: 34 } });
    expect(getByTestId('network-canvas').getAttribute('data-laying-out')).toBe('true');
    // Meanwhile the entities are drawn, their relationships wait for the layout.
    const cy = made.instances.at(-1)!;
    expect(cy.nodes().length).toBe(large.nodes.length);
    expect(cy.edges().length).toBe(0);
    FakeWorker.last!.answer();
    expect(getByTestId('network-canvas').getAttribute('data-laying-out')).toBeNull();
    expect(cy.edges().length).toBe(large.edges.length);
    expect(cy.getElementById('person:p7').position()).toEqual({ x: 70, y: 0 });
    // No label on hover (each would redraw the whole view), only on selection.
    const link = cy.edges().first();
    link.emit('mouseover');
    expect(link.hasClass('labelled')).toBe(false);
    expect(made.fcoseLoads).toBe(0);
  });

  it('draws the held relationships of the view of the moment when the worker answers', () => {
    const large = view(700);
    const { rerender } = render(canvas(toElements(large.nodes, large.edges)));
    // An entity is hidden while the worker runs: no new layout, and none of its relationships drawn.
    const posted = FakeWorker.posted.length;
    const fewer = large.nodes.filter((entity) => entity.id !== 'person:p5');
    rerender(canvas(toElements(fewer, large.edges)));
    expect(FakeWorker.posted.length).toBe(posted);
    FakeWorker.last!.answer();
    const cy = made.instances.at(-1)!;
    expect(cy.getElementById('person:p5').empty()).toBe(true);
    const kept = large.edges.filter((link) => link.source !== 'person:p5' && link.target !== 'person:p5');
    expect(cy.edges().length).toBe(kept.length);
  });

  it('draws a small view as before, and loads fcose only to lay it out', async () => {
    const small = view(12);
    render(canvas(toElements(small.nodes, small.edges)));
    const options = made.options.at(-1)!;
    expect(options).not.toHaveProperty('textureOnViewport');
    expect(options).not.toHaveProperty('hideEdgesOnViewport');
    expect(hasHaystackEdges(options)).toBe(false);
    const link = made.instances.at(-1)!.edges().first();
    link.emit('mouseover');
    expect(link.hasClass('labelled')).toBe(true);
    link.emit('mouseout');
    expect(link.hasClass('labelled')).toBe(false);
    await waitFor(() => expect(made.fcoseLoads).toBe(1));
  });

  it('takes the positions and the viewport over when a view grows large', () => {
    const small = view(40);
    const { rerender } = render(canvas(toElements(small.nodes, small.edges)));
    const before = made.instances.at(-1)!;
    before.getElementById('person:p3').position({ x: 123, y: -45 });
    before.viewport({ zoom: 0.8, pan: { x: 10, y: 20 } });
    const createdBefore = made.instances.length;

    const large = view(700);
    rerender(canvas(toElements(large.nodes, large.edges)));
    expect(made.instances.length).toBe(createdBefore + 1);
    const after = made.instances.at(-1)!;
    expect(before.destroyed()).toBe(true);
    expect(made.options.at(-1)).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true });
    expect(after.getElementById('person:p3').position()).toEqual({ x: 123, y: -45 });
    expect(after.zoom()).toBe(0.8);
    expect(after.nodes().length).toBe(700);
  });

  it('lays the same view out the same way every time', async () => {
    const small = view(15);
    const positions = async () => {
      const { unmount } = render(canvas(toElements(small.nodes, small.edges)));
      const cy = made.instances.at(-1)!;
      // fcose is loaded by then (an earlier test drew a small view): the layout has run.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const laidOut = cy.nodes().map((entity) => ({ id: entity.id(), ...entity.position() }));
      unmount();
      return laidOut;
    };
    const first = await positions();
    expect(await positions()).toEqual(first);
  });

  it('emphasises the answer and steps the rest back', () => {
    const small = view(6);
    const answer = new Set(['person:p1', 'person:p2']);
    render(canvas(toElements(small.nodes, small.edges), answer));
    const cy = made.instances.at(-1)!;
    expect(cy.getElementById('person:p1').hasClass('answer')).toBe(true);
    expect(cy.getElementById('person:p4').hasClass('dimmed')).toBe(true);
    expect(cy.getElementById('person:p2|SPEAKS_IN|person:p1').hasClass('answer')).toBe(true);
    expect(cy.getElementById('person:p3|SPEAKS_IN|person:p2').hasClass('dimmed')).toBe(true);
  });

  it('marks what a step adds until the next change', () => {
    const small = view(6);
    const { rerender } = render(canvas(toElements(small.nodes.slice(0, 4), small.edges)));
    rerender(canvas(toElements(small.nodes, small.edges)));
    const cy = made.instances.at(-1)!;
    expect(cy.nodes('.added').map((entity) => entity.id())).toEqual(['person:p4', 'person:p5']);
    rerender(canvas(toElements(small.nodes.slice(0, 5), small.edges)));
    expect(cy.nodes('.added').length).toBe(0);
  });

  it('keeps what stays exactly where it was when the period moves, places what is new by it and fades out what leaves', async () => {
    const small = view(40);
    const { rerender, getByTestId } = render(canvas(toElements(small.nodes, small.edges), NO_ANSWER, 'all'));
    const cy = made.instances.at(-1)!;
    await waitFor(() => expect(getByTestId('network-canvas').dataset.drawnAt).toBeDefined());
    const staying = small.nodes.slice(0, 30).map((entity) => entity.id);
    const before = new Map(staying.map((id) => [id, { ...cy.getElementById(id).position() }]));
    const drawnBefore = Number(getByTestId('network-canvas').dataset.drawnAt);

    const newcomers = Array.from({ length: 5 }, (_, index) => node(`person:n${index}`, `Newcomer ${index}`));
    const links = newcomers.map((entity) => edge(entity.id, 'SPEAKS_IN', 'person:p3'));
    const next = [...small.nodes.slice(0, 30), ...newcomers];
    rerender(canvas(toElements(next, [...small.edges, ...links]), NO_ANSWER, 'all'));
    for (const id of staying) expect(cy.getElementById(id).position()).toEqual(before.get(id));
    // Placed by what they are linked to, not across the drawing.
    const anchor = cy.getElementById('person:p3').position();
    const box = cy.nodes().not('.leaving').boundingBox({});
    for (const entity of newcomers) {
      const { x, y } = cy.getElementById(entity.id).position();
      expect(Math.hypot(x - anchor.x, y - anchor.y)).toBeLessThan(Math.max(box.w, box.h));
    }
    expect(cy.getElementById('person:p35').hasClass('leaving')).toBe(true);
    // The local layout runs in the worker, over the newcomers and what they are linked to only.
    const request = FakeWorker.posted.at(-1)!.local!;
    const asked = request.elements.filter((element) => element.group === 'nodes').map((element) => element.data.id);
    expect(asked.sort()).toEqual(['person:p3', ...newcomers.map((entity) => entity.id)].sort());
    expect(request.fixed).toEqual(['person:p3']);
    expect(getByTestId('network-canvas').dataset.drawnAt).toBe(String(drawnBefore));
    FakeWorker.last!.answer();
    // The answer moves the newcomers, never what stays.
    for (const id of staying) expect(cy.getElementById(id).position()).toEqual(before.get(id));
    const placed = asked.indexOf('person:n2');
    expect(cy.getElementById('person:n2').position()).toEqual({ x: placed * 10, y: 0 });
    await waitFor(() => expect(cy.getElementById('person:p35').empty()).toBe(true), { timeout: 3000 });
    expect(Number(getByTestId('network-canvas').dataset.drawnAt)).toBeGreaterThanOrEqual(drawnBefore);
  });

  it('removes what leaves at once, without fading, when most of the view changes with the period', async () => {
    const many = view(120);
    const { rerender, getByTestId } = render(canvas(toElements(many.nodes, many.edges), NO_ANSWER, 'all'));
    const cy = made.instances.at(-1)!;
    await waitFor(() => expect(getByTestId('network-canvas').dataset.drawnAt).toBeDefined());
    const staying = many.nodes.slice(0, 10).map((entity) => entity.id);
    const before = new Map(staying.map((id) => [id, { ...cy.getElementById(id).position() }]));
    const newcomer = node('person:n0', 'Newcomer');
    rerender(
      canvas(
        toElements(
          [...many.nodes.slice(0, 10), newcomer],
          [...many.edges, edge(newcomer.id, 'SPEAKS_IN', 'person:p3')],
        ),
        NO_ANSWER,
        'all',
      ),
    );
    expect(cy.getElementById('person:p100').empty()).toBe(true);
    expect(cy.elements('.leaving').length).toBe(0);
    for (const id of staying) expect(cy.getElementById(id).position()).toEqual(before.get(id));
  });

  it('lays out again, moving what stays, when more than the period changed', async () => {
    const small = view(40);
    const { rerender } = render(canvas(toElements(small.nodes, small.edges), NO_ANSWER, 'one'));
    const cy = made.instances.at(-1)!;
    const extra = node('person:extra', 'Extra');
    rerender(
      canvas(
        toElements([...small.nodes, extra], [...small.edges, edge(extra.id, 'SPEAKS_IN', 'person:p3')]),
        NO_ANSWER,
        'other',
      ),
    );
    expect(cy.nodes('.leaving').length).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cy.getElementById('person:extra').nonempty()).toBe(true);
  });
});
