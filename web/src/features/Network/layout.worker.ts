// Runs the force-directed layouts that would hold the page up off the main thread: headless
// Cytoscape with fcose, answering with the positions the canvas then applies. A whole large view
// is laid out afresh; after a period change, only the new entities around the fixed ones.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { workerLayoutOptions } from '../../models/cytoscape/layouts';
import { runLocalLayout, type LocalLayoutRequest } from '../../models/cytoscape/localLayout';
import { layoutSeed, withSeededRandom } from '../../models/cytoscape/seededRandom';

cytoscape.use(fcose);

export type LayoutRequest =
  | { id: number; elements: ElementDefinition[]; local?: undefined }
  | { id: number; local: LocalLayoutRequest; elements?: undefined };

export interface LayoutAnswer {
  id: number;
  /** The positions of every entity, or of the new ones only after a local layout. */
  positions: Record<string, { x: number; y: number }>;
}

function layOutWhole(elements: ElementDefinition[]): LayoutAnswer['positions'] {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  const ids = cy.nodes().map((node) => node.id());
  withSeededRandom(layoutSeed(ids), () => cy.layout(workerLayoutOptions(cy.nodes().length)).run());
  const positions: LayoutAnswer['positions'] = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = node.position();
  });
  cy.destroy();
  return positions;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const request = event.data;
  const positions = request.local ? runLocalLayout(cytoscape, request.local) : layOutWhole(request.elements);
  self.postMessage({ id: request.id, positions } satisfies LayoutAnswer);
};
