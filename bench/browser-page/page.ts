// The browser benchmark's page: the explorer's own element mapping, stylesheet, renderer options,
// layout options and layout worker (web/src) with Cytoscape configured and driven as NetworkCanvas
// does it, on a synthetic network: a first drawing on a circle, then fcose. Above WORKER_LAYOUT,
// fcose runs in the worker, asked before the canvas takes the elements in (the two overlap), and
// the first drawing shows the entities alone: their relationships are drawn with the layout.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutAnswer, LayoutRequest } from '../../web/src/features/Network/layout.worker';
import { toElements } from '../../web/src/models/cytoscape/elements';
import { layoutOptions, layoutRequestElements, WORKER_LAYOUT } from '../../web/src/models/cytoscape/layouts';
import { isLargeDrawing, rendererOptions } from '../../web/src/models/cytoscape/rendering';
import { buildStylesheet } from '../../web/src/models/cytoscape/stylesheet';
import { seededRandom } from '../random';
import { drawn, nextFrame, panZoom, rendererOf, worstFrameGap } from './frames';
import { syntheticGraph } from './graph';

cytoscape.use(fcose);

export interface PageCase {
  nodes: number;
  edgesPerNode: number;
  webgl: boolean;
  /** Run the explorer's fcose layout (else keep `positions`). */
  layout: boolean;
  /** Positions from an earlier run's layout, to draw the same picture without laying it out again. */
  positions: Record<string, { x: number; y: number }> | null;
  panZoomMs: number;
  seed: number;
  /** For experiments: Cytoscape options and style rules added to the explorer's. */
  tuning?: { options?: Record<string, unknown>; style?: Array<{ selector: string; style: Record<string, unknown> }> };
}

export interface PageResult {
  nodes: number;
  edges: number;
  /** Whether the explorer draws a view of this size in its large-view mode (`isLargeDrawing`). */
  largeView: boolean;
  /**
   * Cytoscape and its elements created, until the first frame: every element, or, when the layout
   * runs in the worker, the entities (their relationships are drawn with the layout, as the
   * explorer does).
   */
  firstDrawMs: number;
  /** Until the layout stopped and the result was drawn (firstDrawMs when there is no layout). */
  settledMs: number;
  layoutMs: number | null;
  /** Where the layout ran: the page's main thread, or the explorer's web worker. */
  layoutIn: 'main thread' | 'worker' | null;
  /** Longest gap between two animation frames of the page while the layout ran, ms. */
  worstFrameDuringLayoutMs: number | null;
  /** Frames Cytoscape drew per second while the script panned (mouse drag) and zoomed (wheel). */
  fps: number;
  /** Mean time Cytoscape spent drawing one of those frames, ms. */
  drawMs: number;
  /** Longest gap between two drawn frames during the pan/zoom, ms. */
  worstFrameMs: number;
  renderer: string;
  positions: Record<string, { x: number; y: number }> | null;
}

declare global {
  interface Window {
    runCase(c: PageCase): void;
    caseResult?: PageResult | { error: string };
  }
}

/** fcose in the explorer's layout worker, as NetworkCanvas sends it the elements; resolves with positions. */
function layOutInWorker(definitions: ElementDefinition[]): Promise<LayoutAnswer['positions']> {
  const worker = new Worker(new URL('../../web/src/features/Network/layout.worker.ts', import.meta.url), {
    type: 'module',
  });
  const elements = layoutRequestElements(definitions);
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      worker.terminate();
      resolve(event.data.positions);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ id: 1, elements } satisfies LayoutRequest);
  });
}

