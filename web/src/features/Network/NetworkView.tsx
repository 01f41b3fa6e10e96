import { lazy, Suspense, useMemo } from 'react';
import { toElements } from '../../models/cytoscape/elements';
import { countryGroupPositions } from '../../models/cytoscape/layouts';
import { t } from '../../models/i18n';
import { useExplorer } from '../App/explorerContext';

const NetworkCanvas = lazy(async () => ({ default: (await import('./NetworkCanvas')).NetworkCanvas }));

const NO_IDS: ReadonlySet<string> = new Set();

/** The network drawing: maps the view on screen to elements and hands them to the canvas. */
export function NetworkView() {
  const { view, lang, nodes, edges, insight, data, canvas, select, step } = useExplorer();
  const grouped = view.layout === 'country';
  const pathNodeIds = data.graph?.pathNodeIds ?? NO_IDS;
  const pathEdgeIds = data.graph?.pathEdgeIds ?? NO_IDS;
  const expandedIds = useMemo(() => new Set(view.explore.expanded.map((item) => item.id)), [view.explore.expanded]);
  const elements = useMemo(
    () =>
      toElements(nodes, edges, {
        sizeMetric: insight.size,
        colourBy: view.colourBy,
        communities: insight.communities,
        groupByCountry: grouped,
        countryNames: data.countryNames,
        noCountryLabel: t(lang, 'noCountry'),
        expandedIds,
        pathNodeIds,
        pathEdgeIds,
      }),
    [nodes, edges, insight, view.colourBy, grouped, data.countryNames, lang, expandedIds, pathNodeIds, pathEdgeIds],
  );
  const presetPositions = useMemo(() => (grouped ? countryGroupPositions(nodes) : undefined), [grouped, nodes]);
  return (
    <Suspense fallback={<div className="network-canvas placeholder">{t(lang, 'loading')}</div>}>
      <NetworkCanvas
        elements={elements}
        layout={view.layout}
        presetPositions={presetPositions}
        selected={view.selected}
        active={view.view === 'network'}
        label={t(lang, 'canvasLabel', { n: nodes.length, e: edges.length })}
        layingOutLabel={t(lang, 'layingOut')}
        onSelect={select}
        onExpand={(id) => step({ type: 'expand', id })}
        onHide={(id) => step({ type: 'hide', id })}
        onFocus={(id) => step({ type: 'focus', id })}
        handleRef={canvas}
      />
    </Suspense>
  );
}
