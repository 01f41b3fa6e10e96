import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../models/i18n';
import { filtersForCell } from '../../models/tables/matrix';
import type { SearchHitData } from '../../models/types';
import type { ExploreStep } from '../../models/view/explore';
import { toGraphFilter } from '../../models/view/filters';
import type { Filters } from '../../models/view/viewState';
import { useExplorerData } from '../../state/useExplorerData';
import { useLinkCheck } from '../../state/useLinkCheck';
import { useViewState } from '../../state/useViewState';
import { DetailsPanel } from '../Details/DetailsPanel';
import { useInsight } from '../Insight/useInsight';
import type { CanvasHandle } from '../Network/canvasHandle';
import { NetworkView } from '../Network/NetworkView';
import { TableView } from '../Table/TableView';
import { ExplorerContext, type Explorer } from './explorerContext';
import { Header } from './Header';
import { LinkNotice } from './LinkNotice';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';
import { useAnnouncer } from './useAnnouncer';
import { usePathDraft } from './usePathDraft';
import { useShortcuts } from './useShortcuts';
import { TimelineStrip } from '../Timeline/TimelineStrip';

const MatrixView = lazy(async () => ({ default: (await import('../Matrix/MatrixView')).MatrixView }));

const NO_NODES: never[] = [];
const NO_IDS = new Set<string>();

/** The explorer: header, filters and tools, the current view, and the details of the selection. */
export function App() {
  const [state, dispatch, repair] = useViewState();
  const { view } = state;
  const lang = view.lang;
  const link = useLinkCheck(repair);
  const data = useExplorerData(view, { held: link.checking });
  /** On a phone, the filters and tools are a drawer over the network. */
  const [drawerOpen, setDrawerOpen] = useState(false);
  const nodes = data.graph?.nodes ?? NO_NODES;
  const edges = data.graph?.edges ?? NO_NODES;
  const insight = useInsight(nodes, edges, view.sizeBy, view.colourBy);
  const canvas = useRef<CanvasHandle>(null);
  const step = (value: ExploreStep) => dispatch({ type: 'step', step: value });
  const select = (id: string | null) => dispatch({ type: 'select', id });
  const pathDraft = usePathDraft(view.explore.path, data.labelOf, data.graph, step);
  const loading = data.query.loading;
  const announcer = useAnnouncer(lang, data.graph, loading, view.selected ? data.labelOf(view.selected) : null);
  useShortcuts(dispatch);
  const setFilters = useCallback((filters: Filters) => dispatch({ type: 'filters', filters }), [dispatch]);
  useEffect(() => {
    // Esc closes the details (and the drawer), unless a menu, dialog or field has it.
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select, dialog, details[open]')) return;
      setDrawerOpen(false);
      dispatch({ type: 'select', id: null });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [dispatch]);

  const explorer: Explorer = {
    state,
    view,
    lang,
    dispatch,
    data,
    nodes,
    edges,
    insight,
    pathDraft,
    announcer,
    canvas,
    select,
    step,
  };

  function chooseHit(hit: SearchHitData) {
    const id = hit.entity.id;
    if (!nodes.some((node) => node.id === id)) step({ type: 'expand', id });
    select(id);
  }

  return (
    <ExplorerContext.Provider value={explorer}>
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
          tools={
            <button
              type="button"
              className="drawer-toggle"
              aria-expanded={drawerOpen}
              aria-controls="tools"
              onClick={() => setDrawerOpen((open) => !open)}
            >
              {t(lang, drawerOpen ? 'hideFilters' : 'showFilters')}
            </button>
          }
        />
        <div className="layout" data-drawer-open={drawerOpen || undefined}>
          <Sidebar />
          <main id="main" className="main" tabIndex={-1}>
            <Toolbar />
            <LinkNotice lang={lang} leftOut={link.leftOut} onDismiss={link.dismiss} />
            <Notices
              lang={lang}
              graph={data.graph}
              folded={view.fold}
              loading={loading}
              error={data.query.error}
              filters={view.filters}
              facets={data.facets}
              matching={data.live.matching}
              message={announcer.message}
              onRetry={data.query.retry}
              onFilters={(filters) => dispatch({ type: 'filters', filters })}
              onStep={step}
            />
            <TimelineStrip lang={lang} filters={view.filters} onFilters={setFilters} held={link.checking} />
            <div className="view-area">
              <div className="network-wrap" hidden={view.view !== 'network'}>
                <NetworkView />
              </div>
              {view.view === 'table' && (
                <TableView
                  lang={lang}
                  nodes={nodes}
                  edges={edges}
                  selected={view.selected}
                  pathNodeIds={data.graph?.pathNodeIds ?? NO_IDS}
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
              underPeriod={view.filters.since !== null || view.filters.until !== null}
              onSelect={select}
              onStep={step}
              onPathEnd={(end, id) => pathDraft.pick(end, { id, label: data.labelOf(id) })}
            />
          </aside>
        </div>
        <div className="sr-only" role="status" aria-live="polite" data-testid="announcer">
          {announcer.announcement}
        </div>
      </div>
    </ExplorerContext.Provider>
  );
}
