import { citedSources, type ExportInput } from './exportInput';

/** The view as JSON: entities and relationships each with their full provenance, and the documents cited. */
export function buildJson(input: ExportInput): string {
  const ids = new Set(input.nodes.map((node) => node.id));
  const document = {
    generator: 'Faire collectif',
    generatedAt: input.generatedAt,
    language: input.lang,
    view: input.viewUrl,
    nodes: input.nodes.map((node) => ({ ...node, provenance: input.provenance.get(node.id) ?? null })),
    edges: input.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ ...edge, provenance: input.provenance.get(edge.id) ?? null })),
    sources: citedSources(input),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
