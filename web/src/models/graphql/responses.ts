import { foldedNetwork } from '../fold/foldedLinks';
import type { ViewResponse } from '../view/compose';
import type { BaseFacets, EntityType, GraphEdge, GraphNode, ProvenanceData } from '../types';
import type { EntityDetailsQuery, FacetsQuery } from './generated';
import { expansionAlias, type ProvenanceAnswer, type ViewAnswer } from './operations';

const EMPTY_NETWORK = { nodes: [], edges: [], totalCount: 0, truncated: false, undatedCount: 0 };

/** Reads the answer of `buildViewOperation` for `expandedCount` expansions. */
export function readViewResponse(data: ViewAnswer, expandedCount: number): ViewResponse {
  const expansions = Array.from({ length: expandedCount }, (_, index) => data[expansionAlias(index)] ?? null);
  const network = data.folded ? foldedNetwork(data.folded) : (data.network ?? EMPTY_NETWORK);
  return { network, expansions, path: data.path ?? null };
}

/** Reads the answer of `buildFacetsOperation`: countries by code, sessions in programme order with their time. */
export function readFacets(data: FacetsQuery, collatorLang: 'EN' | 'FR'): BaseFacets {
  const collator = new Intl.Collator(collatorLang === 'FR' ? 'fr' : 'en', { sensitivity: 'base' });
  const byLabel = (a: { label: string }, b: { label: string }) => collator.compare(a.label, b.label);
  return {
    countries: data.countries.nodes
      .map((country) => ({ id: country.code, label: country.name, count: country.organisations.length }))
      .sort(byLabel),
    workerTypes: data.workerTypes.nodes
      .map((type) => ({ id: type.id, label: type.name, count: type.organisations.length }))
      .sort(byLabel),
    organisingForms: data.organisingForms.nodes
      .map((form) => ({ id: form.id, label: form.name, count: form.organisations.length }))
      .sort(byLabel),
    sessions: data.sessions.nodes.map((session) => ({
      id: session.id,
      label: `${session.startTime} · ${session.name}`,
      count: session.speakers.length,
    })),
  };
}

/** Reads the answer of `buildProvenanceOperation` for `ids`, dropping unknown ids. */
export function readProvenance(data: ProvenanceAnswer, ids: readonly string[]): Map<string, ProvenanceData> {
  const result = new Map<string, ProvenanceData>();
  ids.forEach((id, index) => {
    const provenance = data[`p${index}`];
    if (provenance) result.set(id, provenance);
  });
  return result;
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type ValueIn<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** A union of object types as one object: the fields all of them have, then the others, optional. */
type Merged<T> = { [K in keyof T]: T[K] } & { [K in Exclude<KeysOfUnion<T>, keyof T>]?: ValueIn<T, K> };

type DetailsNode = NonNullable<EntityDetailsQuery['node']>;
/** An entity as the details panel reads it: the fields of every type, those of other types absent. */
export type EntityDetails = Merged<Extract<DetailsNode, { type: EntityType }>>;

/** The entity of a details answer, when the id is an entity's (a source or role id is not). */
export function readEntityDetails(node: DetailsNode | null): EntityDetails | null {
  return node && 'type' in node ? node : null;
}

/** A details-panel link: one relationship of the selected entity and the entity at its other end. */
export interface Connection {
  edge: GraphEdge;
  other: { id: string; type: EntityType; label: string };
  outgoing: boolean;
}

/** The selected entity's relationships (from its neighbourhood), grouped by relationship type and direction. */
export function groupConnections(
  id: string,
  neighbourhood: { nodes: Pick<GraphNode, 'id' | 'type' | 'label'>[]; edges: GraphEdge[] },
): Map<string, Connection[]> {
  const nodes = new Map(neighbourhood.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, Connection[]>();
  for (const edge of neighbourhood.edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const outgoing = edge.source === id;
    const other = nodes.get(outgoing ? edge.target : edge.source);
    // A neighbourhood holds both ends of each of its relationships.
    if (!other) continue;
    const key = `${edge.type}:${outgoing ? 'out' : 'in'}`;
    const list = groups.get(key) ?? [];
    list.push({ edge, other: { id: other.id, type: other.type, label: other.label }, outgoing });
    groups.set(key, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.other.label.localeCompare(b.other.label));
  return groups;
}
