// The shapes the explorer reads: the answers' types, generated from its GraphQL documents
// (`npm run codegen`), and the vocabulary from the graph model.
import type {
  CellFragment,
  EdgeFieldsFragment,
  MatrixQuery,
  NeighbourhoodFieldsFragment,
  NetworkFieldsFragment,
  NodeFieldsFragment,
  PathResultFieldsFragment,
  ProvenanceFieldsFragment,
  SearchQuery,
} from './graphql/generated';

import type { RelationshipType } from '@faire-collectif/seed/model';

export type {
  EntityType,
  InterfaceLanguage as Language,
  OrganisationKind,
  RelationshipType,
} from '@faire-collectif/seed/model';
export type { Basis } from './graphql/generated';

/** `GraphNode`: an entity as drawn. */
export type GraphNode = NodeFieldsFragment;
/** What a drawn link stands for: a relationship of the graph, or collective actions folded into one link. */
export type EdgeType = RelationshipType | 'FOLDED';

/** A relationship of the graph as drawn (the API's `GraphEdge`). */
export type RelationshipEdge = EdgeFieldsFragment;

/** A collective action behind a folded link. */
export interface FoldedAction {
  id: string;
  name: string;
  date: string;
}

/**
 * `GraphEdge`: a relationship as drawn; or, with `type: 'FOLDED'`, a `FoldedLink`: how many
 * collective actions (`weight`, some of them in `actions`) join its two ends.
 */
export type GraphEdge = Omit<EdgeFieldsFragment, 'type'> & {
  type: EdgeType;
  weight?: number;
  actions?: FoldedAction[];
};
export type NetworkData = NetworkFieldsFragment;
/** What the canvas draws before exploration: a network, or folded links with their ends. */
export interface DrawnNetwork {
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalCount: number;
  truncated: boolean;
  /** Under a period: how many matched entities no source dates (null when folded: not counted). */
  undatedCount: number | null;
}
export type NeighbourhoodData = NeighbourhoodFieldsFragment;
export type PathResultData = PathResultFieldsFragment;
export type PathData = PathResultData['paths'][number];
/** `PathStep`, with the ends reduced to their ids and labels. */
export type PathStepData = PathData['steps'][number];
/** `SearchHit`, with the entity reduced to what a suggestion shows. */
export type SearchHitData = SearchQuery['search'][number];
export type ProvenanceData = ProvenanceFieldsFragment;
export type CitationData = ProvenanceData['citations'][number];
export type SourceData = CitationData['source'];
/** `Matrix`, reduced to names and ids. */
export type MatrixData = MatrixQuery['matrix'];
export type MatrixCellData = CellFragment;

/** One option of a filter facet, with how many organisations, speakers or actions it concerns (-1: not counted). */
export interface FacetOption {
  id: string;
  label: string;
  count: number;
}

/** The values the filters offer for the programme's criteria. */
export interface BaseFacets {
  countries: FacetOption[];
  workerTypes: FacetOption[];
  organisingForms: FacetOption[];
  sessions: FacetOption[];
}

/** The values the filters offer for the collective actions' criteria. */
export interface ActionFacets {
  datasets: FacetOption[];
  struggles: FacetOption[];
  companies: FacetOption[];
  organisers: FacetOption[];
}

/** The values the filters offer. */
export type Facets = BaseFacets & ActionFacets;
