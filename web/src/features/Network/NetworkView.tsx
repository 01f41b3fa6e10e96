import { lazy, Suspense, useMemo } from 'react';
import { isUndatedEdge, isUndatedNode, toElements } from '../../models/cytoscape/elements';
import { countryGroupPositions, isHierarchy } from '../../models/cytoscape/layouts';
import { t } from '../../models/i18n';
import { toPeriod, withoutPeriod } from '../../models/view/filters';
import { AnswerSummary } from '../Answer/AnswerSummary';
import { useExplorer } from '../App/explorerContext';
import { communityLegend } from '../Legend/communityLegend';
import { Legend } from '../Legend/Legend';
import { useAnswer } from './useAnswer';

const NetworkCanvas = lazy(async () => ({ default: (await import('./NetworkCanvas')).NetworkCanvas }));

const NO_IDS: ReadonlySet<string> = new Set();

/** The network drawing: maps the view on screen to elements and hands them to the canvas. */
export function NetworkView() {
  const { view, lang, nodes, edges, insight, data, canvas, select, step } = useExplorer();
  const { answer, sentence } = useAnswer(data.graph, view.filters, view.explore, lang, data);
  const grouped = view.layout === 'country';
  // Levels and chains are drawn only where the view is a hierarchy; elsewhere, rings by degree.
  const hierarchy = useMemo(
    () =>
      isHierarchy(
        nodes.map((node) => node.id),
        edges,
      ),
    [nodes, edges],
  );
  const layout = view.layout === 'hierarchical' && !hierarchy ? 'concentric' : view.layout;
  const pathNodeIds = data.graph?.pathNodeIds ?? NO_IDS;
  const pathEdgeIds = data.graph?.pathEdgeIds ?? NO_IDS;
  // Under a period, what no source dates is marked (when kept).
  const underPeriod = data.answeredFor !== null && toPeriod(data.answeredFor.filters) !== null;
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
        undatedMark: underPeriod ? t(lang, 'undatedMark') : null,
      }),
    [
      nodes,
      edges,
      insight,
      view.colourBy,
      grouped,
      data.countryNames,
      lang,
      expandedIds,
      pathNodeIds,
      pathEdgeIds,
      underPeriod,
    ],
  );
  // The view apart from its period, as answered: while it stays, a new period keeps what stays in place.
  const answered = data.answeredFor;
  const keepKey = answered
    ? JSON.stringify([
        { ...withoutPeriod(answered.filters), undated: null },
        answered.fold,
        answered.explore.expanded,
        answered.explore.path,
        view.explore.hidden,
        view.explore.focus,
      ])
    : '';
  const communities = useMemo(
    () => (view.colourBy === 'community' ? communityLegend(lang, nodes, insight.communities) : null),
    [view.colourBy, lang, nodes, insight.communities],
  );
  const present = useMemo(
    () => ({
      types: new Set(nodes.map((node) => node.type)),
      kinds: new Set(nodes.flatMap((node) => (node.organisationKind ? [node.organisationKind] : []))),
      relationships: new Set(edges.map((edge) => edge.type)),
      undated: underPeriod && (nodes.some(isUndatedNode) || edges.some(isUndatedEdge)),
    }),
    [nodes, edges, underPeriod],
  );
  const presetPositions = useMemo(() => (grouped ? countryGroupPositions(nodes) : undefined), [grouped, nodes]);
  return (
    <div className="network-stage">
      <Suspense fallback={<div className="network-canvas placeholder">{t(lang, 'loading')}</div>}>
        <NetworkCanvas
          elements={elements}
          layout={layout}
          presetPositions={presetPositions}
          selected={view.selected}
          answerIds={answer.ids}
          active={view.view === 'network'}
          keepKey={keepKey}
          label={t(lang, 'canvasLabel', { n: nodes.length, e: edges.length })}
          layingOutLabel={t(lang, 'layingOut')}
          onSelect={select}
          onExpand={(id) => step({ type: 'expand', id })}
          onHide={(id) => step({ type: 'hide', id })}
          onFocus={(id) => step({ type: 'focus', id })}
          handleRef={canvas}
        />
      </Suspense>
      {layout !== view.layout && (
        <p className="layout-note" role="status" data-overlay>
          {t(lang, 'notHierarchy')}
        </p>
      )}
      <AnswerSummary lang={lang} answer={answer} sentence={sentence} selected={view.selected} onSelect={select} />
      <Legend lang={lang} communities={communities} present={present} />
    </div>
  );
}
