import type { ElementDefinition } from 'cytoscape';
import type { LayoutName } from '../view/viewState';
import { WORKER_LAYOUT } from './layouts';
import { isLargeDrawing } from './rendering';

/** What is on the canvas before a new set of elements arrives. */
export interface DrawnState {
  /** The layout and grouping the drawing was built for (`fcose:false`); '' before the first. */
  structure: string;
  /** Whether the id is drawn. */
  isDrawn(id: string): boolean;
  /** The drawn element ids, to find those that leave. */
  drawnIds: Iterable<string>;
  /** Whether relationships wait for a layout running in the worker. */
  edgesHeld: boolean;
  /**
   * Whether what stays keeps its place exactly (the period moved, nothing else): what is new is
   * placed by its neighbours and laid out locally, what leaves fades out.
   */
  keep?: boolean;
}

/** What to do to the canvas so that it shows `elements`; computed without touching Cytoscape. */
export interface DrawingPlan {
  /** The view needs the large-view renderer (`isLargeDrawing`). */
  large: boolean;
  structure: string;
  /** The layout or grouping changed: everything is removed and drawn afresh, on a circle. */
  rebuild: boolean;
  /** Drawn elements that leave (none when rebuilding: all go). */
  remove: string[];
  /** Drawn elements that stay, whose data and classes are refreshed. */
  update: ElementDefinition[];
  /** Elements to add now; relationships held for a worker layout are left out. */
  add: ElementDefinition[];
  /**
   * Where the layout runs: nowhere (nothing new), on this thread, in the worker, or only around
   * what is new, the entities that stay locked in place (`local`).
   */
  layout: 'none' | 'here' | 'worker' | 'local';
  /** Only a few entities are new: the layout starts from the current positions. */
  incremental: boolean;
  /** Relationships wait for the worker's answer after this plan. */
  edgesHeld: boolean;
  /** What leaves fades out instead of vanishing, so the change can be seen. */
  fade: boolean;
}

/** Whether an element definition is a compound group (grouped-by-country layout). */
function isGroup(element: ElementDefinition): boolean {
  return element.classes === 'group';
}

/** How many entities (not groups) and relationships a view has. */
export function countElements(elements: readonly ElementDefinition[]): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const element of elements) {
    if (element.group === 'edges') edges += 1;
    else if (!isGroup(element)) nodes += 1;
  }
  return { nodes, edges };
}

/**
 * The diff from what is drawn to `elements`: entities that stay keep their positions; the layout
 * runs when something new appears, in the worker for a large force-directed view laid out afresh.
 */
export function planDrawing(
  elements: readonly ElementDefinition[],
  layout: LayoutName,
  drawn: DrawnState,
): DrawingPlan {
  const counts = countElements(elements);
  const structure = `${layout}:${elements.some(isGroup)}`;
  const rebuild = structure !== drawn.structure;
  const wanted = new Map(elements.map((element) => [element.data.id as string, element]));
  // Not drawn yet: new elements, and relationships held back for a layout still running.
  const missing: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  let added = rebuild ? elements.length : 0;
  if (!rebuild) {
    for (const [id, definition] of wanted) {
      if (drawn.isDrawn(id)) {
        update.push(definition);
        continue;
      }
      missing.push(definition);
      if (!(drawn.edgesHeld && definition.group === 'edges')) added += 1;
    }
  }
  const nodesAfter = elements.length - counts.edges;
  const incremental = !rebuild && added < nodesAfter;
  // Nothing to lay out in an empty view (before the first answer, or when nothing matches).
  const laidOut = (rebuild || added > 0) && nodesAfter > 0;
  // The period moved: what stays keeps its place, whatever the layout (a preset grid is placed afresh).
  const keep = Boolean(drawn.keep) && !rebuild && layout !== 'country';
  const local = keep && incremental && laidOut;
  const inWorker = laidOut && !local && layout === 'fcose' && !incremental && nodesAfter > WORKER_LAYOUT;
  // A pending worker layout keeps its relationships until it answers; any other layout draws them now.
  const edgesHeld = inWorker || (drawn.edgesHeld && !laidOut);
  const toAdd = rebuild ? elements : missing;
  return {
    large: isLargeDrawing(counts.nodes, counts.edges),
    structure,
    rebuild,
    remove: rebuild ? [] : [...drawn.drawnIds].filter((id) => !wanted.has(id)),
    update,
    add: edgesHeld ? toAdd.filter((element) => element.group !== 'edges') : [...toAdd],
    layout: local ? 'local' : inWorker ? 'worker' : laidOut ? 'here' : 'none',
    incremental,
    edgesHeld,
    fade: keep,
  };
}
