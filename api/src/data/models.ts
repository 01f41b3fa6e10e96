// The data layer's plain models: what the Cypher queries return once converted to JS. The GraphQL
// types map onto these (see api/codegen.ts), so resolvers receive them as parents.

import type {
  Basis as ModelBasis,
  EntityType,
  InterfaceLanguage,
  OrganisationKind,
  RelationshipType,
  SessionKind,
} from '@faire-collectif/seed/model';

// The controlled values come from the graph model, so a new label or kind there is one here too.
export type { EntityType, OrganisationKind, RelationshipType, SessionKind };

/** A fact's basis as the GraphQL `Basis` enum spells it (the model stores it in lower case). */
export type Basis = Uppercase<ModelBasis>;

export type Language = InterfaceLanguage;

/**
 * Where a fact comes from: `citations` are `"<sourceId>#<locator>"` strings as stored, each once;
 * `quotes` are `"<citation>: <words>"`; `sourceUrls` the reports the cited record gives.
 */
export interface ProvenanceModel {
  basis: Basis;
  note: string | null;
  citations: string[];
  quotes: string[];
  sourceUrls: string[];
}

/**
 * When a fact holds, as its source dates it (seed/README.md, "Time"): dates at the source's
 * precision, either end open, or an as-of date; `firstDay`/`lastDay` the days it may hold.
 */
export interface TimeSpanModel {
  start: string | null;
  startPrecision: DatePrecision | null;
  end: string | null;
  endPrecision: DatePrecision | null;
  asOf: string | null;
  firstDay: string | null;
  lastDay: string | null;
}

interface EntityBase {
  id: string;
  nameEn: string;
  nameFr: string;
  aliases: string[];
  descriptionEn: string | null;
  descriptionFr: string | null;
  /** Relationships in the whole graph. */
  degree: number;
  provenance: ProvenanceModel;
  /** Null when no source dates it. */
  time: TimeSpanModel | null;
}

export interface PersonModel extends EntityBase {
  type: 'PERSON';
}

export interface OrganisationModel extends EntityBase {
  type: 'ORGANISATION';
  kind: OrganisationKind;
  kindBasis: Basis;
  url: string | null;
}

export interface CountryModel extends EntityBase {
  type: 'COUNTRY';
  code: string;
}

export interface WorkerTypeModel extends EntityBase {
  type: 'WORKER_TYPE';
}

export interface OrganisingFormModel extends EntityBase {
  type: 'ORGANISING_FORM';
}

export interface SessionModel extends EntityBase {
  type: 'SESSION';
  kind: SessionKind;
  order: number;
  startTime: string;
  endTime: string | null;
  themeEn: string | null;
  themeFr: string | null;
}

export interface EventModel extends EntityBase {
  type: 'EVENT';
  date: string;
  startTime: string | null;
  endTime: string | null;
  formatEn: string | null;
  formatFr: string | null;
  address: string | null;
  city: string | null;
}

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

export interface CollectiveActionModel extends EntityBase {
  type: 'COLLECTIVE_ACTION';
  date: string;
  datePrecision: DatePrecision;
  dateRaw: string;
  workers: number | null;
  online: boolean | null;
  tags: string[];
  tagsRaw: string[];
  sourceUrls: string[];
  locations: string[];
  /** The id of the data set that loaded it. */
  datasetId: string;
}

export interface StruggleModel extends EntityBase {
  type: 'STRUGGLE';
}

export type EntityModel =
  | PersonModel
  | OrganisationModel
  | CountryModel
  | WorkerTypeModel
  | OrganisingFormModel
  | SessionModel
  | EventModel
  | CollectiveActionModel
  | StruggleModel;

/** A data set the graph was loaded from (a `Dataset` node). */
export interface DatasetModel {
  type: 'DATASET';
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  version: string | null;
  licence: string | null;
  url: string | null;
  commit: string | null;
  date: string | null;
  citation: string;
  nodeCount: number;
  relationshipCount: number;
  countsByType: Array<{ type: EntityType; count: number }>;
}

export interface SourceModel {
  type: 'SOURCE';
  id: string;
  title: string;
  language: Language;
  publisher: string;
  date: string;
  url: string;
  /** The data set it belongs to, when the load says. */
  datasetId: string | null;
}

/** Anything `node(id)` can return. */
export type NodeModel = EntityModel | SourceModel;

