import type { NodeDrawing } from '../../models/export/exportInput';

/** What the network canvas lets the rest of the explorer do with the drawing. */
export interface CanvasHandle {
  /** The whole drawing as an SVG document. */
  svg(): Promise<string>;
  fit(): void;
  /** How each entity is drawn (layout position, size, colour), by id. */
  drawing(): Map<string, NodeDrawing>;
}
