import { lazy, Suspense, useMemo, type Ref } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import { toElements } from '../../models/cytoscape/elements';
import { t } from '../../models/i18n';
import { countryGroupPositions } from '../../models/cytoscape/layouts';
import type { GraphEdge, GraphNode, Language } from '../../models/types';
import type { ViewState } from '../../models/view/viewState';
import type { Insight } from '../Insight/useInsight';
import type { CanvasHandle } from './canvasHandle';

const NetworkCanvas = lazy(async () => ({ default: (await import('./NetworkCanvas')).NetworkCanvas }));

export interface NetworkViewProps {
  view: ViewState;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  pathNodeIds: ReadonlySet<string>;
  pathEdgeIds: ReadonlySet<string>;
  insight: Insight;
  countryNames: Map<string, string>;
  active: boolean;
  onSelect(id: string | null): void;
  onStep(step: ExploreStep): void;
  handleRef: Ref<CanvasHandle>;
}

/** The network drawing: maps the view to elements and hands them to the canvas. */
export function NetworkView(props: NetworkViewProps) {
  const { view, nodes, edges, insight } = props;
  const lang: Language = view.lang;
  const grouped = view.layout === 'country';
  const expandedIds = useMemo(() => new Set(view.explore.expanded.map((item) => item.id)), [view.explore.expanded]);
  const elements = useMemo(
    () =>
      toElements(nodes, edges, {
        sizeMetric: insight.size,
        colourBy: view.colourBy,
        communities: insight.communities,
        groupByCountry: grouped,
        countryNames: props.countryNames,
        noCountryLabel: t(lang, 'noCountry'),
        expandedIds,
        pathNodeIds: props.pathNodeIds,
        pathEdgeIds: props.pathEdgeIds,
      }),
    [
      nodes,
      edges,
      insight,
      view.colourBy,
      grouped,
      props.countryNames,
      lang,
      expandedIds,
      props.pathNodeIds,
      props.pathEdgeIds,
    ],
  );
  const presetPositions = useMemo(() => (grouped ? countryGroupPositions(nodes) : undefined), [grouped, nodes]);
  return (
    <Suspense fallback={<div className="network-canvas placeholder">{t(lang, 'loading')}</div>}>
      <NetworkCanvas
        elements={elements}
        layout={view.layout}
        presetPositions={presetPositions}
        selected={view.selected}
        active={props.active}
        label={t(lang, 'canvasLabel', { n: nodes.length, e: edges.length })}
        layingOutLabel={t(lang, 'layingOut')}
        onSelect={props.onSelect}
        onExpand={(id) => props.onStep({ type: 'expand', id })}
        onHide={(id) => props.onStep({ type: 'hide', id })}
        onFocus={(id) => props.onStep({ type: 'focus', id })}
        handleRef={props.handleRef}
      />
    </Suspense>
  );
}
