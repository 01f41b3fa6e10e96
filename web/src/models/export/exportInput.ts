import type { TimeSpan } from '@faire-collectif/seed/formats';
import type { CitationData, GraphEdge, GraphNode, Language, ProvenanceData, SourceData } from '../types';

/** An entity or a relationship of the view, with its time (the API's `TimeSpan`) when the view's data has it. */
export interface Timed {
  time?: Partial<TimeSpan> | null;
}

/** What every export builder takes: the view on screen and the provenance of its parts. */
export interface ExportInput {
  nodes: ReadonlyArray<GraphNode & Timed>;
  edges: ReadonlyArray<GraphEdge & Timed>;
  /** Provenance by entity or relationship id; parts without one are exported without sources. */
  provenance: ReadonlyMap<string, ProvenanceData>;
  lang: Language;
  /** When the export was made (ISO 8601). */
  generatedAt: string;
  /** The address of the view, so a reader can open it again. */
  viewUrl: string;
  /** How each entity is drawn on screen (position, size, colour), for the formats that carry a drawing. */
  drawing?: ReadonlyMap<string, NodeDrawing>;
}

/** An entity as drawn: its place in layout coordinates, its size and its colour (`#rrggbb`). */
export interface NodeDrawing {
  x: number;
  y: number;
  size: number;
  colour: string;
}

/** One citation in words: `Programme (EN) — Session 1, 09:15 [programme-…-en#session-1]`. */
export function citationText(citation: CitationData): string {
  return `${citation.source.title} (${citation.source.language}) — ${citation.label} [${citation.source.id}#${citation.locator}]`;
}

/** All citations of a fact in one line, separated by ` | `. */
export function sourcesText(provenance: ProvenanceData | undefined): string {
  return provenance ? provenance.citations.map(citationText).join(' | ') : '';
}

/** The distinct source documents cited anywhere in the export, by id. */
export function citedSources(input: ExportInput): SourceData[] {
  const sources = new Map<string, SourceData>();
  for (const provenance of input.provenance.values()) {
    for (const citation of provenance.citations) sources.set(citation.source.id, citation.source);
  }
  return [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The file name stem for an export, saying what is in it (`faire-collectif-germany-crowd-workers-2024-05-01`). */
export function exportFileStem(generatedAt: string, subject = ''): string {
  return ['faire-collectif', subject, generatedAt.slice(0, 10)].filter(Boolean).join('-');
}

/** The view's relationships whose two ends are in it (the only ones the files hold). */
export function edgesBetweenNodes(input: ExportInput): ExportInput['edges'] {
  const ids = new Set(input.nodes.map((node) => node.id));
  return input.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
}
