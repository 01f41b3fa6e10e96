import type { Core } from 'cytoscape';

// Frames as the browser paints them: waiting for one, the renderer's counters, and what a pan and
// zoom gesture or a piece of work costs in frames.

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The renderer's own frame counters (Cytoscape's render loop keeps them, canvas and WebGL alike). */
interface RendererStats {
  redrawCount?: number;
  redrawTotalTime?: number;
  webgl?: unknown;
}
export const rendererOf = (cy: Core) => (cy as unknown as { renderer(): RendererStats }).renderer();

/** Resolves once Cytoscape has drawn a frame after now, and the browser has painted it. */
export async function drawn(cy: Core): Promise<void> {
  const renderer = rendererOf(cy);
  const before = renderer.redrawCount ?? 0;
  (cy as unknown as { forceRender(): void }).forceRender();
  for (let i = 0; i < 10_000 && (renderer.redrawCount ?? 0) <= before; i += 1) await nextFrame();
  await nextFrame();
}

interface Renderer extends RendererStats {
  projectIntoViewport(clientX: number, clientY: number): [number, number];
  findNearestElement(x: number, y: number, interactiveElementsOnly: boolean, isTouch: boolean): unknown;
}

/** A point of the view with no entity under it, where a drag pans instead of moving an entity. */
export function emptySpot(cy: Core, box: DOMRect): { x: number; y: number } {
  const renderer = rendererOf(cy) as Renderer;
  for (let i = 0; i < 400; i += 1) {
    const x = box.left + box.width * (0.3 + 0.4 * ((i % 20) / 19));
    const y = box.top + box.height * (0.3 + 0.4 * (Math.floor(i / 20) / 19));
    const [mx, my] = renderer.projectIntoViewport(x, y);
    if (!renderer.findNearestElement(mx, my, true, false)) return { x, y };
  }
  return { x: box.left + 5, y: box.top + 5 };
}

/**
 * What a person does with a mouse, as input events: a drag that pans the view around a circle for
 * the first half, wheel turns that zoom in and out for the second. Cytoscape handles them as any
 * gesture (its viewport-gesture options apply). Counts the frames Cytoscape drew meanwhile.
 */
export async function panZoom(
  cy: Core,
  durationMs: number,
): Promise<{ fps: number; drawMs: number; worstFrameMs: number }> {
  cy.fit(undefined, 30);
  await drawn(cy);
  const renderer = rendererOf(cy);
  const container = cy.container() as HTMLElement;
  const canvas = container.querySelector('canvas:last-of-type') ?? container;
  const box = container.getBoundingClientRect();
  const spot = emptySpot(cy, box);
  const mouse = (type: string, x: number, y: number, target: EventTarget) =>
    target.dispatchEvent(
      new MouseEvent(type, { clientX: x, clientY: y, button: 0, buttons: 1, bubbles: true, cancelable: true }),
    );

  const framesBefore = renderer.redrawCount ?? 0;
  const drawBefore = renderer.redrawTotalTime ?? 0;
  let worst = 0;
  const start = performance.now();
  let last = start;
  let lastCount = framesBefore;
  let dragging = false;
  for (let now = start; now - start < durationMs; now = await nextFrame()) {
    const count = renderer.redrawCount ?? 0;
    if (count !== lastCount) {
      worst = Math.max(worst, now - last);
      last = now;
      lastCount = count;
    }
    const t = (now - start) / 1000;
    if (now - start < durationMs / 2) {
      if (!dragging) {
        mouse('mousedown', spot.x, spot.y, canvas);
        dragging = true;
      }
      mouse('mousemove', spot.x + 120 * Math.sin(t * 2.5), spot.y + 90 * (1 - Math.cos(t * 2.5)), window);
    } else {
      if (dragging) {
        mouse('mouseup', spot.x, spot.y, window);
        dragging = false;
      }
      canvas.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: Math.sin(t * 3) > 0 ? -40 : 40,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
  }
  if (dragging) mouse('mouseup', spot.x, spot.y, window);
  const elapsed = performance.now() - start;
  const frames = (renderer.redrawCount ?? 0) - framesBefore;
  const drawTotal = (renderer.redrawTotalTime ?? 0) - drawBefore;
  return {
    fps: Math.round((frames / elapsed) * 10000) / 10,
    drawMs: frames ? Math.round((drawTotal / frames) * 10) / 10 : Number.NaN,
    worstFrameMs: Math.round(worst),
  };
}

/**
 * Starts `work` on the next animation frame and watches the frames until it settles: the longest
 * gap between two says whether the page stayed responsive meanwhile.
 */
export async function worstFrameGap<T>(work: () => Promise<T>): Promise<{ value: T; worstMs: number }> {
  let finished = false;
  let worst = 0;
  let last = await nextFrame();
  const watching = (async () => {
    while (!finished) {
      const now = await nextFrame();
      worst = Math.max(worst, now - last);
      last = now;
    }
  })();
  const value = await work();
  finished = true;
  await watching;
  return { value, worstMs: Math.round(worst) };
}