async function run(c: PageCase): Promise<PageResult> {
  // fcose draws its start positions from Math.random: seeded, the same case lays out the same way
  // (on the main thread; the worker has its own Math.random).
  Math.random = seededRandom(c.seed + 1);
  const graph = syntheticGraph(c.nodes, c.edgesPerNode, c.seed);
  const container = document.getElementById('cy') as HTMLDivElement;
  await nextFrame();

  const t0 = performance.now();
  const elements = toElements(graph.nodes, graph.edges);
  // The first picture: on a circle, as NetworkCanvas places a new view (or where an earlier layout put them).
  const radius = 40 * Math.sqrt(c.nodes + 1);
  let index = 0;
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    const angle = (2 * Math.PI * index) / c.nodes;
    index += 1;
    element.position = c.positions?.[element.data.id as string] ?? {
      x: radius * Math.cos(angle),
      y: radius * Math.sin(angle),
    };
  }
  const large = isLargeDrawing(graph.nodes.length, elements.length - graph.nodes.length);
  // As NetworkCanvas: the worker gets the view first and lays it out while this thread draws it.
  const layoutStarted = performance.now();
  const inWorker = c.layout && c.nodes > WORKER_LAYOUT ? layOutInWorker(elements) : null;
  const cy = cytoscape({
    container,
    style: [...buildStylesheet({ large }), ...(c.tuning?.style ?? [])],
    // As NetworkCanvas: while the worker lays the view out, the relationships wait for its answer.
    elements: inWorker ? elements.filter((element) => element.group === 'nodes') : elements,
    minZoom: 0.1,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(large),
    ...(c.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    ...c.tuning?.options,
  } as cytoscape.CytoscapeOptions);
  cy.fit(undefined, 30);
  await drawn(cy);
  const firstDrawMs = performance.now() - t0;

  let layoutMs: number | null = null;
  let layoutIn: PageResult['layoutIn'] = null;
  let worstFrameDuringLayoutMs: number | null = null;
  let settledMs = firstDrawMs;
  if (c.layout) {
    const started = inWorker ? layoutStarted : performance.now();
    if (inWorker) {
      layoutIn = 'worker';
      // Frames from the first drawing on: is the drawn view responsive while the worker finishes?
      const { value: positions, worstMs } = await worstFrameGap(() => inWorker);
      worstFrameDuringLayoutMs = worstMs;
      cy.batch(() => {
        cy.add(elements.filter((element) => element.group === 'edges'));
        cy.layout({
          name: 'preset',
          positions,
          fit: true,
          padding: 30,
          animate: false,
        }).run();
      });
    } else {
      layoutIn = 'main thread';
      const options = layoutOptions('fcose', { nodeCount: c.nodes, incremental: false, roots: [] });
      const { worstMs } = await worstFrameGap(
        () =>
          new Promise<void>((resolve) => {
            const layout = cy.layout(options);
            layout.one('layoutstop', () => resolve());
            layout.run();
          }),
      );
      worstFrameDuringLayoutMs = worstMs;
    }
    layoutMs = performance.now() - started;
    await drawn(cy);
    settledMs = performance.now() - t0;
  }

  const { fps, drawMs, worstFrameMs } = await panZoom(cy, c.panZoomMs);
  const positions: Record<string, { x: number; y: number }> = {};
  if (c.layout) cy.nodes().forEach((node) => void (positions[node.id()] = { ...node.position() }));
  const webglActive = Boolean(rendererOf(cy).webgl);
  const result: PageResult = {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    largeView: large,
    firstDrawMs: Math.round(firstDrawMs),
    settledMs: Math.round(settledMs),
    layoutMs: layoutMs === null ? null : Math.round(layoutMs),
    layoutIn,
    worstFrameDuringLayoutMs,
    fps,
    drawMs,
    worstFrameMs,
    renderer: webglActive ? 'webgl' : 'canvas',
    positions: c.layout ? positions : null,
  };
  cy.destroy();
  return result;
}

window.runCase = (c) => {
  window.caseResult = undefined;
  // Started from a task of its own, so the harness's evaluate() returns while the case runs.
  setTimeout(() => {
    run(c).then(
      (result) => (window.caseResult = result),
      (error: unknown) => (window.caseResult = { error: String((error as Error)?.stack ?? error) }),
    );
  }, 0);
};
