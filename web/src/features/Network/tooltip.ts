import type { Core, NodeSingular } from 'cytoscape';

/** A tooltip's text and where it points, in canvas pixels. */
export interface Tip {
  text: string;
  x: number;
  y: number;
}

function tipOf(node: NodeSingular): Tip {
  const { x, y } = node.renderedPosition();
  const undated = node.data('undated') as string | undefined;
  return {
    text: undated ? `${node.data('label') as string} (${undated})` : (node.data('label') as string),
    x,
    y: y - node.renderedHeight() / 2,
  };
}

/**
 * Names the entity under the pointer, or the one tapped (on a touch screen there is no hover),
 * even where its label is left out because the view is zoomed out; gone when the view moves.
 */
export function attachTooltip(cy: Core, show: (tip: Tip | null) => void): void {
  cy.on('mouseover tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (!node.hasClass('group')) show(tipOf(node));
  });
  cy.on('mouseout', 'node', () => show(null));
  cy.on('viewport', () => show(null));
  cy.on('tap', (event) => {
    if (event.target === cy) show(null);
  });
}
