import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { layoutOptions, layoutRequestElements, WORKER_LAYOUT } from '../../models/cytoscape/layouts';
import { isLargeDrawing, rendererOptions } from '../../models/cytoscape/rendering';
import { firstInReadingOrder, nearestInDirection, type Direction } from '../../models/cytoscape/spatial';
import { buildStylesheet } from '../../models/cytoscape/stylesheet';
import type { LayoutName } from '../../models/view/viewState';
import type { CanvasHandle } from './canvasHandle';
import type { LayoutAnswer, LayoutRequest } from './layout.worker';

let fcoseLoading: Promise<void> | null = null;
let fcoseReady = false;

/**
 * fcose (with cose-base and layout-base, about 32 KB gzip) is only needed on this thread by views
 * small enough to lay out here: loaded on first use, so the first drawing does not wait for it.
 */
function loadFcose(): Promise<void> {
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

/** The largest zoom a layout leaves the view at. */
const MAX_FIT_ZOOM = 1.4;

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Whether an element definition is a compound group (grouped-by-country layout). */
function isGroup(element: ElementDefinition): boolean {
  return element.classes === 'group';
}

/** The only component that touches Cytoscape: draws the elements, runs layouts, reports gestures. */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** Whether the current Cytoscape instance was created for a large view (`isLargeDrawing`). */
  const drawnLarge = useRef(false);
  const callbacks = useRef(props);
  callbacks.current = props;
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

  /**
   * Creates the Cytoscape instance for a view of this size: renderer options are fixed at
   * creation, so a view that becomes large (or small again) gets a new instance, which takes over
   * the elements, their positions and the viewport of the one before.
   */
  function mount(large: boolean): Core {
    const previous = cyRef.current;
    const carried = previous ? (previous.elements().jsons() as unknown as ElementDefinition[]) : [];
    const viewport = previous ? { zoom: previous.zoom(), pan: previous.pan() } : null;
    previous?.destroy();
    const cy = cytoscape({
      container: container.current,
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
    cyRef.current = cy;
    drawnLarge.current = large;
    cy.on('tap', (event) => {
      const target = event.target as Core | cytoscape.SingularElementReturnValue;
      if (target === cy) callbacks.current.onSelect(null);
      else if (!(target as cytoscape.SingularElementReturnValue).hasClass('group')) {
        callbacks.current.onSelect((target as cytoscape.SingularElementReturnValue).id());
      }
    });
    cy.on('dbltap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass('group')) callbacks.current.onExpand(node.id());
    });
    // A relationship's label on hover restyles it, which redraws the whole view: in a large view
    // that is a long frame each time the pointer crosses a line, so there it shows on selection only.
    if (!large) {
      cy.on('mouseover', 'edge', (event) => (event.target as cytoscape.EdgeSingular).addClass('labelled'));
      cy.on('mouseout', 'edge', (event) => (event.target as cytoscape.EdgeSingular).removeClass('labelled'));
    }
    return cy;
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
      cy.batch(() => {
        if (edgesHeld.current) {
          edgesHeld.current = false;
          const { elements: current, selected } = callbacks.current;
          const drawn = (id: unknown) => cy.getElementById(id as string).nonempty();
          cy.add(
            current.filter(
              (element) =>
                element.group === 'edges' &&
                !drawn(element.data.id) &&
                drawn(element.data.source) &&
                drawn(element.data.target),
            ),
          );
          if (selected) cy.getElementById(selected).select();
        }
        cy.layout({ name: 'preset', positions: event.data.positions, fit: true, padding: 30, animate: false }).run();
      });
      if (!callbacks.current.active) needsFit.current = true;
    };
    setLayingOut(true);
    worker.current.postMessage({ id: run, elements } satisfies LayoutRequest);
  }

  // Elements and layout: a diff keeps the positions of entities that stay, then the layout runs.
  useEffect(() => {
    if (!cyRef.current) return;
    let nodeCount = 0;
    let edgeCount = 0;
    for (const element of props.elements) {
      if (element.group === 'edges') edgeCount += 1;
      else if (!isGroup(element)) nodeCount += 1;
    }
    const large = isLargeDrawing(nodeCount, edgeCount);
    const cy = large === drawnLarge.current ? cyRef.current : mount(large);
    const grouped = props.elements.some(isGroup);
    const key = `${props.layout}:${grouped}`;
    const rebuild = key !== structure.current;
    structure.current = key;
    const wanted = new Map(props.elements.map((element) => [element.data.id as string, element]));
    // Not drawn yet: new elements, and relationships held back for a layout still running.
    const missing: ElementDefinition[] = [];
    let added = rebuild ? props.elements.length : 0;
    if (!rebuild) {
      for (const [id, definition] of wanted) {
        if (cy.getElementById(id).nonempty()) continue;
        missing.push(definition);
        if (!(edgesHeld.current && definition.group === 'edges')) added += 1;
      }
    }
    const nodesAfter = props.elements.length - edgeCount;
    const incremental = !rebuild && added < nodesAfter;
    // Nothing to lay out in an empty view (before the first answer, or when nothing matches).
    const laidOut = (rebuild || added > 0) && nodesAfter > 0;
    const inWorker = laidOut && props.layout === 'fcose' && !incremental && nodesAfter > WORKER_LAYOUT;
    if (laidOut) {
      layoutRun.current += 1;
      setLayingOut(false);
    }
    // A pending worker layout keeps its relationships until it answers; any other layout draws them now.
    edgesHeld.current = inWorker || (edgesHeld.current && !laidOut);
    const toAdd = (definitions: ElementDefinition[]) =>
      edgesHeld.current ? definitions.filter((element) => element.group !== 'edges') : definitions;
    // The worker starts at once, while this thread takes the elements in and draws them.
    if (inWorker) layOutInWorker(layoutRun.current, layoutRequestElements(props.elements));
    cy.batch(() => {
      if (rebuild) {
        cy.elements().remove();
        const all = cy.add(toAdd(props.elements));
        // Start on a circle, so that no two entities overlap before the layout places them.
        const nodes = all.nodes().not('.group');
        const radius = 40 * Math.sqrt(nodes.length + 1);
        nodes.positions((_node, index) => ({
          x: radius * Math.cos((2 * Math.PI * index) / nodes.length),
          y: radius * Math.sin((2 * Math.PI * index) / nodes.length),
        }));
        return;
      }
      cy.elements().forEach((element) => {
        if (!wanted.has(element.id())) element.remove();
      });
      for (const [id, definition] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data(definition.data);
          existing.classes(definition.classes ?? '');
        }
      }
      const fresh = toAdd(missing);
      if (fresh.length) {
        // New entities start next to an entity they are linked to, so the layout settles quickly.
        const placed = cy.add(fresh);
        placed.nodes().forEach((node) => {
          const anchor = node
            .neighborhood()
            .nodes()
            .filter((other) => !placed.contains(other))
            .first();
          if (anchor.nonempty()) {
            const { x, y } = (anchor as NodeSingular).position();
            node.position({ x: x + (Math.random() - 0.5) * 60, y: y + (Math.random() - 0.5) * 60 });
          }
        });
      }
    });
    if (!laidOut || inWorker) return;
    const selected = callbacks.current.selected;
    const roots =
      selected && cy.getElementById(selected).isNode()
        ? [selected]
        : cy
            .nodes()
            .not('.group')
            .sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))
            .slice(0, 1)
            .map((node) => node.id());
    const options = layoutOptions(props.layout, {
      nodeCount: cy.nodes().length,
      incremental,
      roots,
      positions: props.presetPositions,
    });
    const run = layoutRun.current;
    const start = () => {
      if (run !== layoutRun.current || cyRef.current !== cy) return;
      // A small view fitted to the screen would be drawn huge: cap the zoom once the layout is done.
      cy.one('layoutstop', () => {
        if (cy.zoom() > MAX_FIT_ZOOM) {
          cy.zoom(MAX_FIT_ZOOM);
          cy.center();
        }
      });
      cy.layout(options).run();
    };
    if (props.layout === 'fcose' && !fcoseReady) {
      loadFcose().then(start, (error: unknown) => console.error('The force-directed layout did not load.', error));
    } else {
      start();
    }
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

  useImperativeHandle(
    props.handleRef,
    (): CanvasHandle => ({
      async png() {
        const cy = cyRef.current;
        if (!cy) throw new Error('The network is not drawn.');
        return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
      },
      async svg() {
        const cy = cyRef.current;
        if (!cy) throw new Error('The network is not drawn.');
        const { default: svgExtension } = await import('cytoscape-svg');
        if (typeof (cy as unknown as { svg?: unknown }).svg !== 'function') cytoscape.use(svgExtension);
        return (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
      },
      fit() {
        cyRef.current?.fit(undefined, 30);
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const cy = cyRef.current;
    if (!cy) return;
    const current = props.selected ? cy.getElementById(props.selected) : null;
    const currentNode = current && current.nonempty() && current.isNode() ? current : null;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
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
        props.onSelect(next);
        const node = cy.getElementById(next);
        const extent = cy.extent();
        const { x, y } = node.position();
        if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) cy.center(node);
      }
      return;
    }
    switch (event.key) {
      case 'Enter':
      case 'e':
        if (currentNode) {
          event.preventDefault();
          props.onExpand(currentNode.id());
        }
        break;
      case 'h':
      case 'Delete':
        if (currentNode) {
          event.preventDefault();
          props.onHide(currentNode.id());
        }
        break;
      case 'f':
        if (currentNode) {
          event.preventDefault();
          props.onFocus(currentNode.id());
        }
        break;
      case 'Escape':
        props.onSelect(null);
        break;
      case '+':
      case '=':
        cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '-':
        cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
        break;
      case '0':
        cy.fit(undefined, 30);
        break;
    }
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
        data-node-count={props.elements.filter((element) => element.group === 'nodes' && !isGroup(element)).length}
        data-laying-out={layingOut || undefined}
      />
    </div>
  );
}
