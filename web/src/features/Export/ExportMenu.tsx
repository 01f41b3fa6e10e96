import { useState } from 'react';
import { t, type MessageKey } from '../../models/i18n';
import type { GraphEdge, GraphNode, Language } from '../../models/types';
import type { ExportFormat, ExportRequest } from './runExport';

export interface ExportMenuProps {
  lang: Language;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  canDraw: boolean;
  /** What an image or data export of the view says about it, and how it is drawn. */
  describe(): Pick<ExportRequest, 'subject' | 'figure' | 'svg' | 'drawing'>;
  onDone(message: string): void;
}

const FORMATS: { format: ExportFormat; label: MessageKey; drawing?: boolean }[] = [
  { format: 'png', label: 'exportPng', drawing: true },
  { format: 'svg', label: 'exportSvg', drawing: true },
  { format: 'graphml', label: 'exportGraphml' },
  { format: 'gexf', label: 'exportGexf' },
  { format: 'csv-nodes', label: 'exportCsvNodes' },
  { format: 'csv-edges', label: 'exportCsvEdges' },
  { format: 'json', label: 'exportJson' },
];

/** Downloads the current view as an image or as data with sources. */
export function ExportMenu(props: ExportMenuProps) {
  const { lang } = props;
  const [busy, setBusy] = useState(false);

  async function exportAs(format: ExportFormat) {
    setBusy(true);
    props.onDone(t(lang, 'exporting'));
    try {
      const { runExport } = await import('./runExport');
      const file = await runExport({
        format,
        nodes: props.nodes,
        edges: props.edges,
        lang,
        viewUrl: window.location.href,
        ...props.describe(),
      });
      props.onDone(t(lang, 'exported', { file }));
    } catch (error) {
      props.onDone(t(lang, 'exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="menu export-menu">
      <summary>{t(lang, 'export')}</summary>
      <ul role="list">
        {FORMATS.map(({ format, label, drawing }) => (
          <li key={format}>
            <button
              type="button"
              disabled={busy || (drawing && !props.canDraw) || props.nodes.length === 0}
              onClick={() => void exportAs(format)}
              data-format={format}
            >
              {t(lang, label)}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
