import type { Core, NodeSingular } from 'cytoscape';
import { firstInReadingOrder, nearestInDirection, type Direction } from '../../models/cytoscape/spatial';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What the keys of the canvas do to the view. */
export interface KeyboardActions {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onHide(id: string): void;
  onFocus(id: string): void;
}

/**
 * Handles a key pressed on the canvas: arrows move the selection to the nearest entity that way,
 * Enter/E expands, H/Delete hides, F focuses, Escape unselects, +/−/0 zoom. Returns whether the
 * key's default action should be prevented.
 */
export function handleCanvasKey(cy: Core, key: string, selected: string | null, actions: KeyboardActions): boolean {
  const current = selected ? cy.getElementById(selected) : null;
  const currentNode = current && current.nonempty() && current.isNode() ? current : null;
  const direction = ARROWS[key];
  if (direction) {
    const candidates = cy
      .nodes()
      .not('.group')
      .map((node) => ({ id: node.id(), ...(node as NodeSingular).renderedPosition() }));
    const next = currentNode
      ? nearestInDirection(
          { id: currentNode.id(), ...(currentNode as NodeSingular).renderedPosition() },
          candidates,
          direction,
        )
      : firstInReadingOrder(candidates);
    if (next) {
      actions.onSelect(next);
      const node = cy.getElementById(next);
      const extent = cy.extent();
      const { x, y } = node.position();
      if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.center(node);
    }
    return true;
  }
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  switch (key) {
    case 'Enter':
    case 'e':
      if (!currentNode) return false;
      actions.onExpand(currentNode.id());
      return true;
    case 'h':
    case 'Delete':
      if (!currentNode) return false;
      actions.onHide(currentNode.id());
      return true;
    case 'f':
      if (!currentNode) return false;
      actions.onFocus(currentNode.id());
      return true;
    case 'Escape':
      actions.onSelect(null);
      return false;
    case '+':
    case '=':
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: centre });
      return false;
    case '-':
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: centre });
      return false;
    case '0':
      cy.fit(undefined, 30);
      return false;
    default:
      return false;
  }
}
