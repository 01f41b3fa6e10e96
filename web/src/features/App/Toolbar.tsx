import { t } from '../../models/i18n';
import { ExportMenu } from '../Export/ExportMenu';
import { QueryDialog } from '../Query/QueryDialog';
import { StatusBar } from './StatusBar';
import { useExplorer } from './explorerContext';

/** Above the view: what it shows and the active filters, then fit, export and the view's query. */
export function Toolbar() {
  const { view, lang, dispatch, data, nodes, edges, canvas, announcer } = useExplorer();
  const graph = data.graph;
  return (
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
          onDone={announcer.say}
        />
        <QueryDialog lang={lang} operation={data.operation} />
      </div>
    </div>
  );
}
