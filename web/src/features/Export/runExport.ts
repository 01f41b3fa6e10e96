// Loaded on demand: the export builders and the provenance fetch stay out of the initial bundle.
import { request } from '../../models/graphql/client';
import { buildEdgesCsv, buildNodesCsv } from '../../models/export/csv';
import { citedSources, exportFileStem, type ExportInput, type NodeDrawing } from '../../models/export/exportInput';
import { composeFigure, type FigureInfo } from '../../models/export/figure';
import { buildGexf } from '../../models/export/gexf';
import { buildGraphml } from '../../models/export/graphml';
import { buildJson } from '../../models/export/json';
import { buildProvenanceOperation } from '../../models/graphql/operations';
import { readProvenance } from '../../models/graphql/responses';
import { t } from '../../models/i18n';
import type { GraphEdge, GraphNode, Language, ProvenanceData } from '../../models/types';

export type ExportFormat = 'png' | 'svg' | 'graphml' | 'gexf' | 'csv-nodes' | 'csv-edges' | 'json';

export interface ExportRequest {
  format: ExportFormat;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  lang: Language;
  viewUrl: string;
  /** What the view shows, as a file name part (`germany-crowd-workers`). */
  subject: string;
  /** Title, caption and legend of an image export. */
  figure: Pick<FigureInfo, 'title' | 'caption' | 'legend'>;
  svg(): Promise<string>;
  /** How each entity is drawn on screen. */
  drawing(): ReadonlyMap<string, NodeDrawing>;
}

/** How many ids one provenance request asks for. */
const PROVENANCE_BATCH = 100;

async function fetchProvenance(ids: readonly string[], lang: Language): Promise<Map<string, ProvenanceData>> {
  const result = new Map<string, ProvenanceData>();
  for (let start = 0; start < ids.length; start += PROVENANCE_BATCH) {
    const batch = ids.slice(start, start + PROVENANCE_BATCH);
    const data = await request(buildProvenanceOperation(batch, lang));
    for (const [id, provenance] of readProvenance(data, batch)) result.set(id, provenance);
  }
  return result;
}

/** Builds the file for a format (fetching sources when the format carries them) and downloads it; returns its name. */
export async function runExport(job: ExportRequest): Promise<string> {
  const generatedAt = new Date().toISOString();
  const stem = exportFileStem(generatedAt, job.subject);
  const ids = [...job.nodes.map((node) => node.id), ...job.edges.map((edge) => edge.id)];
  const input: ExportInput = {
    nodes: job.nodes,
    edges: job.edges,
    provenance: await fetchProvenance(ids, job.lang),
    lang: job.lang,
    generatedAt,
    viewUrl: job.viewUrl,
    drawing: job.drawing(),
  };
  if (job.format === 'png' || job.format === 'svg') {
    const sources = citedSources(input).map((source) => source.title);
    const figure = composeFigure(await job.svg(), {
      ...job.figure,
      source: t(job.lang, 'figureSource', { sources: sources.join('; ') || '—', url: job.viewUrl }),
      date: t(job.lang, 'figureDate', { date: generatedAt.slice(0, 10) }),
    });
    if (job.format === 'svg') return download(new Blob([figure], { type: 'image/svg+xml' }), `${stem}.svg`);
    const { rasterise } = await import('./rasterise');
    return download(await rasterise(figure), `${stem}.png`);
  }
  switch (job.format) {
    case 'graphml':
      return download(new Blob([buildGraphml(input)], { type: 'application/graphml+xml' }), `${stem}.graphml`);
    case 'gexf':
      return download(new Blob([buildGexf(input)], { type: 'application/gexf+xml' }), `${stem}.gexf`);
    case 'csv-nodes':
      return download(new Blob([buildNodesCsv(input)], { type: 'text/csv;charset=utf-8' }), `${stem}-entities.csv`);
    case 'csv-edges':
      return download(
        new Blob([buildEdgesCsv(input)], { type: 'text/csv;charset=utf-8' }),
        `${stem}-relationships.csv`,
      );
    case 'json':
      return download(new Blob([buildJson(input)], { type: 'application/json' }), `${stem}.json`);
  }
}

function download(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
