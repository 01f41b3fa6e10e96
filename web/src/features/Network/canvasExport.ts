import cytoscape, { type Core } from 'cytoscape';
import type { NodeDrawing } from '../../models/export/exportInput';
import type { CanvasHandle } from './canvasHandle';

/** The drawing as images and as positions, and fitting it to the screen, for the rest of the explorer. */
export function canvasHandle(instance: () => Core | null): CanvasHandle {
  const drawn = () => {
    const cy = instance();
    if (!cy) throw new Error('The network is not drawn.');
    return cy;
  };
  return {
    async svg() {
      const cy = drawn();
      // The SVG writer is loaded with the first SVG export.
      const { default: svgExtension } = await import('cytoscape-svg');
      if (typeof (cy as unknown as { svg?: unknown }).svg !== 'function') cytoscape.use(svgExtension);
      return (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
    },
    fit() {
      instance()?.fit(undefined, 30);
    },
    drawing() {
      const result = new Map<string, NodeDrawing>();
      instance()
        ?.nodes()
        .not('.group')
        .forEach((node) => {
          const { x, y } = node.position();
          result.set(node.id(), {
            x,
            y,
            size: Number(node.data('size')) || node.width(),
            colour: String(node.data('colour') ?? '#9ca3af'),
          });
        });
      return result;
    },
  };
}
