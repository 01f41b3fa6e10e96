import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { countElements, planDrawing } from '../../models/cytoscape/drawingPlan';
import { layoutRequestElements } from '../../models/cytoscape/layouts';
import { localLayoutRequest } from '../../models/cytoscape/localLayout';
import type { LayoutName } from '../../models/view/viewState';
import {
  emphasise,
  fitToAnswer,
  highlightNeighbours,
  keepInSight,
  keepLabelsLegible,
  NO_INSETS,
  overlayInsets,
} from './answerFocus';
import { applyDrawing, layOutHere, placeFromWorker, placeLocally } from './applyDrawing';
import { canvasHandle } from './canvasExport';
import type { CanvasHandle } from './canvasHandle';
import { handleCanvasKey } from './canvasKeyboard';
import { createCytoscape } from './cytoscapeInstance';
import { attachTooltip, type Tip } from './tooltip';
import type { LayoutAnswer, LayoutRequest } from './layout.worker';

export interface NetworkCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Positions for the preset (grouped-by-country) layout. */
  presetPositions?: Map<string, { x: number; y: number }>;
  selected: string | null;
  /** The entities that answer the question asked: fitted and emphasised (empty: the whole view). */
  answerIds: ReadonlySet<string>;
  /** False while another view covers the network; the drawing is refitted when it shows again. */
  active: boolean;
  /**
   * What the drawing shows apart from its period: while it stays the same, a new period keeps
   * the entities that stay where they are ('' : never kept).
   */
  keepKey?: string;
  label: string;
  /** Said while a large view is laid out in the background. */
  layingOutLabel: string;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onHide(id: string): void;
  onFocus(id: string): void;
  handleRef?: Ref<CanvasHandle>;
}

