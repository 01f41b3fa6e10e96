import type { Collection, Core, NodeSingular } from 'cytoscape';

/** The largest zoom a fit leaves the view at: a small answer is shown among its surroundings, not huge. */
export const MAX_FIT_ZOOM = 2;
/** How long the view takes to move to the answer. */
const FIT_DURATION = 450;
/** How many of the most linked entities keep their label when the view is zoomed out and has no answer. */
const HUBS = 6;
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
  /** The size last applied: a zoom that keeps it restyles nothing (every frame of an animated fit zooms). */
  let applied = 0;
  const apply = (event?: { type: string }) => {
    frame = 0;
    // The frame may come after the drawing was replaced.
    if (cy.destroyed()) return;
    const size = Math.round(Math.min(40, Math.max(14, LEGIBLE_LABEL / cy.zoom())));
    if (event?.type !== 'labels.legible' && size === applied) return;
    applied = size;
    cy.batch(() => {
      cy.nodes().removeStyle('font-size text-max-width');
      // The wrapping width grows with the text, so a long name stays a few lines, not a column.
      cy.nodes('.answer, .hub').style({ 'font-size': size, 'text-max-width': `${Math.round((120 * size) / 14)}px` });
    });
  };
  cy.on('zoom', () => {
    frame ||= requestAnimationFrame(() => apply());
  });
  cy.on('labels.legible', apply);
}

/** Room the panels over the drawing take on each side of the canvas (px). */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The zoom and pan that show `bounds` whole in the part of the canvas the panels leave free,
 * with a margin, at a zoom no larger than the cap.
 */
export function viewportFor(
  bounds: { x1: number; y1: number; w: number; h: number },
  canvas: { width: number; height: number },
  limits: { min: number; max: number },
  insets: Insets = NO_INSETS,
): { zoom: number; pan: { x: number; y: number } } {
  const free = {
    x: insets.left,
    y: insets.top,
    width: Math.max(canvas.width - insets.left - insets.right, 1),
    height: Math.max(canvas.height - insets.top - insets.bottom, 1),
  };
  const padding = Math.min(40, Math.max(12, Math.min(free.width, free.height) * 0.06));
  const width = Math.max(free.width - 2 * padding, 1);
  const height = Math.max(free.height - 2 * padding, 1);
  const fitted = Math.min(width / Math.max(bounds.w, 1), height / Math.max(bounds.h, 1));
  const zoom = Math.min(Math.max(fitted, limits.min), limits.max);
  const centre = { x: bounds.x1 + bounds.w / 2, y: bounds.y1 + bounds.h / 2 };
  return {
    zoom,
    pan: { x: free.x + free.width / 2 - zoom * centre.x, y: free.y + free.height / 2 - zoom * centre.y },
  };
}

/**
 * The room the panels over the drawing (marked `data-overlay`) take: a tall panel on the right
 * takes a strip on the right, any other the strip above or below it; never more than 45% a side.
 */
export function overlayInsets(frame: HTMLElement): Insets {
  const box = frame.getBoundingClientRect();
  const insets = { ...NO_INSETS };
  const stage = frame.closest('.network-stage') ?? frame.parentElement;
  for (const overlay of stage?.querySelectorAll<HTMLElement>('[data-overlay]') ?? []) {
    const rect = overlay.getBoundingClientRect();
    if (!rect.width || !rect.height) continue;
    if (rect.height > box.height * 0.4 && rect.left > box.left + box.width / 2) {
      insets.right = Math.max(insets.right, box.right - rect.left);
    } else if (rect.top < box.top + box.height / 2) {
      insets.top = Math.max(insets.top, rect.bottom - box.top);
    } else {
      insets.bottom = Math.max(insets.bottom, box.bottom - rect.top);
    }
  }
  return {
    top: Math.min(insets.top, box.height * 0.45),
    right: Math.min(insets.right, box.width * 0.45),
    bottom: Math.min(insets.bottom, box.height * 0.45),
    left: 0,
  };
}

/**
 * Moves the view (animated unless asked not to) so that the answer fills the canvas; `done`
 * gets the answer's box on screen once it is there.
 */
export function fitToAnswer(
  cy: Core,
  ids: ReadonlySet<string>,
  animate: boolean,
  insets: Insets,
  done: (box: { x1: number; y1: number; x2: number; y2: number }) => void = () => {},
): void {
  const nodes = answerNodes(cy, ids);
  if (nodes.empty()) return;
  cy.stop(true, true);
  const target = viewportFor(
    nodes.boundingBox({ includeLabels: true }),
    { width: cy.width(), height: cy.height() },
    { min: cy.minZoom(), max: MAX_FIT_ZOOM },
    insets,
  );
  // The view may be gone by the end of the animation (another view, the page left).
  const report = () => {
    if (!cy.destroyed()) done(nodes.renderedBoundingBox({ includeLabels: true }));
  };
  if (animate && !movesMuch({ zoom: cy.zoom(), pan: cy.pan() }, target, { width: cy.width(), height: cy.height() }))
    animate = false;
  if (animate) cy.animate(target, { duration: FIT_DURATION, easing: 'ease-in-out-cubic', complete: report });
  else {
    cy.viewport(target);
    report();
  }
}

/**
 * Whether going from one viewport to another moves the drawing enough to be worth animating:
 * the zoom changes by more than 5%, or the pan by more than 5% of the canvas. A small move is
 * made at once (an animation redraws every frame, for nothing to see).
 */
export function movesMuch(
  from: { zoom: number; pan: { x: number; y: number } },
  to: { zoom: number; pan: { x: number; y: number } },
  canvas: { width: number; height: number },
): boolean {
  if (Math.abs(to.zoom / from.zoom - 1) > 0.05) return true;
  const shift = Math.hypot(to.pan.x - from.pan.x, to.pan.y - from.pan.y);
  return shift > 0.05 * Math.max(canvas.width, canvas.height, 1);
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
