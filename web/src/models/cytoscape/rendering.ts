import type { CytoscapeOptions } from 'cytoscape';

/**
 * Above this many elements (entities and relationships together), the canvas draws in its
 * large-view mode. With the full look, every frame draws every element: in software rendering,
 * 250 entities with 1,000 relationships take about 9 ms a frame, 375 with 1,500 about 28 ms, and
 * 1,000 with 4,000 from 37 to 118 ms (well under 30 frames a second).
 */
export const LARGE_DRAWING = 1500;

/** Whether a view of this size is drawn in the large-view mode. */
export function isLargeDrawing(nodeCount: number, edgeCount: number): boolean {
  return nodeCount + edgeCount > LARGE_DRAWING;
}

/**
 * Renderer options by view size. A large view, while it is panned or zoomed, shows an image of
 * its entities taken when the gesture started, without relationships, and is drawn sharp again
 * when the gesture ends: a frame then costs a copy of that image instead of every element.
 * Small views keep Cytoscape's defaults (everything drawn on every frame).
 */
export function rendererOptions(large: boolean): Pick<CytoscapeOptions, 'textureOnViewport' | 'hideEdgesOnViewport'> {
  return large ? { textureOnViewport: true, hideEdgesOnViewport: true } : {};
}
