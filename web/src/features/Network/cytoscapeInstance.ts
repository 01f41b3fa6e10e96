import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type SingularElementReturnValue,
} from 'cytoscape';
import { rendererOptions } from '../../models/cytoscape/rendering';
import { buildStylesheet } from '../../models/cytoscape/stylesheet';

let fcoseLoading: Promise<void> | null = null;
let fcoseReady = false;

/** Whether fcose is registered on this thread. */
export function isFcoseReady(): boolean {
  return fcoseReady;
}

/**
 * fcose (with cose-base and layout-base, about 32 KB gzip) is only needed on this thread by views
 * small enough to lay out here: loaded on first use, so the first drawing does not wait for it.
 */
export function loadFcose(): Promise<void> {
  fcoseLoading ??= import('cytoscape-fcose').then(
    ({ default: fcose }) => {
      cytoscape.use(fcose);
      fcoseReady = true;
    },
    (error: unknown) => {
      fcoseLoading = null;
      throw error;
    },
  );
  return fcoseLoading;
}

/** The gestures the canvas reports. */
export interface CanvasGestures {
  onSelect(id: string | null): void;
  onExpand(id: string): void;
}

/**
 * A Cytoscape instance for a view of this size: renderer options are fixed at creation, so a view
 * that becomes large (or small again) gets a new instance, which takes over the elements, their
 * positions and the viewport of `previous` (destroyed here).
 */
export function createCytoscape(
  container: HTMLElement | null,
  large: boolean,
  previous: Core | null,
  gestures: () => CanvasGestures,
): Core {
  const carried = previous ? (previous.elements().jsons() as unknown as ElementDefinition[]) : [];
  const viewport = previous ? { zoom: previous.zoom(), pan: previous.pan() } : null;
  previous?.destroy();
  const cy = cytoscape({
    container,
    style: buildStylesheet({ large }),
    elements: carried,
    // Where they were (Cytoscape would otherwise lay them out on a grid).
    layout: { name: 'preset', fit: false },
    minZoom: 0.1,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...rendererOptions(large),
  });
  if (viewport) cy.viewport(viewport);
  cy.on('tap', (event) => {
    const target = event.target as Core | SingularElementReturnValue;
    if (target === cy) gestures().onSelect(null);
    else if (!(target as SingularElementReturnValue).hasClass('group')) {
      gestures().onSelect((target as SingularElementReturnValue).id());
    }
  });
  cy.on('dbltap', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (!node.hasClass('group')) gestures().onExpand(node.id());
  });
  // A relationship's label on hover restyles it, which redraws the whole view: in a large view
  // that is a long frame each time the pointer crosses a line, so there it shows on selection only.
  if (!large) {
    cy.on('mouseover', 'edge', (event) => (event.target as cytoscape.EdgeSingular).addClass('labelled'));
    cy.on('mouseout', 'edge', (event) => (event.target as cytoscape.EdgeSingular).removeClass('labelled'));
  }
  return cy;
}
