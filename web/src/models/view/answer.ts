import type { Basis, GraphEdge, GraphNode } from '../types';
import type { ViewGraph } from './compose';
import { hasActiveFilters } from './filters';
import type { Explore, Filters } from './viewState';

/** What the last change asked: the filters, or an exploration step. */
export type AnswerKind = 'filters' | 'focus' | 'expand' | 'path' | 'none';

/** One entity of an answer, with how its link to the question is known. */
export interface AnswerItem {
  id: string;
  label: string;
  /** Stated when every link to what was asked is stated, inferred when one is inferred. */
  basis: Basis | null;
}

/** The part of the view that answers the question asked; the rest steps back. */
export interface Answer {
  kind: AnswerKind;
  /** The entities to fit and emphasise; empty when the whole view is the answer. */
  ids: ReadonlySet<string>;
  /** The entities the summary lists (the organisations, for a filtered view). */
  items: AnswerItem[];
  /** How many of them the step brought in (an expansion's new neighbours). */
  added?: number;
}

const NONE: Answer = { kind: 'none', ids: new Set(), items: [] };

/** The ids the filters name as graph entities (countries are `country:XX`). */
function askedIds(filters: Filters): Set<string> {
  return new Set([
    ...filters.countries.map((code) => `country:${code}`),
    ...filters.workerTypes,
    ...filters.organisingForms,
    ...filters.sessions,
  ]);
}

function basisOf(edges: readonly GraphEdge[]): Basis | null {
  if (!edges.length) return null;
  return edges.some((edge) => edge.basis === 'INFERRED') ? 'INFERRED' : 'STATED';
}

function byLabel(a: AnswerItem, b: AnswerItem): number {
  return a.label.localeCompare(b.label);
}

/** The organisations a filtered view shows, each with the basis of its links to what was asked. */
function filtersAnswer(graph: ViewGraph, filters: Filters): Answer {
  const asked = askedIds(filters);
  // Filters that name no entity of the view (a data set, a period) ask no "who": the whole view answers.
  if (!asked.size && !filters.organisationKinds.length && !filters.text.trim()) return NONE;
  // Each entity's links to what was asked, in one pass over the relationships.
  const linksToAsked = new Map<string, GraphEdge[]>();
  const addLink = (id: string, edge: GraphEdge) => {
    const links = linksToAsked.get(id);
    if (links) links.push(edge);
    else linksToAsked.set(id, [edge]);
  };
  for (const edge of graph.edges) {
    if (asked.has(edge.target)) addLink(edge.source, edge);
    if (asked.has(edge.source)) addLink(edge.target, edge);
  }
  const all = graph.nodes.filter((node) => node.type === 'ORGANISATION');
  // Those tied to what was asked answer it (not a company some action there stood up to); the
  // others only when none is (a session's speakers' organisations are tied through people).
  const tied = all.filter((node) => linksToAsked.has(node.id));
  const organisations = tied.length ? tied : all;
  if (!organisations.length) return NONE;
  const items = organisations
    .map((node) => ({ id: node.id, label: node.label, basis: basisOf(linksToAsked.get(node.id) ?? []) }))
    .sort(byLabel);
  return { kind: 'filters', ids: new Set(items.map((item) => item.id)), items };
}

/** An entity and its neighbours on screen. */
function neighbourhood(graph: ViewGraph, id: string): Set<string> {
  const ids = new Set([id]);
  for (const edge of graph.edges) {
    if (edge.source === id) ids.add(edge.target);
    if (edge.target === id) ids.add(edge.source);
  }
  return ids;
}

function items(nodes: readonly GraphNode[], ids: ReadonlySet<string>, except?: string): AnswerItem[] {
  return nodes
    .filter((node) => ids.has(node.id) && node.id !== except)
    .map((node) => ({ id: node.id, label: node.label, basis: null }))
    .sort(byLabel);
}

/**
 * What the view answers after its last change: the shortest path, the focused entity and its
 * neighbours, the last expansion, or the organisations the filters find.
 */
export function answerOf(graph: ViewGraph, explore: Explore, filters: Filters, last: 'filters' | 'explore'): Answer {
  const shown = new Set(graph.nodes.map((node) => node.id));
  if (last === 'explore') {
    if (explore.path && graph.pathNodeIds.size) {
      const ids = new Set([...graph.pathNodeIds].filter((id) => shown.has(id)));
      return { kind: 'path', ids, items: items(graph.nodes, ids) };
    }
    if (explore.focus && shown.has(explore.focus)) {
      const ids = neighbourhood(graph, explore.focus);
      return { kind: 'focus', ids, items: items(graph.nodes, ids, explore.focus) };
    }
    const expanded = explore.expanded.at(-1);
    if (expanded && shown.has(expanded.id)) {
      const ids = neighbourhood(graph, expanded.id);
      const added = [...ids].filter((id) => graph.addedIds.has(id)).length;
      return { kind: 'expand', ids, items: items(graph.nodes, ids, expanded.id), added };
    }
  }
  return hasActiveFilters(filters) ? filtersAnswer(graph, filters) : NONE;
}
