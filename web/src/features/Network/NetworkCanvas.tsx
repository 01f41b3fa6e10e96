import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { countElements, planDrawing } from '../../models/cytoscape/drawingPlan';
import { layoutRequestElements } from '../../models/cytoscape/layouts';
import type { LayoutName } from '../../models/view/viewState';
import { applyDrawing, layOutHere, placeFromWorker } from './applyDrawing';
import { canvasHandle } from './canvasExport';
import type { CanvasHandle } from './canvasHandle';
import { handleCanvasKey } from './canvasKeyboard';
import { createCytoscape } from './cytoscapeInstance';
import type { LayoutAnswer, LayoutRequest } from './layout.worker';

export interface NetworkCanvasProps {
  elements: ElementDefinition[];
  layout: LayoutName;
  /** Positions for the preset (grouped-by-country) layout. */
  presetPositions?: Map<string, { x: number; y: number }>;
  selected: string | null;
  /** False while another view covers the network; the drawing is refitted when it shows again. */
  active: boolean;
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

  function mount(large: boolean): Core {
    cyRef.current = createCytoscape(container.current, large, cyRef.current, () => callbacks.current);
    drawnLarge.current = large;
    return cyRef.current;
  }

  useEffect(() => {
    if (!container.current) return;
    mount(false);
    const observer = new ResizeObserver(() => cyRef.current?.resize());
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

  /** Lays a large view out in a web worker, then places the entities where it says. */
  function layOutInWorker(run: number, elements: ElementDefinition[]) {
    worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.current.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      // The instance of the moment: the view may have been redrawn by another one meanwhile.
      const cy = cyRef.current;
      if (event.data.id !== layoutRun.current || !cy) return;
      setLayingOut(false);
      const held = edgesHeld.current ? callbacks.current : null;
      edgesHeld.current = false;
      placeFromWorker(cy, event.data.positions, held);
      if (!callbacks.current.active) needsFit.current = true;
    };
    setLayingOut(true);
    worker.current.postMessage({ id: run, elements } satisfies LayoutRequest);
  }

  // Elements and layout: a diff keeps the positions of entities that stay, then the layout runs.
  useEffect(() => {
    if (!cyRef.current) return;
    const current = cyRef.current;
    const plan = planDrawing(props.elements, props.layout, {
      structure: structure.current,
      isDrawn: (id) => current.getElementById(id).nonempty(),
      drawnIds: current.elements().map((element) => element.id()),
      edgesHeld: edgesHeld.current,
    });
    const cy = plan.large === drawnLarge.current ? current : mount(plan.large);
    structure.current = plan.structure;
    if (plan.layout !== 'none') {
      layoutRun.current += 1;
      setLayingOut(false);
    }
    edgesHeld.current = plan.edgesHeld;
    // The worker starts at once, while this thread takes the elements in and draws them.
    if (plan.layout === 'worker') layOutInWorker(layoutRun.current, layoutRequestElements(props.elements));
    applyDrawing(cy, plan);
    if (plan.layout !== 'here') return;
    const run = layoutRun.current;
    layOutHere(
      cy,
      props.layout,
      { incremental: plan.incremental, selected: callbacks.current.selected, presetPositions: props.presetPositions },
      () => run === layoutRun.current && cyRef.current === cy,
    );
    if (!callbacks.current.active) needsFit.current = true;
  }, [props.elements, props.layout, props.presetPositions]);

  // Selection follows the view state.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    cy.$('.keyboard').removeClass('keyboard');
    if (props.selected) cy.getElementById(props.selected).select();
  }, [props.selected, props.elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !props.active) return;
    cy.resize();
    if (needsFit.current) {
      needsFit.current = false;
      cy.fit(undefined, 30);
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
    </div>
  );
}
