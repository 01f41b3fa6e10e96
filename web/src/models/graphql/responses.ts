import type { ViewResponse } from '../view/compose';
import { expansionAlias } from './operations';
import type {
  EntityType,
  Facets,
  GraphEdge,
  GraphNode,
  NeighbourhoodData,
  NetworkData,
  PathResultData,
  ProvenanceData,
} from '../types';

/** Reads the answer of `buildViewOperation` for `expandedCount` expansions. */
export function readViewResponse(data: Record<string, unknown>, expandedCount: number): ViewResponse {
  const expansions: (NeighbourhoodData | null)[] = [];
  for (let index = 0; index < expandedCount; index += 1) {
    expansions.push((data[expansionAlias(index)] as NeighbourhoodData | null | undefined) ?? null);
  }
  return {
    network: data.network as NetworkData,
    expansions,
    path: (data.path as PathResultData | null | undefined) ?? null,
  };
}

interface FacetsAnswer {
  countries: { nodes: { id: string; code: string; name: string; organisations: { id: string }[] }[] };
  workerTypes: { nodes: { id: string; name: string; organisations: { id: string }[] }[] };
  organisingForms: { nodes: { id: string; name: string; organisations: { id: string }[] }[] };
  sessions: { nodes: { id: string; name: string; startTime: string; speakers: { id: string }[] }[] };
}

/** Reads the answer of `buildFacetsOperation`: countries by code, sessions in programme order with their time. */
export function readFacets(data: FacetsAnswer, collatorLang: 'EN' | 'FR'): Facets {
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
export function readProvenance(data: Record<string, unknown>, ids: readonly string[]): Map<string, ProvenanceData> {
  const result = new Map<string, ProvenanceData>();
  ids.forEach((id, index) => {
    const provenance = data[`p${index}`] as ProvenanceData | null | undefined;
    if (provenance) result.set(id, provenance);
  });
  return result;
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
    const otherId = outgoing ? edge.target : edge.source;
    const other = nodes.get(otherId) ?? { id: otherId, type: 'ORGANISATION' as EntityType, label: otherId };
    const key = `${edge.type}:${outgoing ? 'out' : 'in'}`;
    const list = groups.get(key) ?? [];
    list.push({ edge, other: { id: other.id, type: other.type, label: other.label }, outgoing });
    groups.set(key, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.other.label.localeCompare(b.other.label));
  return groups;
}
