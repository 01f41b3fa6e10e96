import type { CytoscapeOptions } from 'cytoscape';

/**
 * Above this many elements (entities and relationships together), the canvas draws in its
 * large-view mode. Drawing every edge and label costs each frame in proportion to the elements:
 * in software rendering, a view of this size still pans at about 30 frames a second with the
 * full look, and larger ones fall far behind (1,000 entities and 4,000 relationships: 5 to 16).
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
