// Runs the force-directed layout of a large view off the main thread: headless Cytoscape with
// fcose, answering with the positions the canvas then applies as a preset layout.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { workerLayoutOptions } from '../../models/cytoscape/layouts';
import { layoutSeed, withSeededRandom } from '../../models/cytoscape/seededRandom';

cytoscape.use(fcose);

export interface LayoutRequest {
  id: number;
  elements: ElementDefinition[];
}

export interface LayoutAnswer {
  id: number;
  positions: Record<string, { x: number; y: number }>;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, elements } = event.data;
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
  self.postMessage({ id, positions } satisfies LayoutAnswer);
};
