// What the API's answers about collective actions should be, computed from the data set itself as
// the seed package derives it (never written out by hand), for tests/api-actions.int.test.ts.
import { DEFAULT_DATA_DIR, readSeedDocuments } from '@faire-collectif/seed';

export interface DerivedNode {
  id: string;
  label: string;
  date?: string;
  datePrecision?: string;
  [key: string]: unknown;
}

export interface DerivedRelationship {
  type: string;
  from: string;
  to: string;
  basis: 'stated' | 'inferred';
  citations: string[];
  sourceUrls?: string[];
}

export interface DerivedActions {
  nodes: Map<string, DerivedNode>;
  relationships: DerivedRelationship[];
}

export const DATASET = 'collective-action-tech';

/** The records the seed derives from `seed/data/collective-action-tech/actions.json`. */
export async function derivedActions(): Promise<DerivedActions> {
  const { documents } = await readSeedDocuments(DEFAULT_DATA_DIR);
  const document = documents.find((d) => d.dataset === DATASET);
  if (!document) throw new Error(`No ${DATASET} document in ${DEFAULT_DATA_DIR}`);
  const of = (list: string) => document.records.filter((r) => r.list === list).map((r) => r.value);
  return {
    nodes: new Map((of('nodes') as DerivedNode[]).map((node) => [node.id, node])),
    relationships: of('relationships') as DerivedRelationship[],
  };
}

export function actionsOf(data: DerivedActions): DerivedNode[] {
  return [...data.nodes.values()].filter((node) => node.label === 'CollectiveAction');
}

/** The ids an action reaches by `type` (or that reach it, for ORGANISED). */
export function tiesOf(data: DerivedActions, action: string, type: string): string[] {
  return data.relationships
    .filter((r) => r.type === type && (type === 'ORGANISED' ? r.to === action : r.from === action))
    .map((r) => (type === 'ORGANISED' ? r.from : r.to))
    .sort();
}

/** Latest first, then by id: the order of an entity's actions and of a link's sample. */
export function latestFirst(a: DerivedNode, b: DerivedNode): number {
  const byDate = (b.date ?? '').localeCompare(a.date ?? '');
  return byDate !== 0 ? byDate : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ExpectedLink {
  source: string;
  target: string;
  weight: number;
  basis: 'STATED' | 'INFERRED';
  actions: string[];
}

const PARTS: Readonly<Record<string, string>> = {
  ORGANISED: 'organiser',
  INVOLVES: 'worker type',
  TARGETS: 'company',
  TOOK_PLACE_IN: 'country',
};

/** The folded links of these actions: pairs of ends of different parts, heaviest first. */
export function foldedLinks(data: DerivedActions, actionIds: ReadonlySet<string>): ExpectedLink[] {
  const ends = new Map<string, Array<{ id: string; part: string; inferred: boolean }>>();
  for (const r of data.relationships) {
    const part = PARTS[r.type];
    if (part === undefined) continue;
    const [action, end] = r.type === 'ORGANISED' ? [r.to, r.from] : [r.from, r.to];
    if (!actionIds.has(action)) continue;
    ends.set(action, [...(ends.get(action) ?? []), { id: end, part, inferred: r.basis === 'inferred' }]);
  }
  const links = new Map<string, { source: string; target: string; actions: Map<string, boolean> }>();
  for (const [action, list] of ends) {
    for (const one of list) {
      for (const other of list) {
        if (one.part === other.part || !(one.id < other.id)) continue;
        const key = `${one.id}|${other.id}`;
        const link = links.get(key) ?? { source: one.id, target: other.id, actions: new Map() };
        link.actions.set(action, (link.actions.get(action) ?? false) || one.inferred || other.inferred);
        links.set(key, link);
      }
    }
  }
  return [...links.values()]
    .map((link) => ({
      source: link.source,
      target: link.target,
      weight: link.actions.size,
      basis: [...link.actions.values()].some(Boolean) ? ('INFERRED' as const) : ('STATED' as const),
      actions: [...link.actions.keys()]
        .map((id) => data.nodes.get(id) as DerivedNode)
        .sort(latestFirst)
        .slice(0, 20)
        .map((a) => a.id),
    }))
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0),
    );
}
