import type { CodegenConfig } from '@graphql-codegen/cli';
import { NODE_LABELS } from '@faire-collectif/seed/model';

// Resolver types from schema.graphql (`npm run codegen` at the repository root). Each GraphQL
// type that resolvers receive as a parent maps to the data layer's plain model, so a resolver
// that returns the wrong shape fails to compile. Connections have no mapper: resolvers build them.
const models = '../data/models';
const mapped = {
  Node: 'NodeModel',
  Entity: 'EntityModel',
  // Every entity type of the graph model, named as its label, maps to `<Label>Model`.
  ...Object.fromEntries(NODE_LABELS.map((label) => [label, `${label}Model`])),
  Source: 'SourceModel',
  Dataset: 'DatasetModel',
  FoldedLinks: 'FoldedLinksModel',
  FoldedLink: 'FoldedLinkModel',
  Role: 'RoleModel',
  Appearance: 'AppearanceModel',
  Provenance: 'ProvenanceModel',
  Citation: 'CitationModel',
  GraphNode: 'GraphNodeModel',
  GraphEdge: 'GraphEdgeModel',
  Network: 'NetworkModel',
  Neighbourhood: 'NeighbourhoodModel',
  PathResult: 'PathResultModel',
  Path: 'PathModel',
  PathStep: 'PathStepModel',
  SearchHit: 'SearchHitModel',
  Matrix: 'MatrixModel',
  MatrixCell: 'MatrixCellModel',
  Timeline: 'TimelineModel',
  TimelineSeries: 'TimelineSeriesModel',
};

export const codegenConfig: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#Context',
        mappers: Object.fromEntries(Object.entries(mapped).map(([type, model]) => [type, `${models}#${model}`])),
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: false,
        strictScalars: true,
        scalars: { ID: 'string' },
      },
    },
  },
};

// graphql-codegen reads the default export.
export default codegenConfig;
