import { describeView } from '../../models/export/viewDescription';
import { typeLegend } from '../../models/export/figureLegend';
import { kindName, t } from '../../models/i18n';
import type { OrganisationKind } from '../../models/types';
import { communityLegend } from '../Legend/communityLegend';
import { useAnswer } from '../Network/useAnswer';
import { ExportMenu } from '../Export/ExportMenu';
import { QueryDialog } from '../Query/QueryDialog';
import { StatusBar } from './StatusBar';
import { useExplorer } from './explorerContext';

/** Above the view: what it shows and the active filters, then fit, export and the view's query. */
export function Toolbar() {
  const { view, lang, dispatch, data, nodes, edges, canvas, announcer, insight } = useExplorer();
  const graph = data.graph;
  const { answer, sentence } = useAnswer(graph, view.filters, view.explore, lang, data);

  /** What an export says about the view: its subject, and the title, caption and legend of a figure. */
  function describe() {
    const { caption, subject } = describeView(lang, view, {
      labelOf: data.labelOf,
      countryName: (code) => data.countryNames.get(code) ?? code,
      kindName: (kind) => kindName(lang, kind as OrganisationKind),
    });
    return {
      subject,
      figure: {
        title:
          answer.kind === 'none' ? `${t(lang, 'appTitle')} — ${t(lang, 'appSubtitle')}` : sentence.replace(/\s*:$/, ''),
        caption,
        legend:
          view.colourBy === 'community' ? communityLegend(lang, nodes, insight.communities) : typeLegend(lang, nodes),
      },
      svg: () => canvas.current?.svg() ?? Promise.reject(new Error('The network is not drawn.')),
      // Data exports from the table or the matrix carry the drawing when the network was drawn.
      drawing: () => canvas.current?.drawing() ?? new Map(),
    };
  }
  return (
    <div className="toolbar">
      <StatusBar
        lang={lang}
        shown={graph?.nodes.length ?? 0}
        total={graph?.total ?? 0}
        edges={graph?.edges.length ?? 0}
        undatedCount={graph?.undatedCount ?? null}
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
          describe={describe}
          onDone={announcer.say}
        />
        <QueryDialog lang={lang} operation={data.operation} />
      </div>
    </div>
  );
}
