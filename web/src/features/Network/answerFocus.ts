import type { Collection, Core, NodeSingular } from 'cytoscape';

/** The largest zoom a fit leaves the view at: a small answer is shown among its surroundings, not huge. */
export const MAX_FIT_ZOOM = 1.6;
/** How long the view takes to move to the answer. */
const FIT_DURATION = 450;
/** How many of the most linked entities keep their label when the view is zoomed out and has no answer. */
const HUBS = 8;
/** The smallest on-screen size of the labels kept (px). */
const LEGIBLE_LABEL = 13;

/** The drawn entities among `ids`, or every entity when none of them is drawn. */
function answerNodes(cy: Core, ids: ReadonlySet<string>): Collection {
  const nodes = cy.nodes().not('.group');
  const chosen = ids.size ? nodes.filter((node) => ids.has(node.id())) : nodes;
  return chosen.nonempty() ? chosen : nodes;
}

/**
 * Marks the answer and steps the rest back: `answer` on its entities and the relationships
 * between them, `dimmed` on everything else; `added` on the entities new since the last drawing.
 * Called after each drawing, whose refresh resets the classes.
 */
export function emphasise(cy: Core, ids: ReadonlySet<string>, added: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.elements().removeClass('answer dimmed added hub');
    for (const id of added) cy.getElementById(id).addClass('added');
    if (!ids.size) {
      cy.nodes()
        .not('.group')
        .sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))
        .slice(0, HUBS)
        .addClass('hub');
      return;
    }
    cy.nodes()
      .not('.group')
      .forEach((node) => {
        node.addClass(ids.has(node.id()) ? 'answer' : 'dimmed');
      });
    cy.edges().forEach((edge) => {
      const inside = ids.has(edge.source().id()) && ids.has(edge.target().id());
      edge.addClass(inside ? 'answer' : 'dimmed');
    });
  });
  cy.emit('labels.legible');
}

/**
 * Keeps the labels of the answer (or of the most linked entities) at a legible size on screen
 * whatever the zoom; the others follow the zoom and are left out when too small to read.
 */
export function keepLabelsLegible(cy: Core): void {
  let frame = 0;
  const apply = () => {
    frame = 0;
    // The frame may come after the drawing was replaced.
    if (cy.destroyed()) return;
    const size = Math.round(Math.min(40, Math.max(14, LEGIBLE_LABEL / cy.zoom())));
    cy.batch(() => {
      cy.nodes().removeStyle('font-size');
      cy.nodes('.answer, .hub').style('font-size', size);
    });
  };
  cy.on('zoom', () => {
    frame ||= requestAnimationFrame(apply);
  });
  cy.on('labels.legible', apply);
}

/** The zoom and pan that show `nodes` whole in the canvas, with a margin, at a zoom no larger than the cap. */
export function viewportFor(
  bounds: { x1: number; y1: number; w: number; h: number },
  canvas: { width: number; height: number },
  limits: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  const padding = Math.min(40, Math.max(12, Math.min(canvas.width, canvas.height) * 0.06));
  const width = Math.max(canvas.width - 2 * padding, 1);
  const height = Math.max(canvas.height - 2 * padding, 1);
  const fitted = Math.min(width / Math.max(bounds.w, 1), height / Math.max(bounds.h, 1));
  const zoom = Math.min(Math.max(fitted, limits.min), limits.max);
  const centre = { x: bounds.x1 + bounds.w / 2, y: bounds.y1 + bounds.h / 2 };
  return { zoom, pan: { x: canvas.width / 2 - zoom * centre.x, y: canvas.height / 2 - zoom * centre.y } };
}

/** Moves the view (animated unless asked not to) so that the answer fills the canvas. */
export function fitToAnswer(cy: Core, ids: ReadonlySet<string>, animate: boolean): void {
  const nodes = answerNodes(cy, ids);
  if (nodes.empty()) return;
  cy.stop(true, true);
  const target = viewportFor(
    nodes.boundingBox({ includeLabels: true }),
    { width: cy.width(), height: cy.height() },
    { min: cy.minZoom(), max: MAX_FIT_ZOOM },
  );
  if (animate) cy.animate(target, { duration: FIT_DURATION, easing: 'ease-in-out-cubic' });
  else cy.viewport(target);
}

/** The selected entity's neighbours and links step forward; `near` is cleared from the rest. */
export function highlightNeighbours(cy: Core, selected: string | null): void {
  cy.batch(() => {
    cy.elements('.near').removeClass('near');
    const element = selected ? cy.getElementById(selected) : null;
    if (!element?.nonempty() || !element.isNode()) return;
    (element as NodeSingular).closedNeighborhood().addClass('near');
  });
}

/** Brings the selected entity back into the canvas (animated) when it is out of sight. */
export function keepInSight(cy: Core, selected: string | null): void {
  const element = selected ? cy.getElementById(selected) : null;
  if (!element?.nonempty() || !element.isNode() || cy.width() === 0) return;
  const { x, y } = element.renderedPosition();
  const margin = 24;
  if (x > margin && y > margin && x < cy.width() - margin && y < cy.height() - margin) return;
  cy.animate({ center: { eles: element } }, { duration: 300 });
}
