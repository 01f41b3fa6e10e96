import { entityTypeName, kindName, relationshipName, basisName } from '../i18n';
import type { GraphEdge, GraphNode, Language } from '../types';

export type SortDirection = 'ascending' | 'descending';

export interface Sort<Column extends string> {
  column: Column;
  direction: SortDirection;
}

export type EntityColumn = 'name' | 'type' | 'kind' | 'countries' | 'date' | 'dataset' | 'degree';

/** What the table shows of a collective action besides what every entity has. */
export interface ActionRowInfo {
  /** ISO 8601 at the source's precision (`2019`, `2019-06`, `2019-06-15`). */
  date: string;
  dataset: string;
}
export type RelationshipColumn = 'relationship' | 'from' | 'to' | 'basis';

/** One row of the entities table, already in the interface language. */
export interface EntityRow {
  id: string;
  name: string;
  type: string;
  kind: string;
  countries: string;
  /** A collective action's date; empty for other entities (and sorted after the dated ones). */
  date: string;
  dataset: string;
  degree: number;
}

/** One row of the relationships table. */
export interface RelationshipRow {
  id: string;
  relationship: string;
  label: string;
  from: string;
  fromId: string;
  to: string;
  toId: string;
  basis: string;
}

/** The part of a relationship's label worth showing beside its type: a role's title (other labels only repeat the type). */
export function roleTitle(edge: GraphEdge): string {
  return edge.type === 'HOLDS_ROLE' ? edge.label : '';
}

export function entityRows(
  nodes: readonly GraphNode[],
  lang: Language,
  actions: ReadonlyMap<string, ActionRowInfo> = new Map(),
): EntityRow[] {
  return nodes.map((node) => ({
    id: node.id,
    name: node.label,
    type: entityTypeName(lang, node.type),
    kind: node.organisationKind ? kindName(lang, node.organisationKind) : '',
    countries: node.countryCodes.join(', '),
    date: actions.get(node.id)?.date ?? '',
    dataset: actions.get(node.id)?.dataset ?? '',
    degree: node.degree,
  }));
}

export function relationshipRows(
  edges: readonly GraphEdge[],
  nodes: readonly GraphNode[],
  lang: Language,
): RelationshipRow[] {
  const labels = new Map(nodes.map((node) => [node.id, node.label]));
  return edges.map((edge) => ({
    id: edge.id,
    relationship: relationshipName(lang, edge.type),
    // A folded link's weight: how many actions it stands for.
    label: edge.type === 'FOLDED' ? String(edge.weight ?? '') : roleTitle(edge),
    from: labels.get(edge.source) ?? edge.source,
    fromId: edge.source,
    to: labels.get(edge.target) ?? edge.target,
    toId: edge.target,
    basis: basisName(lang, edge.basis),
  }));
}

/** Sorts rows by a column (numbers numerically, text by the language's collation), ties by the first text column. */
export function sortRows<Row extends { id: string }, Column extends keyof Row & string>(
  rows: readonly Row[],
  sort: Sort<Column>,
  lang: Language,
  tieBreak: Column,
): Row[] {
  const collator = new Intl.Collator(lang === 'FR' ? 'fr' : 'en', { sensitivity: 'base', numeric: true });
  const factor = sort.direction === 'ascending' ? 1 : -1;
  const compareValues = (a: unknown, b: unknown): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
  // Empty cells (an entity with no date) go last whichever the direction.
  const emptiness = (value: unknown) => (value === '' ? 1 : 0);
  return [...rows].sort(
    (a, b) =>
      emptiness(a[sort.column]) - emptiness(b[sort.column]) ||
      factor * compareValues(a[sort.column], b[sort.column]) ||
      compareValues(a[tieBreak], b[tieBreak]) ||
      a.id.localeCompare(b.id),
  );
}

/** The next sort after a click on a column's header: flips the direction, or starts ascending (degree: descending). */
export function nextSort<Column extends string>(current: Sort<Column>, column: Column, numeric = false): Sort<Column> {
  if (current.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
