import { t } from '../../models/i18n';
import { ExploreControls } from '../Explore/ExploreControls';
import { PathPanel } from '../Explore/PathPanel';
import { AboutData } from '../About/AboutData';
import { FilterPanel } from '../Filters/FilterPanel';
import { FoldToggle } from '../Fold/FoldToggle';
import { InsightControls } from '../Insight/InsightControls';
import { useExplorer } from './explorerContext';

/** The tools beside the view: filters, exploration, shortest paths and insight (the legend is over the drawing). */
export function Sidebar() {
  const { state, view, lang, dispatch, data, insight, pathDraft, step, select } = useExplorer();
  return (
    <aside id="tools" className="sidebar" aria-label={t(lang, 'filters')}>
      <FilterPanel
        lang={lang}
        filters={view.filters}
        facets={data.facets}
        failed={data.facetsFailed}
        liveCounts={data.live.facets}
        onChange={(filters) => dispatch({ type: 'filters', filters })}
      />
      <FoldToggle lang={lang} fold={view.fold} onFold={(fold) => dispatch({ type: 'fold', fold })} />
      <ExploreControls
        lang={lang}
        explore={view.explore}
        history={state.history}
        hiddenCount={data.graph?.hiddenCount ?? 0}
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
        loading={data.query.loading && view.explore.path !== null}
        onPick={pathDraft.pick}
        onFind={pathDraft.find}
        onClear={pathDraft.clear}
        onSelect={select}
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
      <AboutData lang={lang} datasets={data.datasets} />
    </aside>
  );
}
