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

export type {
  EntityType,
  InterfaceLanguage as Language,
  OrganisationKind,
  RelationshipType,
} from '@faire-collectif/seed/model';
export type { Basis } from './graphql/generated';

/** `GraphNode`: an entity as drawn. */
export type GraphNode = NodeFieldsFragment;
/** `GraphEdge`: a relationship as drawn. */
export type GraphEdge = EdgeFieldsFragment;
export type NetworkData = NetworkFieldsFragment;
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
