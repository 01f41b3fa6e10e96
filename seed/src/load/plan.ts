import type { Database } from '@faire-collectif/neo4j';
import type { Dataset } from '../format/schema';
import { ENTITY_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, SOURCE_LABEL } from '../model/graphModel';
import { counts, diffNodes, diffRelationships } from './diff';
import type { LoadOptions } from './loadDataset';
import { countStale } from './prune';
import { countGraph } from './reset';
import { groupRows } from './rows';
import { LoadSummary } from './summary';

export interface LoadPlan {
  summary: LoadSummary;
  /** Writes that would fail: an id held by a node of another label, a relationship id on other endpoints. */
  conflicts: string[];
}

/**
 * What `loadDataset` would do, computed in a READ transaction by comparing each record with what
 * the graph holds under its id: the `--dry-run` of the CLIs. Nothing is written.
 */
export async function planLoad(
  db: Database,
  dataset: Dataset,
  options: Pick<LoadOptions, 'reset' | 'prune'> = {},
): Promise<LoadPlan> {
  return db.read(async (tx) => {
    const summary = new LoadSummary();
    const conflicts: string[] = [];
    const groups = groupRows(dataset);
    if (options.reset) {
      await countGraph(tx, summary, 'deleted');
      summary.countSources({ created: groups.sources.length });
      for (const [label, rows] of groups.nodes) summary.count('nodes', label, { created: rows.length });
      for (const [type, rows] of groups.relationships) summary.count('relationships', type, { created: rows.length });
      return { summary, conflicts };
    }
    const sources = await diffNodes(tx, SOURCE_LABEL, SOURCE_LABEL, groups.sources);
    summary.countSources(counts(sources));
    conflicts.push(...sources.conflicts);
    for (const label of NODE_LABELS) {
      const rows = groups.nodes.get(label);
      if (!rows) continue;
      const diff = await diffNodes(tx, ENTITY_LABEL, label, rows);
      summary.count('nodes', label, counts(diff));
      conflicts.push(...diff.conflicts);
    }
    for (const type of RELATIONSHIP_TYPES) {
      const rows = groups.relationships.get(type);
      if (!rows) continue;
      const diff = await diffRelationships(tx, type, rows);
      summary.count('relationships', type, counts(diff));
      conflicts.push(...diff.conflicts);
    }
    if (options.prune) await countStale(tx, dataset, summary);
    return { summary, conflicts };
  });
}
