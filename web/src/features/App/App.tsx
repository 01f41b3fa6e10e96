import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ExploreStep } from '../../models/view/explore';
import { toGraphFilter } from '../../models/view/filters';
import { t } from '../../models/i18n';
import { filtersForCell } from '../../models/tables/matrix';
import type { SearchHitData } from '../../models/types';
import { useExplorerData } from '../../state/useExplorerData';
import { useViewState } from '../../state/useViewState';
import { EMPTY_FILTERS } from '../../models/view/viewState';
import { DetailsPanel } from '../Details/DetailsPanel';
import { ExploreControls } from '../Explore/ExploreControls';
import { PathPanel, type PathEnd } from '../Explore/PathPanel';
import { ExportMenu } from '../Export/ExportMenu';
import { FilterPanel } from '../Filters/FilterPanel';
import { InsightControls } from '../Insight/InsightControls';
import { useInsight } from '../Insight/useInsight';
import { Legend } from '../Legend/Legend';
import type { CanvasHandle } from '../Network/canvasHandle';
import { NetworkView } from '../Network/NetworkView';
import { QueryDialog } from '../Query/QueryDialog';
import { TableView } from '../Table/TableView';
import { Header } from './Header';
import { Notices } from './Notices';
import { StatusBar } from './StatusBar';

const MatrixView = lazy(async () => ({ default: (await import('../Matrix/MatrixView')).MatrixView }));

const NO_NODES: never[] = [];
const NO_IDS = new Set<string>();

