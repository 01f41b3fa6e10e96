/** What the network canvas lets the rest of the explorer do with the drawing. */
export interface CanvasHandle {
  /** The whole drawing as a PNG image. */
  png(): Promise<Blob>;
  /** The whole drawing as an SVG document. */
  svg(): Promise<string>;
  fit(): void;
}
