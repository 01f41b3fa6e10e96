import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  NodeSingular,
  SingularElementReturnValue,
} from 'cytoscape';
import { layoutOptions } from '../../models/cytoscape/layouts';
import type { DrawingPlan } from '../../models/cytoscape/drawingPlan';
import type { LayoutName } from '../../models/view/viewState';
import { placeNewcomers } from '../../models/cytoscape/localLayout';
import { layoutSeed, withSeededRandom } from '../../models/cytoscape/seededRandom';
import { isFcoseReady, loadFcose } from './cytoscapeInstance';

/** Carries a drawing plan out on the canvas, in one batch. */
export function applyDrawing(cy: Core, plan: DrawingPlan): void {
  cy.batch(() => {
    if (plan.rebuild) {
      cy.elements().remove();
      const all = cy.add(plan.add);
      // Start on a circle, so that no two entities overlap before the layout places them.
      const nodes = all.nodes().not('.group');
      const radius = 40 * Math.sqrt(nodes.length + 1);
      nodes.positions((_node, index) => ({
        x: radius * Math.cos((2 * Math.PI * index) / nodes.length),
        y: radius * Math.sin((2 * Math.PI * index) / nodes.length),
      }));
      return;
    }
    // When most of the view changes, the eye follows no single departure: what leaves goes at once,
    // instead of hundreds of animations redrawing the whole view every frame.
    const fade = plan.fade && plan.remove.length <= FADE_LIMIT && !prefersReducedMotion();
    for (const id of plan.remove) {
      const leaving = cy.getElementById(id);
      if (fade) fadeOut(leaving);
      else leaving.remove();
    }
    for (const definition of plan.update) {
      const existing = cy.getElementById(definition.data.id as string);
      // Back before it finished fading out: it stays.
      if (existing.hasClass('leaving')) {
        existing.stop(true, false);
        existing.removeStyle('opacity');
      }
      existing.data(definition.data);
      existing.classes(definition.classes ?? '');
    }
    if (!plan.add.length) return;
    // New entities start by the entities they are linked to, so a short layout settles them.
    const staying = plan.fade ? cy.nodes().not('.group').not('.leaving').boundingBox({}) : null;
    const placed = cy.add(plan.add).nodes();
    const positions = placeNewcomers(
      placed.map((node) => node.id()),
      (id) =>
        cy
          .getElementById(id)
          .neighborhood()
          .nodes()
          .not('.leaving')
          .map((other) => other.id()),
      (id) => {
        const node = cy.getElementById(id);
        return node.nonempty() ? (node as NodeSingular).position() : null;
      },
      staying,
    );
    placed.forEach((node) => {
      const position = positions.get(node.id());
      if (position) node.position(position);
    });
  });
}

/** Above this many elements leaving at once, they are removed without fading. */
export const FADE_LIMIT = 150;

/** How long what leaves the view takes to fade out. */
const FADE_MS = 350;

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Fades an element out, then removes it unless it came back meanwhile. */
function fadeOut(element: CollectionReturnValue | SingularElementReturnValue): void {
  if (element.empty() || element.hasClass('leaving')) return;
  element.addClass('leaving');
  element.animate(
    { style: { opacity: 0 } },
    {
      duration: FADE_MS,
      complete: () => {
        if (!element.removed() && element.hasClass('leaving')) element.remove();
      },
    },
  );
}

/** Moves the new entities to where a local layout put them; the fixed ones never move. */
export function placeLocally(
  cy: Core,
  positions: Record<string, { x: number; y: number }>,
  fixed: ReadonlySet<string>,
): void {
  cy.batch(() => {
    for (const [id, position] of Object.entries(positions)) {
      const node = cy.getElementById(id);
      if (node.nonempty() && !fixed.has(id) && !node.hasClass('leaving')) node.position(position);
    }
  });
}

/** Draws the relationships held for a worker layout whose ends are drawn, then places the entities. */
export function placeFromWorker(
  cy: Core,
  positions: Record<string, { x: number; y: number }>,
  held: { elements: readonly ElementDefinition[]; selected: string | null } | null,
): void {
  cy.batch(() => {
    if (held) {
      const drawn = (id: unknown) => cy.getElementById(id as string).nonempty();
      cy.add(
        held.elements.filter(
          (element) =>
            element.group === 'edges' &&
            !drawn(element.data.id) &&
            drawn(element.data.source) &&
            drawn(element.data.target),
        ),
      );
      if (held.selected) cy.getElementById(held.selected).select();
    }
    cy.layout({ name: 'preset', positions, fit: false, animate: false }).run();
  });
}

/**
 * Lays the drawing out on this thread, from the selected entity (or the most linked) for the
 * layouts that need a root; `current` tells whether the run is still wanted when fcose arrives,
 * `done` is called once the entities are in place. Random numbers are seeded by the entities
 * drawn, so a view is laid out the same way every time.
 */
export function layOutHere(
  cy: Core,
  layout: LayoutName,
  options: { incremental: boolean; selected: string | null; presetPositions?: Map<string, { x: number; y: number }> },
  current: () => boolean,
  done: () => void,
): void {
  const { selected } = options;
  const roots =
    selected && cy.getElementById(selected).isNode()
      ? [selected]
      : cy
          .nodes()
          .not('.group')
          .sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))
          .slice(0, 1)
          .map((node) => node.id());
  const layoutOpts = layoutOptions(layout, {
    nodeCount: cy.nodes().length,
    incremental: options.incremental,
    roots,
    positions: options.presetPositions,
  });
  const start = () => {
    if (!current()) return;
    const layout = cy.layout(layoutOpts);
    layout.one('layoutstop', () => {
      if (current()) done();
    });
    const ids = cy
      .nodes()
      .not('.group')
      .map((node) => node.id());
    withSeededRandom(layoutSeed(ids), () => layout.run());
  };
  if (layout === 'fcose' && !isFcoseReady()) {
    loadFcose().then(start, (error: unknown) => console.error('The force-directed layout did not load.', error));
  } else {
    start();
  }
}
