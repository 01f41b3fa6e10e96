import type { Database } from '@faire-collectif/neo4j';
import type { InputDocument } from '../format/document';
import { CITATION_PATTERN } from '../format/schema';
import type { KnownGraph } from '../format/validate';
import { ENTITY_LABEL, SOURCE_LABEL, isNodeLabel, type NodeLabel } from '../model/graphModel';

/**
 * Looks up, in the graph, the nodes and sources the documents refer to without defining them, so
 * an import may add to what is there (e.g. a new organisation BASED_IN an existing country).
 */
export async function knownGraphFor(db: Database, documents: readonly InputDocument[]): Promise<KnownGraph> {
  const defined = new Set<string>();
  const nodeRefs = new Set<string>();
  const sourceRefs = new Set<string>();
  for (const { records } of documents) {
    for (const { list, value } of records) {
      if (typeof value !== 'object' || value === null) continue;
      const raw = value as Record<string, unknown>;
      if (list !== 'relationships' && typeof raw.id === 'string') defined.add(raw.id);
      if (list === 'relationships') {
        for (const end of [raw.from, raw.to]) if (typeof end === 'string') nodeRefs.add(end);
      }
      if (Array.isArray(raw.citations)) {
        for (const citation of raw.citations) {
          const sourceId = typeof citation === 'string' ? CITATION_PATTERN.exec(citation)?.[1] : undefined;
          if (sourceId !== undefined) sourceRefs.add(sourceId);
        }
      }
    }
  }
  const nodeIds = [...nodeRefs].filter((id) => !defined.has(id));
  const sourceIds = [...sourceRefs].filter((id) => !defined.has(id));
  if (nodeIds.length === 0 && sourceIds.length === 0) return { nodes: new Map(), sources: new Set() };

  return db.read(async (tx) => {
    const nodes = await tx.run(
      `UNWIND $ids AS id MATCH (n:${ENTITY_LABEL} {id: id}) RETURN n.id AS id, labels(n) AS labels`,
      { ids: nodeIds },
    );
    const sources = await tx.run(`UNWIND $ids AS id MATCH (s:${SOURCE_LABEL} {id: id}) RETURN s.id AS id`, {
      ids: sourceIds,
    });
    const labelOf = (labels: string[]) => labels.find((label): label is NodeLabel => isNodeLabel(label));
    const known = new Map<string, NodeLabel>();
    for (const record of nodes.records) {
      const label = labelOf(record.get('labels') as string[]);
      if (label) known.set(record.get('id') as string, label);
    }
    return { nodes: known, sources: new Set(sources.records.map((record) => record.get('id') as string)) };
  });
}