/** The only component that touches Cytoscape: draws the elements, runs layouts, reports gestures. */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** Whether the current Cytoscape instance was created for a large view (`isLargeDrawing`). */
  const drawnLarge = useRef(false);
  const callbacks = useRef(props);
  // The latest callbacks for Cytoscape's handlers, updated after rendering (before other effects).
  useLayoutEffect(() => {
    callbacks.current = props;
  });
  const structure = useRef<string>('');
  const needsFit = useRef(false);
  const worker = useRef<Worker | null>(null);
  const layoutRun = useRef(0);
  /**
   * While a view is laid out in the worker, its relationships wait to be drawn with the result:
   * on the starting circle they would only be a tangle costing most of each frame, and the page
   * would stall for seconds at a time while the worker runs.
   */
  const edgesHeld = useRef(false);
  const [layingOut, setLayingOut] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  /** The answer last fitted to (its ids), so that a change of labels alone does not move the view. */
  const fittedAnswer = useRef<string | null>(null);
  /** Whether the view has been fitted once: the first fit is instant, later ones animated. */
  const shown = useRef(false);
  /** The `keepKey` of the drawing on the canvas. */
  const drawnKey = useRef('');

  /** Says when the drawing last settled (the page's clock), for whoever times a change to its redrawing. */
  function markDrawn() {
    if (container.current) container.current.dataset.drawnAt = String(Math.round(performance.now()));
  }

  /** Fits to the answer now, or when the network shows again if another view covers it. */
  function showAnswer(cy: Core) {
    const { active, answerIds } = callbacks.current;
    fittedAnswer.current = [...answerIds].sort().join(' ');
    if (!active) {
      needsFit.current = true;
      return;
    }
    // Where the answer ended up on screen, and at what zoom, for whoever checks that it is in view.
    const frame = container.current;
    fitToAnswer(cy, answerIds, shown.current, frame ? overlayInsets(frame) : NO_INSETS, (box) => {
      if (!frame || cy.destroyed()) return;
      frame.dataset.answerBox = [box.x1, box.y1, box.x2, box.y2].map(Math.round).join(',');
      frame.dataset.zoom = cy.zoom().toFixed(2);
    });
    shown.current = true;
  }

  function mount(large: boolean): Core {
    cyRef.current = createCytoscape(container.current, large, cyRef.current, () => callbacks.current);
    drawnLarge.current = large;
    keepLabelsLegible(cyRef.current);
    attachTooltip(cyRef.current, setTip);
    return cyRef.current;
  }

  useEffect(() => {
    if (!container.current) return;
    mount(false);
    // The canvas follows its panels (details opening beside or under it); the selection stays in sight.
    let size = '';
    const observer = new ResizeObserver(([entry]) => {
      const cy = cyRef.current;
      if (!cy || !entry) return;
      cy.resize();
      // A panel opened or closed beside the drawing: the answer is fitted to the new room.
      const next = `${Math.round(entry.contentRect.width)}x${Math.round(entry.contentRect.height)}`;
      if (size && next !== size && shown.current) showAnswer(cy);
      size = next;
      keepInSight(cy, callbacks.current.selected);
    });
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      worker.current?.terminate();
      worker.current = null;
      edgesHeld.current = false;
      cyRef.current?.destroy();
      cyRef.current = null;
    };
  }, []);

  // Elements and layout: a diff keeps the positions of entities that stay, then the layout runs.
  useEffect(() => {
    /** Sends a layout to the web worker; `answered` gets its positions if the run is still the current one. */
    function askWorker(request: LayoutRequest, answered: (cy: Core, positions: LayoutAnswer['positions']) => void) {
      worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (event: MessageEvent<LayoutAnswer>) => {
        // The instance of the moment: the view may have been redrawn by another one meanwhile.
        const cy = cyRef.current;
        if (event.data.id !== layoutRun.current || !cy) return;
        setLayingOut(false);
        answered(cy, event.data.positions);
        showAnswer(cy);
        markDrawn();
      };
      setLayingOut(true);
      worker.current.postMessage(request);
    }

    /** Lays a large view out in a web worker, then places the entities where it says. */
    function layOutInWorker(run: number, elements: ElementDefinition[]) {
      askWorker({ id: run, elements }, (cy, positions) => {
        const held = edgesHeld.current ? callbacks.current : null;
        edgesHeld.current = false;
        placeFromWorker(cy, positions, held);
      });
    }

    if (!cyRef.current) return;
    const current = cyRef.current;
    const plan = planDrawing(props.elements, props.layout, {
      structure: structure.current,
      isDrawn: (id) => current.getElementById(id).nonempty(),
      drawnIds: current.elements().map((element) => element.id()),
      edgesHeld: edgesHeld.current,
      keep: Boolean(props.keepKey) && props.keepKey === drawnKey.current,
    });
    drawnKey.current = props.keepKey ?? '';
    const cy = plan.large === drawnLarge.current ? current : mount(plan.large);
    // What an expansion or a new filter value brings in beside what stays is marked until the next change.
    const added = new Set(
      plan.rebuild || !plan.update.some((element) => element.group === 'nodes')
        ? []
        : plan.add.filter((element) => element.group === 'nodes').map((element) => element.data.id as string),
    );
    structure.current = plan.structure;
    if (plan.layout !== 'none') {
      layoutRun.current += 1;
      setLayingOut(false);
    }
    edgesHeld.current = plan.edgesHeld;
    // The worker starts at once, while this thread takes the elements in and draws them.
    if (plan.layout === 'worker') layOutInWorker(layoutRun.current, layoutRequestElements(props.elements));
    applyDrawing(cy, plan);
    emphasise(cy, props.answerIds, added);
    highlightNeighbours(cy, callbacks.current.selected);
    if (plan.layout === 'none') {
      if (fittedAnswer.current !== [...props.answerIds].sort().join(' ')) showAnswer(cy);
      markDrawn();
      return;
    }
    const run = layoutRun.current;
    const stillWanted = () => run === layoutRun.current && cyRef.current === cy;
    const settled = () => {
      showAnswer(cy);
      markDrawn();
    };
    if (plan.layout === 'local') {
      const addedIds = plan.add
        .filter((element) => element.group === 'nodes')
        .map((element) => element.data.id as string);
      // Without the force-directed layout (rings, levels) new entities stay by their neighbours.
      const request = props.layout === 'fcose' ? localLayoutRequest(cy, addedIds) : null;
      if (!request) settled();
      // In the worker: with most of the view new, even a local layout would hold the page for seconds.
      else {
        const fixed = new Set(request.fixed);
        askWorker({ id: run, local: request }, (drawn, positions) => placeLocally(drawn, positions, fixed));
      }
      return;
    }
    if (plan.layout !== 'here') return;
    layOutHere(
      cy,
      props.layout,
      { incremental: plan.incremental, selected: callbacks.current.selected, presetPositions: props.presetPositions },
      stillWanted,
      settled,
    );
  }, [props.elements, props.layout, props.presetPositions, props.answerIds, props.keepKey]);

  // Selection follows the view state.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    cy.$('.keyboard').removeClass('keyboard');
    if (props.selected) cy.getElementById(props.selected).select();
    highlightNeighbours(cy, props.selected);
    keepInSight(cy, props.selected);
  }, [props.selected, props.elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !props.active) return;
    cy.resize();
    if (needsFit.current) {
      needsFit.current = false;
      showAnswer(cy);
    }
  }, [props.active]);

  useImperativeHandle(props.handleRef, () => canvasHandle(() => cyRef.current), []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (cy && handleCanvasKey(cy, event.key, props.selected, props)) event.preventDefault();
  }

  return (
    <div className="network-canvas-frame">
      {layingOut && (
        <p className="laying-out" role="status">
          <span className="spinner" aria-hidden="true" /> {props.layingOutLabel}
        </p>
      )}
      <div
        ref={container}
        className="network-canvas"
        role="application"
        aria-roledescription="network"
        aria-label={props.label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="network-canvas"
        data-node-count={countElements(props.elements).nodes}
        data-laying-out={layingOut || undefined}
      />
      {tip && (
        <div className="canvas-tip" style={{ left: tip.x, top: tip.y }} aria-hidden="true">
          {tip.text}
        </div>
      )}
    </div>
  );
}
