// Plain TypeScript mirrors of the parts of schema.graphql the explorer reads; the vocabulary comes
// from the graph model.
import type {
  EntityType,
  InterfaceLanguage as Language,
  OrganisationKind,
  RelationshipType,
} from '@faire-collectif/seed/model';

export type {
  EntityType,
  InterfaceLanguage as Language,
  OrganisationKind,
  RelationshipType,
  SessionKind,
} from '@faire-collectif/seed/model';

export type Basis = 'STATED' | 'INFERRED';

/** `GraphNode`: an entity as drawn. */
export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  organisationKind: OrganisationKind | null;
  countryCodes: string[];
  degree: number;
}

/** `GraphEdge`: a relationship as drawn. */
export interface GraphEdge {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  label: string;
  basis: Basis;
}

/** `Network`. */
export interface NetworkData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalCount: number;
  truncated: boolean;
}

/** `Neighbourhood`. */
export interface NeighbourhoodData {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalCount: number;
  omittedCount: number;
}

/** `PathStep`, with the ends reduced to their ids. */
export interface PathStepData {
  edge: GraphEdge;
  from: { id: string; label: string };
  to: { id: string; label: string };
  reversed: boolean;
  sentence: string;
}

/** `Path`. */
export interface PathData {
  nodes: GraphNode[];
  steps: PathStepData[];
  explanation: string;
}

/** `PathResult`. */
export interface PathResultData {
  paths: PathData[];
  length: number | null;
}

/** `SearchHit`, with the entity reduced to what a suggestion shows. */
export interface SearchHitData {
  score: number;
  matched: string;
  entity: { id: string; type: EntityType; name: string };
}

/** `Source`. */
export interface SourceData {
  id: string;
  title: string;
  language: Language;
  publisher: string;
  date: string;
  url: string;
}

/** `Citation`. */
export interface CitationData {
  source: SourceData;
  locator: string;
  label: string;
  session: { id: string; name: string; startTime: string; endTime: string | null } | null;
}

/** `Provenance`. */
export interface ProvenanceData {
  basis: Basis;
  note: string | null;
  citations: CitationData[];
}

/** One option of a filter facet, with how many organisations or speakers it concerns. */
export interface FacetOption {
  id: string;
  label: string;
  count: number;
}

/** The values the filters offer. */
export interface Facets {
  countries: FacetOption[];
  workerTypes: FacetOption[];
  organisingForms: FacetOption[];
  sessions: FacetOption[];
}

/** `Matrix`, reduced to names and ids. */
export interface MatrixData {
  countries: { id: string; code: string; name: string }[];
  workerTypes: { id: string; name: string }[];
  cells: MatrixCellData[];
  withoutCountry: MatrixCellData[];
}

/** `MatrixCell`. */
export interface MatrixCellData {
  country: { id: string; code: string } | null;
  workerType: { id: string };
  organisations: { id: string; name: string }[];
  unknown: boolean;
}