/** The explorer: header, filters and tools, the current view, and the details of the selection. */
export function App() {
  const [state, dispatch] = useViewState();
  const { view } = state;
  const lang = view.lang;
  const data = useExplorerData(view);
  const nodes = data.graph?.nodes ?? NO_NODES;
  const edges = data.graph?.edges ?? NO_NODES;
  const insight = useInsight(nodes, edges, view.sizeBy, view.colourBy);
  const canvas = useRef<CanvasHandle>(null);
  const [message, setMessage] = useState('');
  const [pathDraft, setPathDraft] = useState<{ from: PathEnd | null; to: PathEnd | null }>({ from: null, to: null });

  const step = (value: ExploreStep) => dispatch({ type: 'step', step: value });
  const select = (id: string | null) => dispatch({ type: 'select', id });

  // The path in force (from the address or a search) fills the pickers once its ends have names.
  const asked = view.explore.path;
  useEffect(() => {
    if (!asked) return;
    setPathDraft({
      from: { id: asked.from, label: data.labelOf(asked.from) },
      to: { id: asked.to, label: data.labelOf(asked.to) },
    });
  }, [asked?.from, asked?.to, data.graph]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      if (event.key.toLowerCase() === 'z') {
        event.preventDefault();
        dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
      } else if (event.key.toLowerCase() === 'y') {
        event.preventDefault();
        dispatch({ type: 'redo' });
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);

  function chooseHit(hit: SearchHitData) {
    const id = hit.entity.id;
    if (!nodes.some((node) => node.id === id)) step({ type: 'expand', id });
    select(id);
  }

  function pickPathEnd(end: 'from' | 'to', value: PathEnd | null) {
    const next = { ...pathDraft, [end]: value };
    setPathDraft(next);
    if (next.from && next.to && next.from.id !== next.to.id) {
      step({ type: 'path', from: next.from.id, to: next.to.id });
    }
  }

  const graph = data.graph;
  const loading = data.query.loading;
  const announcement = graph
    ? `${t(lang, 'showing', { n: graph.nodes.length, m: graph.total })}. ${message}`
    : loading
      ? t(lang, 'loading')
      : message;

  return (
    <div className="app" data-loading={loading || undefined}>
      <a href="#main" className="skip-link">
        {t(lang, 'skipToContent')}
      </a>
      <Header
        lang={lang}
        view={view.view}
        searchText={view.filters.text}
        onView={(value) => dispatch({ type: 'view', view: value })}
        onLang={(value) => dispatch({ type: 'lang', lang: value })}
        onChoose={chooseHit}
        onSearchText={(text) => dispatch({ type: 'filters', filters: { ...view.filters, text } })}
      />
      <div className="layout">
        <aside className="sidebar" aria-label={t(lang, 'filters')}>
          <FilterPanel
            lang={lang}
            filters={view.filters}
            facets={data.facets}
            failed={data.facetsFailed}
            onChange={(filters) => dispatch({ type: 'filters', filters })}
          />
          <ExploreControls
            lang={lang}
            explore={view.explore}
            history={state.history}
            hiddenCount={graph?.hiddenCount ?? 0}
            focusLabel={view.explore.focus ? data.labelOf(view.explore.focus) : null}
            onStep={step}
            onUndo={() => dispatch({ type: 'undo' })}
            onRedo={() => dispatch({ type: 'redo' })}
          />
          <PathPanel
            lang={lang}
            from={pathDraft.from}
            to={pathDraft.to}
            explanation={view.explore.path ? data.pathExplanation : null}
            loading={loading && view.explore.path !== null}
            onPick={pickPathEnd}
            onFind={() =>
              pathDraft.from && pathDraft.to && step({ type: 'path', from: pathDraft.from.id, to: pathDraft.to.id })
            }
            onClear={() => {
              setPathDraft({ from: null, to: null });
              step({ type: 'clearPath' });
            }}
            onSelect={(id) => select(id)}
          />
          <InsightControls
            lang={lang}
            layout={view.layout}
            sizeBy={view.sizeBy}
            colourBy={view.colourBy}
            communityCount={insight.communityCount}
            onLayout={(layout) => dispatch({ type: 'layout', layout })}
            onSizeBy={(sizeBy) => dispatch({ type: 'sizeBy', sizeBy })}
            onColourBy={(colourBy) => dispatch({ type: 'colourBy', colourBy })}
          />
          <Legend lang={lang} />
        </aside>
        <main id="main" className="main" tabIndex={-1}>
          <div className="toolbar">
            <StatusBar
              lang={lang}
              shown={graph?.nodes.length ?? 0}
              total={graph?.total ?? 0}
              edges={graph?.edges.length ?? 0}
              filters={view.filters}
              facets={data.facets}
              onFilters={(filters) => dispatch({ type: 'filters', filters })}
            />
            <div className="toolbar-actions">
              {view.view === 'network' && (
                <button type="button" onClick={() => canvas.current?.fit()}>
                  {t(lang, 'fit')}
                </button>
              )}
              <ExportMenu
                lang={lang}
                nodes={nodes}
                edges={edges}
                canDraw={view.view === 'network'}
                png={() => canvas.current?.png() ?? Promise.reject(new Error('no drawing'))}
                svg={() => canvas.current?.svg() ?? Promise.reject(new Error('no drawing'))}
                onDone={setMessage}
              />
              <QueryDialog lang={lang} operation={data.operation} />
            </div>
          </div>
          <Notices
            lang={lang}
            graph={graph}
            loading={loading}
            error={data.query.error}
            hasFilters={toGraphFilter(view.filters) !== null}
            message={message}
            onRetry={data.query.retry}
            onClearFilters={() => dispatch({ type: 'filters', filters: EMPTY_FILTERS })}
            onStep={step}
          />
          <div className="view-area">
            <div className="network-wrap" hidden={view.view !== 'network'}>
              <NetworkView
                view={view}
                nodes={nodes}
                edges={edges}
                pathNodeIds={graph?.pathNodeIds ?? NO_IDS}
                pathEdgeIds={graph?.pathEdgeIds ?? NO_IDS}
                insight={insight}
                countryNames={data.countryNames}
                active={view.view === 'network'}
                onSelect={select}
                onStep={step}
                handleRef={canvas}
              />
            </div>
            {view.view === 'table' && (
              <TableView
                lang={lang}
                nodes={nodes}
                edges={edges}
                selected={view.selected}
                pathNodeIds={graph?.pathNodeIds ?? NO_IDS}
                onSelect={select}
                onStep={step}
              />
            )}
            {view.view === 'matrix' && (
              <Suspense fallback={<p className="muted">{t(lang, 'loading')}</p>}>
                <MatrixView
                  lang={lang}
                  filter={toGraphFilter(view.filters)}
                  onChooseCell={(code, workerType) => {
                    dispatch({ type: 'filters', filters: filtersForCell(view.filters, code, workerType) });
                    dispatch({ type: 'view', view: 'network' });
                  }}
                />
              </Suspense>
            )}
          </div>
        </main>
        <aside className="details-pane" aria-label={t(lang, 'details')} data-open={view.selected ? true : undefined}>
          <DetailsPanel
            lang={lang}
            selected={view.selected}
            nodes={nodes}
            edges={edges}
            explore={view.explore}
            onSelect={select}
            onStep={step}
            onPathEnd={(end, id) => pickPathEnd(end, { id, label: data.labelOf(id) })}
          />
        </aside>
      </div>
      <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