/** A person's role at an organisation (a HOLDS_ROLE relationship with both ends). */
export interface RoleModel {
  id: string;
  person: PersonModel;
  organisation: OrganisationModel;
  titleEn: string | null;
  titleFr: string | null;
  provenance: ProvenanceModel;
  time: TimeSpanModel | null;
}

/** A person speaking in a session (a SPEAKS_IN relationship with both ends). */
export interface AppearanceModel {
  id: string;
  person: PersonModel;
  session: SessionModel;
  order: number;
  contributionEn: string | null;
  contributionFr: string | null;
  provenance: ProvenanceModel;
  time: TimeSpanModel | null;
}

/** One `"<sourceId>#<locator>"` citation, resolved to its source and programme session. */
export interface CitationModel {
  source: SourceModel;
  locator: string;
  session: SessionModel | null;
  /** For a session of kind SESSION, its number among its event's sessions of that kind (`Session 2`). */
  sessionNumber: number | null;
  /** The address of the cited record, when one is known. */
  url: string | null;
  /** The source's words for the fact, when the data keeps them (set per fact, not per citation). */
  quote: string | null;
}

/** An entity as the explorer draws it. */
export interface GraphNodeModel {
  id: string;
  type: EntityType;
  nameEn: string;
  nameFr: string;
  organisationKind: OrganisationKind | null;
  countryCodes: string[];
  degree: number;
  time: TimeSpanModel | null;
}

/** A relationship as the explorer draws it; `roleEn`/`roleFr` only for HOLDS_ROLE. */
export interface GraphEdgeModel {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  basis: Basis;
  roleEn: string | null;
  roleFr: string | null;
  time: TimeSpanModel | null;
}

export interface GraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
}

export interface NetworkModel extends GraphModel {
  totalCount: number;
  truncated: boolean;
  /** With a period: the actions and events matched that no source dates. */
  undatedCount: number;
}

export interface NeighbourhoodModel extends GraphModel {
  center: GraphNodeModel;
  totalCount: number;
  omittedCount: number;
}

export interface PathStepModel {
  edge: GraphEdgeModel;
  from: GraphNodeModel;
  to: GraphNodeModel;
  /** The step goes against the relationship's direction. */
  reversed: boolean;
}

export interface PathModel {
  nodes: GraphNodeModel[];
  steps: PathStepModel[];
}

export interface PathResultModel {
  paths: PathModel[];
  length: number | null;
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
  matched: string;
}

export interface MatrixCellModel {
  country: CountryModel | null;
  workerType: WorkerTypeModel;
  organisations: OrganisationModel[];
  /** Those of `organisations` that count only through the collective actions they organised. */
  inferred: OrganisationModel[];
  /** The collective actions behind the cell: organised by its organisations, involving its workers, there. */
  actionCount: number;
  unknown: boolean;
}

export interface MatrixModel {
  countries: CountryModel[];
  workerTypes: WorkerTypeModel[];
  cells: MatrixCellModel[];
  withoutCountry: MatrixCellModel[];
}

/** One page of a list: the items from `offset`, and how many match in all. */
export interface PageModel<T> {
  items: T[];
  offset: number;
  totalCount: number;
}

/** Two entities the same collective actions join, with the actions' count and a sample of them. */
export interface FoldedLinkModel {
  id: string;
  source: string;
  target: string;
  weight: number;
  actions: CollectiveActionModel[];
  basis: Basis;
}

export interface FoldedLinksModel {
  nodes: GraphNodeModel[];
  links: FoldedLinkModel[];
  actionCount: number;
  truncated: boolean;
}

export type TimelineInterval = 'YEAR' | 'MONTH';
export type TimelineFacet = 'DATASET' | 'FORM' | 'WORKER_TYPE' | 'COUNTRY' | 'STRUGGLE' | 'ORGANISER';

/** One value of a timeline's facet: a data set's title, or an entity's names. */
export interface TimelineSeriesModel {
  id: string;
  nameEn: string;
  nameFr: string;
  /** The facts it counts, dated or not. */
  count: number;
}

export interface TimelineBucketModel {
  /** `2019` or `2019-06`. */
  start: string;
  firstDay: string;
  lastDay: string;
  total: number;
  /** Per series, in the order of `TimelineModel.series`. */
  counts: number[];
  otherCount: number;
  noValueCount: number;
  imprecise: number;
}

export interface TimelineModel {
  interval: TimelineInterval;
  by: TimelineFacet;
  series: TimelineSeriesModel[];
  buckets: TimelineBucketModel[];
  datedCount: number;
  undatedCount: number;
  undatedCounts: number[];
}
