import type { GraphQLResolveInfo } from 'graphql';
import type { NodeModel, EntityModel, EventModel, SessionModel, PersonModel, OrganisationModel, CountryModel, WorkerTypeModel, OrganisingFormModel, CollectiveActionModel, StruggleModel, SourceModel, DatasetModel, FoldedLinksModel, FoldedLinkModel, RoleModel, AppearanceModel, ProvenanceModel, CitationModel, GraphNodeModel, GraphEdgeModel, NetworkModel, NeighbourhoodModel, PathResultModel, PathModel, PathStepModel, SearchHitModel, MatrixModel, MatrixCellModel, TimelineModel, TimelineSeriesModel } from '../data/models';
import type { Context } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Which part an organisation played in a collective action. */
export type ActionRole =
  /** It organised the action (a union, a coalition). */
  | 'ORGANISED'
  /** The workers stood up to it (an employer, a platform). */
  | 'TARGETED';

/** A person speaking in a session. */
export type Appearance = {
  __typename?: 'Appearance';
  /** What they contributed, when the programme says (`General overview`). */
  contribution?: Maybe<Scalars['String']['output']>;
  /** The relationship's id (for `provenance`). */
  id: Scalars['ID']['output'];
  /** Position among the session's speakers (1 = first). */
  order: Scalars['Int']['output'];
  /** Who spoke. */
  person: Person;
  /** Where this fact comes from. */
  provenance: Provenance;
  /** In which session. */
  session: Session;
  /** When they spoke (the session's date). */
  time?: Maybe<TimeSpan>;
};


/** A person speaking in a session. */
export type AppearanceContributionArgs = {
  lang?: InputMaybe<Language>;
};

/** How a fact is supported. */
export type Basis =
  /** It follows from where a source places it (e.g. the session a speaker spoke in). */
  | 'INFERRED'
  /** A source says it. */
  | 'STATED';

/** How many records of one kind an import touched. */
export type ChangeCounts = {
  __typename?: 'ChangeCounts';
  /** Records that were not in the graph. */
  created: Scalars['Int']['output'];
  /** Records deleted (by `REPLACE`). */
  deleted: Scalars['Int']['output'];
  /** Records already in the graph as given. */
  unchanged: Scalars['Int']['output'];
  /** Records whose properties changed. */
  updated: Scalars['Int']['output'];
};

/** One passage of one source. */
export type Citation = {
  __typename?: 'Citation';
  /** The part, said for people (`Session 1, 09:15`), in the source's language. */
  label: Scalars['String']['output'];
  /** The part of the document (`header`, `introduction`, `session-1`…). */
  locator: Scalars['String']['output'];
  /** The source's own words that support the fact, when the data keeps them (short, in the source's language). */
  quote?: Maybe<Scalars['String']['output']>;
  /** The programme session the passage belongs to, when there is one. */
  session?: Maybe<Session>;
  /** The document. */
  source: Source;
  /** A link to the cited record or passage when its address is known (a collective action's record in its data set); null when only the document can be named. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A dated collective action of workers (a strike, a protest, an open letter, a legal action, a union drive…), as a data set of collective actions records it. */
export type CollectiveAction = Entity & Node & {
  __typename?: 'CollectiveAction';
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** The companies or platforms the workers stood up to. */
  companies: Array<Organisation>;
  /** The countries where it took place. */
  countries: Array<Country>;
  /** The data set that records it. */
  dataset: Dataset;
  /** The (start) date, ISO 8601, as precise as the source gives it: `2019-06-15`, `2019-06` or `2019`. */
  date: Scalars['String']['output'];
  /** How precisely the source gives the date. */
  datePrecision: DatePrecision;
  /** The date as the source writes it (`2019/06/15`). */
  dateRaw: Scalars['String']['output'];
  /** Number of relationships this action has. */
  degree: Scalars['Int']['output'];
  /** The data set's description of the action, in English. */
  description?: Maybe<Scalars['String']['output']>;
  /** The forms it took (strike, open letter…). */
  forms: Array<OrganisingForm>;
  /** Stable global id (`action:<id in the data set>`). */
  id: Scalars['ID']['output'];
  /** The places as the source writes them (`new york city-new york-usa`, `online`, `worldwide`). */
  locations: Array<Scalars['String']['output']>;
  /** A short title: the data set gives none, so it is the description's first sentence, cut by the project (the same in both languages). */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name (the English words: the data set is in English). */
  nameFr: Scalars['String']['output'];
  /** Whether the action happened online, when the source says. */
  online?: Maybe<Scalars['Boolean']['output']>;
  /** The groups that organised it (unions, coalitions); see each link's provenance for whether the source states it. */
  organisers: Array<Organisation>;
  /** Where this action's record comes from. */
  provenance: Provenance;
  /** The reports the source gives for this action (press articles…), as links. */
  sourceUrls: Array<Scalars['String']['output']>;
  /** What it was about. */
  struggles: Array<Struggle>;
  /** Tags, normalised (`coworker_solidarity`). */
  tags: Array<Scalars['String']['output']>;
  /** Tags as the source spells them (`coworker solidarity`). */
  tagsRaw: Array<Scalars['String']['output']>;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `COLLECTIVE_ACTION`. */
  type: EntityType;
  /** The types of worker who took part. */
  workerTypes: Array<WorkerType>;
  /** How many workers took part, when the source says. */
  workers?: Maybe<Scalars['Int']['output']>;
};


/** A dated collective action of workers (a strike, a protest, an open letter, a legal action, a union drive…), as a data set of collective actions records it. */
export type CollectiveActionDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A dated collective action of workers (a strike, a protest, an open letter, a legal action, a union drive…), as a data set of collective actions records it. */
export type CollectiveActionNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of collective actions. */
export type CollectiveActionConnection = {
  __typename?: 'CollectiveActionConnection';
  /** The actions with their cursors. */
  edges: Array<CollectiveActionEdge>;
  /** The actions. */
  nodes: Array<CollectiveAction>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many actions match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A collective action in a page, with its cursor. */
export type CollectiveActionEdge = {
  __typename?: 'CollectiveActionEdge';
  /** Where this action is in the list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** The action. */
  node: CollectiveAction;
};

/** A country (ISO 3166-1). */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** The collective actions that took place in this country, latest first. */
  actions: CollectiveActionConnection;
  /** Other names. */
  aliases: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 code (`DE`). */
  code: Scalars['String']['output'];
  /** Number of relationships this country has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`country:DE`). */
  id: Scalars['ID']['output'];
  /** The country's name in the requested language. */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /**
   * Organisations based in this country, all at once.
   * @deprecated Unbounded: use `organisationsConnection`. Will be removed in the next release.
   */
  organisations: Array<Organisation>;
  /** Organisations based in this country, by name, paginated. */
  organisationsConnection: OrganisationConnection;
  /** Where this country's record comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `COUNTRY`. */
  type: EntityType;
};


/** A country (ISO 3166-1). */
export type CountryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A country (ISO 3166-1). */
export type CountryDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A country (ISO 3166-1). */
export type CountryNameArgs = {
  lang?: InputMaybe<Language>;
};


/** A country (ISO 3166-1). */
export type CountryOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The countries with their cursors. */
  edges: Array<CountryEdge>;
  /** The countries. */
  nodes: Array<Country>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many countries match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A country in a page. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

/** The CSV pair of the seed format, each file as text. */
export type CsvPairInput = {
  /** The data set of rows that have no `dataset` cell. */
  dataset?: InputMaybe<Scalars['String']['input']>;
  /** The nodes file (header `id,label,nameEn,nameFr,…`). */
  nodes: Scalars['String']['input'];
  /** The relationships file (header `source,target,type,…`). */
  relationships: Scalars['String']['input'];
};

/** A data set the graph was loaded from: what it is, how to cite it, and what the graph holds of it. */
export type Dataset = Node & {
  __typename?: 'Dataset';
  /** Its authors, as they name themselves. */
  authors: Array<Scalars['String']['output']>;
  /** How to cite it, as its authors ask. */
  citation: Scalars['String']['output'];
  /** The upstream commit the copy in this project was taken from, when it comes from a repository. */
  commit?: Maybe<Scalars['String']['output']>;
  /** How many entities the graph holds from it, per type (types it has none of are left out). */
  countsByType: Array<TypeCount>;
  /** Release or publication date, ISO 8601. */
  date?: Maybe<Scalars['String']['output']>;
  /** Stable id: the data set's name (`collective-action-tech`, `programme-2016-07-08`). */
  id: Scalars['ID']['output'];
  /** Its licence, when it states one. */
  licence?: Maybe<Scalars['String']['output']>;
  /** How many entities the graph holds from it. */
  nodeCount: Scalars['Int']['output'];
  /** Who publishes it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** How many relationships the graph holds from it. */
  relationshipCount: Scalars['Int']['output'];
  /** The data set's title. */
  title: Scalars['String']['output'];
  /** Where it is published. */
  url?: Maybe<Scalars['String']['output']>;
  /** Its version, when it has one. */
  version?: Maybe<Scalars['String']['output']>;
};

/** How precisely a source gives a date: the day, the month or only the year. */
export type DatePrecision =
  /** The day is given (`2019-06-15`). */
  | 'DAY'
  /** Only the month is given (`2019-06`). */
  | 'MONTH'
  /** Only the year is given (`2019`). */
  | 'YEAR';

/** A thing in the graph: a person, an organisation, a country, a worker type, a form of organising, a session or an event. */
export type Entity = {
  /** Other names and spellings (acronyms, the other language version's wording). */
  aliases: Array<Scalars['String']['output']>;
  /** Number of relationships this entity has in the whole graph. */
  degree: Scalars['Int']['output'];
  /** A short description in the requested language, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id, prefixed by type. */
  id: Scalars['ID']['output'];
  /** The name in the requested language. */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** Where this entity comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it (an action's or event's date; null when no source dates it). */
  time?: Maybe<TimeSpan>;
  /** What kind of entity this is. */
  type: EntityType;
};


/** A thing in the graph: a person, an organisation, a country, a worker type, a form of organising, a session or an event. */
export type EntityDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A thing in the graph: a person, an organisation, a country, a worker type, a form of organising, a session or an event. */
export type EntityNameArgs = {
  lang?: InputMaybe<Language>;
};

/** How to sort a list of entities. */
export type EntityOrder = {
  /** Ascending or descending. */
  direction: SortDirection;
  /** The field to sort on. */
  field: EntityOrderField;
};

/** Fields entities can be sorted on. */
export type EntityOrderField =
  /** A collective action's date; entities without a date sort after those with one, by name. */
  | 'DATE'
  /** The number of relationships. */
  | 'DEGREE'
  /** The English name. */
  | 'NAME'
  /** The French name. */
  | 'NAME_FR'
  /** Programme order (sessions); name for other entities. */
  | 'START_TIME';

/** The types of entity. */
export type EntityType =
  /** A dated collective action of workers (a strike, a protest, an open letter…). */
  | 'COLLECTIVE_ACTION'
  /** A country. */
  | 'COUNTRY'
  /** An event. */
  | 'EVENT'
  /** An organisation. */
  | 'ORGANISATION'
  /** A form of organising. */
  | 'ORGANISING_FORM'
  /** A person. */
  | 'PERSON'
  /** A programme item of an event. */
  | 'SESSION'
  /** What a collective action is about (pay and benefits, working conditions, ethics…). */
  | 'STRUGGLE'
  /** A type of worker. */
  | 'WORKER_TYPE';

/** An event such as a seminar, with its programme. */
export type Event = Entity & Node & {
  __typename?: 'Event';
  /** Street address of the venue. */
  address?: Maybe<Scalars['String']['output']>;
  /** Other titles. */
  aliases: Array<Scalars['String']['output']>;
  /** City of the venue. */
  city?: Maybe<Scalars['String']['output']>;
  /** Organisations it was organised in collaboration with. */
  coOrganisers: Array<Organisation>;
  /** Country the event was held in. */
  country?: Maybe<Country>;
  /** Date, ISO 8601 (`2016-07-08`). */
  date: Scalars['String']['output'];
  /** Number of relationships this event has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** End time, `HH:MM`. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** The event's format in the requested language (`closed seminar`). */
  format?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`event:…`). */
  id: Scalars['ID']['output'];
  /** The event's title in the requested language. */
  name: Scalars['String']['output'];
  /** The English title. */
  nameEn: Scalars['String']['output'];
  /** The French title. */
  nameFr: Scalars['String']['output'];
  /** Organisations that organised it. */
  organisers: Array<Organisation>;
  /** Where this event's record comes from. */
  provenance: Provenance;
  /** The programme, in order. */
  sessions: Array<Session>;
  /** Start time, `HH:MM`. */
  startTime?: Maybe<Scalars['String']['output']>;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `EVENT`. */
  type: EntityType;
};


/** An event such as a seminar, with its programme. */
export type EventDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** An event such as a seminar, with its programme. */
export type EventFormatArgs = {
  lang?: InputMaybe<Language>;
};


/** An event such as a seminar, with its programme. */
export type EventNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events with their cursors. */
  edges: Array<EventEdge>;
  /** The events. */
  nodes: Array<Event>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many events there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An event in a page. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: Event;
};

/** One facet's options, counted under the other criteria. */
export type FacetCount = {
  __typename?: 'FacetCount';
  /** Which facet. */
  facet: FilterFacet;
  /** Its options, in the order asked. */
  options: Array<FacetOptionCount>;
};

/** The answer of `facetCounts`. */
export type FacetCounts = {
  __typename?: 'FacetCounts';
  /** The facets, in the order asked. */
  facets: Array<FacetCount>;
  /** How many entities the filter as given matches (all types it allows); 0: nothing matches, whatever values it names. */
  matching: Scalars['Int']['output'];
};

/** One option of a facet, counted with the facet's criterion set to it alone and the other criteria kept. */
export type FacetOptionCount = {
  __typename?: 'FacetOptionCount';
  /** How many matched entities are of the types the facet counts (`FacetOptionsInput.counting`). */
  count: Scalars['Int']['output'];
  /** How many entities match, whatever their type: 0 means that choosing this option alone in its facet would show nothing. */
  matching: Scalars['Int']['output'];
  /** The option, as the filter takes it (a country code in capitals). */
  value: Scalars['String']['output'];
};

/** The options of one facet whose counts to return. */
export type FacetOptionsInput = {
  /** What each option's `count` counts: the matched entities of these types (none given: of every type the filter allows). */
  counting?: InputMaybe<Array<EntityType>>;
  /** The criterion of `GraphFilter` the options are values of. */
  facet: FilterFacet;
  /** The values to count, as `GraphFilter` takes them (ids, ISO country codes or organisation kinds; 1 to 100, an unknown value is a `BAD_USER_INPUT` error). */
  options: Array<Scalars['String']['input']>;
};

/** The list criteria of `GraphFilter`, as facets. */
export type FilterFacet =
  /** `GraphFilter.companies`. */
  | 'COMPANIES'
  /** `GraphFilter.countries`. */
  | 'COUNTRIES'
  /** `GraphFilter.datasets`. */
  | 'DATASETS'
  /** `GraphFilter.organisationKinds`. */
  | 'ORGANISATION_KINDS'
  /** `GraphFilter.organisers`. */
  | 'ORGANISERS'
  /** `GraphFilter.organisingForms`. */
  | 'ORGANISING_FORMS'
  /** `GraphFilter.sessions`. */
  | 'SESSIONS'
  /** `GraphFilter.struggles`. */
  | 'STRUGGLES'
  /** `GraphFilter.workerTypes`. */
  | 'WORKER_TYPES';

/** Two entities that the same collective actions join (an organising group and a worker type, a worker type and a company…), with how many actions. */
export type FoldedLink = {
  __typename?: 'FoldedLink';
  /** Some of those actions (up to 20, latest first), to read what lies behind the link. */
  actions: Array<CollectiveAction>;
  /** `STATED` when every action's links to both ends are stated; `INFERRED` when one rests on an inference (an organising group named by a tag only). */
  basis: Basis;
  /** Stable id: `<source>|FOLDED|<target>`, the ends in id order. */
  id: Scalars['ID']['output'];
  /** Id of one end (the smaller id). */
  source: Scalars['ID']['output'];
  /** Id of the other end. */
  target: Scalars['ID']['output'];
  /** How many collective actions join the two. */
  weight: Scalars['Int']['output'];
};

/** Collective actions folded into weighted links between what they join. */
export type FoldedLinks = {
  __typename?: 'FoldedLinks';
  /** How many collective actions matched the filter. */
  actionCount: Scalars['Int']['output'];
  /** The links, heaviest first. */
  links: Array<FoldedLink>;
  /** The entities the links join. */
  nodes: Array<GraphNode>;
  /** True when `links` was cut to the limit. */
  truncated: Scalars['Boolean']['output'];
};

/** A relationship as drawn. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Whether the fact is stated or inferred. */
  basis: Basis;
  /** Stable id of the relationship (`from|TYPE|to`). */
  id: Scalars['ID']['output'];
  /** A short label in the requested language (a role title, or the type said in words). */
  label: Scalars['String']['output'];
  /** Id of the entity it starts from. */
  source: Scalars['ID']['output'];
  /** Id of the entity it points to. */
  target: Scalars['ID']['output'];
  /** When it holds, as its source dates it (an action's ties take its date; the seminar's facts are as of 2016-07-08); null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** What the relationship means. */
  type: RelationshipType;
};


/** A relationship as drawn. */
export type GraphEdgeLabelArgs = {
  lang?: InputMaybe<Language>;
};

/**
 * Narrows the entities considered. Criteria combine with AND; values within one criterion with OR;
 * an empty list (or a text without words) is no criterion. Each criterion matches the entities it
 * names (its values), the organisations, people and sessions it selects (see each field), and what
 * those are tied to: the events they organised or are part of, the countries the organisations are
 * based in, and the worker types and forms they organise, use or are about.
 */
export type GraphFilter = {
  /** A date (ISO 8601 at any precision): what may hold on it; the same as `period: {from: asOf, to: asOf}`. Not together with `period` (`BAD_USER_INPUT`). */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Organisation ids of companies or platforms: the collective actions that stood up to them, and what those actions are tied to. */
  companies?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO 3166-1 alpha-2 codes, in either case (an unknown code is a `BAD_USER_INPUT` error): the organisations based in these countries, the people holding a role at them, the sessions those people spoke in, and the events held there. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Data-set ids (see `datasets`): only what these data sets loaded (an unknown id is a `BAD_USER_INPUT` error). */
  datasets?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisation kinds: the organisations of these kinds, the people holding a role at them, and the sessions those people spoke in. */
  organisationKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Organisation ids of organising groups: these groups, the collective actions they organised, and what those actions are tied to. */
  organisers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organising-form ids: the organisations that use them, the sessions about them, and the people holding a role at those organisations or speaking in those sessions. */
  organisingForms?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * A period: the dated facts that may hold in it, and what those are tied to. A fact's dates stand for every day
   * they may mean, and it counts when one of those days lies in the period: an action dated `2019` counts for a
   * period from 2019-06; a role as of 2016-07-08 counts for a period that contains that day; a span with an open
   * end counts for every period after its start. Relationships dated outside the period are not drawn. What no
   * source dates is kept or left out as `undated` says.
   */
  period?: InputMaybe<Period>;
  /** Session ids: these sessions, their speakers and the speakers' organisations. */
  sessions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Struggle ids: the collective actions about them, and what those actions are tied to. */
  struggles?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Free text matched as `search` matches it: names, aliases, descriptions and organisation kinds in both languages (case- and accent-insensitive); each word must begin a word of one of them. At most 200 characters and 24 words (`BAD_USER_INPUT` on `filter.text` beyond). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only entities of these types. */
  types?: InputMaybe<Array<EntityType>>;
  /** With a `period` or `asOf`: whether the collective actions, events and relationships no source dates are kept (`INCLUDE`) or left out (`EXCLUDE`, the default). Entities that are never dated (countries, worker types, organisations) are kept when tied to what the period keeps. */
  undated?: InputMaybe<UndatedFacts>;
  /** Worker-type ids, their narrower types included: the organisations that organise them, the sessions about them, and the people holding a role at those organisations or speaking in those sessions. */
  workerTypes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An entity as drawn: what the explorer needs to style and label it. */
export type GraphNode = Node & {
  __typename?: 'GraphNode';
  /** For grouping by country: a country's own ISO code; where an organisation is based; where a person's organisations are; where an event, or a session's event, was held; empty for the others. */
  countryCodes: Array<Scalars['String']['output']>;
  /** Number of relationships in the whole graph (not only those drawn). */
  degree: Scalars['Int']['output'];
  /** The entity's id: `node(id)` returns the entity itself (a `Person`, an `Organisation`…) with all its fields, never a `GraphNode`. */
  id: Scalars['ID']['output'];
  /** Label in the requested language. */
  label: Scalars['String']['output'];
  /** For organisations, their kind. */
  organisationKind?: Maybe<OrganisationKind>;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** The entity's type (drives the shape and colour). */
  type: EntityType;
};


/** An entity as drawn: what the explorer needs to style and label it. */
export type GraphNodeLabelArgs = {
  lang?: InputMaybe<Language>;
};

/** A data set to import: exactly one of `json` and `csv`. */
export type ImportDataInput = {
  /** The CSV pair (nodes and relationships), as text. */
  csv?: InputMaybe<CsvPairInput>;
  /** Validate and report what would change, without writing anything. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** A data file in the seed's JSON format (`{ dataset, sources, nodes, relationships }`), as text. */
  json?: InputMaybe<Scalars['String']['input']>;
  /** How to apply the data to the graph. */
  mode?: InputMaybe<ImportMode>;
};

/** What an import did, or why it did nothing. */
export type ImportDataPayload = {
  __typename?: 'ImportDataPayload';
  /** What was written (or, for a dry run, would be); null when the import was refused. */
  summary?: Maybe<ImportSummary>;
  /** What is wrong with the input or the data; empty when the import went through. */
  userErrors: Array<ImportUserError>;
};

/** Kinds of import problem. */
export type ImportErrorCode =
  /** The data contradicts the graph (an id already used by another type of entity, a relationship id joining other entities). */
  | 'CONFLICT'
  /** A file, record or field the data format does not allow (bad JSON or CSV, a missing or wrong field, an unknown reference, a duplicate id). */
  | 'INVALID_DATA'
  /** The input itself: neither or both of `json` and `csv` were given. */
  | 'INVALID_INPUT';

/** How an import applies its data. */
export type ImportMode =
  /** Add new records and update changed ones, matched by id; nothing is deleted. The data may refer to nodes and sources the graph already holds. */
  | 'MERGE'
  /** Make the graph exactly this data: every entity and source is deleted and the data written, in the same transaction. The data must stand on its own. */
  | 'REPLACE';

/** The changes an import made (or would make), counted. */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** Whether anything was (or would be) created, updated or deleted. */
  changed: Scalars['Boolean']['output'];
  /** True when nothing was written because the import was a dry run. */
  dryRun: Scalars['Boolean']['output'];
  /** Entities, all labels together. */
  nodes: ChangeCounts;
  /** Relationships, all types together. */
  relationships: ChangeCounts;
  /** Source documents. */
  sources: ChangeCounts;
  /** The same in one line (`65 nodes (65 created), 79 relationships (79 created), 2 sources (2 created)`). */
  text: Scalars['String']['output'];
};

/** A problem that stopped an import. */
export type ImportUserError = {
  __typename?: 'ImportUserError';
  /** What kind of problem it is. */
  code: ImportErrorCode;
  /** Where: the input field that held the text (`json`, `csv`, `nodes`), then the record (`nodes`, its index) and its field (`kind`, `citations`, `1`). */
  field: Array<Scalars['String']['output']>;
  /** For CSV, the 1-based line of the record in its file. */
  line?: Maybe<Scalars['Int']['output']>;
  /** What is wrong, said for people, naming the file, record and id (`json: nodes[3] (org:x) .kind: expected one of UNION, …`). */
  message: Scalars['String']['output'];
};

/** A language of the data and the interface. */
export type Language =
  /** English. */
  | 'EN'
  /** French. */
  | 'FR';

/** Countries × worker types, with the organisations that organise each type in each country. An organisation counts for a worker type when it organises it or a narrower type. */
export type Matrix = {
  __typename?: 'Matrix';
  /** One cell per country and worker type, row by row. */
  cells: Array<MatrixCell>;
  /** The countries, in the rows' order. */
  countries: Array<Country>;
  /** Organisations that organise some worker type but have no known country. */
  withoutCountry: Array<MatrixCell>;
  /** The worker types, in the columns' order. */
  workerTypes: Array<WorkerType>;
};

/** One country × worker type cell. */
export type MatrixCell = {
  __typename?: 'MatrixCell';
  /** How many collective actions organised by the cell's organisations involved these workers in this country. */
  actionCount: Scalars['Int']['output'];
  /** The row (null in `withoutCountry`). */
  country?: Maybe<Country>;
  /**
   * Those of `organisations` whose place in this cell rests on an inference: a link of the chain that puts them here
   * is inferred (the workers they organise, a narrower worker type, their country), or only the collective actions of
   * these workers they organised in this country put them here, which no source states as such.
   */
  inferred: Array<Organisation>;
  /**
   * The organisations that organise these workers in this country: as a source says (the seminar), or because
   * they organised collective actions of these workers that took place there (see `inferred`).
   */
  organisations: Array<Organisation>;
  /** True when no source tells of any organisation here: unknown, not known to be none. */
  unknown: Scalars['Boolean']['output'];
  /** The column. */
  workerType: WorkerType;
};

/**
 * The curators' write side. Every mutation needs the server's API key, sent as
 * `Authorization: Bearer <key>`: without a key configured on the server, writes are disabled
 * (`WRITES_DISABLED`); without the header they are `UNAUTHENTICATED`, with another key `FORBIDDEN`.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds to, updates or replaces the graph from a data set in the seed's JSON format or the CSV pair,
   * all of it or nothing. Imports run one at a time. Problems with the data come back in `userErrors`
   * (every problem at once) and nothing is written.
   */
  importData: ImportDataPayload;
};


/**
 * The curators' write side. Every mutation needs the server's API key, sent as
 * `Authorization: Bearer <key>`: without a key configured on the server, writes are disabled
 * (`WRITES_DISABLED`); without the header they are `UNAUTHENTICATED`, with another key `FORBIDDEN`.
 */
export type MutationImportDataArgs = {
  input: ImportDataInput;
};

/** The entities around a centre. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The entity at the centre. */
  center: GraphNode;
  /** The relationships among the returned entities. */
  edges: Array<GraphEdge>;
  /** The entities found, the centre included, within the limit. */
  nodes: Array<GraphNode>;
  /** How many of them were left out by the limit. */
  omittedCount: Scalars['Int']['output'];
  /** How many entities lie within the depth, the centre excluded. */
  totalCount: Scalars['Int']['output'];
};

/** The graph as the explorer draws it. */
export type Network = {
  __typename?: 'Network';
  /** The relationships among the entities shown. */
  edges: Array<GraphEdge>;
  /** The entities shown. */
  nodes: Array<GraphNode>;
  /** How many entities matched the filter in all, the filter's own values included (the `M` of `showing N of M`). */
  totalCount: Scalars['Int']['output'];
  /** True when `nodes` was cut to the limit. */
  truncated: Scalars['Boolean']['output'];
  /** With a `period` or `asOf`: how many of the matched entities no source dates, kept or left out as `filter.undated` says; 0 without one. */
  undatedCount: Scalars['Int']['output'];
};

/** Anything with a global id. */
export type Node = {
  /** Stable global id, prefixed by type (`org:ig-metall`). */
  id: Scalars['ID']['output'];
};

/** An organisation: a union, a union initiative, a cooperative, a platform or online community, a co-working collective, a professional body, a research institute, a public body or a network. */
export type Organisation = Entity & Node & {
  __typename?: 'Organisation';
  /** The collective actions this organisation organised or that stood up to it, latest first. */
  actions: CollectiveActionConnection;
  /** Acronyms and other names. */
  aliases: Array<Scalars['String']['output']>;
  /** Countries the organisation is based in. */
  countries: Array<Country>;
  /** Number of relationships this organisation has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Events this organisation organised or co-organised. */
  events: Array<Event>;
  /** Stable global id (`org:…`). */
  id: Scalars['ID']['output'];
  /** What kind of body this is. */
  kind: OrganisationKind;
  /** Whether a source states the kind (`STATED`) or it follows from context (`INFERRED`). */
  kindBasis: Basis;
  /** Organisations this one co-leads (e.g. a network). */
  leads: Array<Organisation>;
  /** Organisations that co-lead this one. */
  ledBy: Array<Organisation>;
  /**
   * People holding a role at this organisation, all at once.
   * @deprecated Unbounded: use `membersConnection`. Will be removed in the next release.
   */
  members: Array<Role>;
  /** People holding a role at this organisation, by name, paginated. */
  membersConnection: RoleConnection;
  /** The name in the requested language (e.g. `French Allianz for Design` / `Alliance française des designers`). */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** How this organisation organises workers. */
  organisingForms: Array<OrganisingForm>;
  /** Organisations this one is part of (a union for its initiative, a federation for its branch). */
  partOf: Array<Organisation>;
  /** Organisations that are part of this one. */
  parts: Array<Organisation>;
  /** Where this organisation's record comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `ORGANISATION`. */
  type: EntityType;
  /** The organisation's web address, when a source gives one. */
  url?: Maybe<Scalars['String']['output']>;
  /** The worker types this organisation organises or defends. */
  workerTypes: Array<WorkerType>;
};


/** An organisation: a union, a union initiative, a cooperative, a platform or online community, a co-working collective, a professional body, a research institute, a public body or a network. */
export type OrganisationActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ActionRole>;
};


/** An organisation: a union, a union initiative, a cooperative, a platform or online community, a co-working collective, a professional body, a research institute, a public body or a network. */
export type OrganisationDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** An organisation: a union, a union initiative, a cooperative, a platform or online community, a co-working collective, a professional body, a research institute, a public body or a network. */
export type OrganisationMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: a union, a union initiative, a cooperative, a platform or online community, a co-working collective, a professional body, a research institute, a public body or a network. */
export type OrganisationNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations with their cursors. */
  edges: Array<OrganisationEdge>;
  /** The organisations. */
  nodes: Array<Organisation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many organisations match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation in a page. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** Kinds of organisation. */
export type OrganisationKind =
  /** An employer or platform that workers stood up to, as a data set of collective actions lists it. */
  | 'COMPANY'
  /** A cooperative, e.g. a business and employment cooperative. */
  | 'COOPERATIVE'
  /** A co-working collective (third places). */
  | 'COWORKING_COLLECTIVE'
  /** A network or association. */
  | 'NETWORK'
  /** A platform or online community of workers. */
  | 'ONLINE_COMMUNITY'
  /** A professional body. */
  | 'PROFESSIONAL_BODY'
  /** A public body. */
  | 'PUBLIC_BODY'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A trade union. */
  | 'UNION'
  /** A platform or initiative run by a union. */
  | 'UNION_INITIATIVE'
  /** No source says what kind of body it is. */
  | 'UNSPECIFIED';

/** A form of collective action or organising (union for the self-employed, platform monitoring, co-working third place…). */
export type OrganisingForm = Entity & Node & {
  __typename?: 'OrganisingForm';
  /** The collective actions that took this form, latest first. */
  actions: CollectiveActionConnection;
  /** Other names and wordings. */
  aliases: Array<Scalars['String']['output']>;
  /** Number of relationships this form has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`form:…`). */
  id: Scalars['ID']['output'];
  /** The name in the requested language. */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** Organisations that use this form. */
  organisations: Array<Organisation>;
  /** Where this form's record comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `ORGANISING_FORM`. */
  type: EntityType;
};


/** A form of collective action or organising (union for the self-employed, platform monitoring, co-working third place…). */
export type OrganisingFormActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A form of collective action or organising (union for the self-employed, platform monitoring, co-working third place…). */
export type OrganisingFormDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A form of collective action or organising (union for the self-employed, platform monitoring, co-working third place…). */
export type OrganisingFormNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of forms of organising. */
export type OrganisingFormConnection = {
  __typename?: 'OrganisingFormConnection';
  /** The forms with their cursors. */
  edges: Array<OrganisingFormEdge>;
  /** The forms. */
  nodes: Array<OrganisingForm>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many forms match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A form of organising in a page. */
export type OrganisingFormEdge = {
  __typename?: 'OrganisingFormEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The form. */
  node: OrganisingForm;
};

/** Information about a page of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are more items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether there are items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A path between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The path said in words in the requested language (`Kristy Milland —speaks in→ Session 1 …`). */
  explanation: Scalars['String']['output'];
  /** The entities along the path, in order. */
  nodes: Array<GraphNode>;
  /** The steps, in order. */
  steps: Array<PathStep>;
};


/** A path between two entities. */
export type PathExplanationArgs = {
  lang?: InputMaybe<Language>;
};

/** The answer to a shortest-path question. */
export type PathResult = {
  __typename?: 'PathResult';
  /** Length of the shortest paths in relationships, null when none was found. */
  length?: Maybe<Scalars['Int']['output']>;
  /** All shortest paths found (empty when the two entities are not connected within `maxLength`). */
  paths: Array<Path>;
};

/** One relationship along a path, in the direction of travel. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The relationship. */
  edge: GraphEdge;
  /** The entity the step leaves. */
  from: GraphNode;
  /** True when the step follows the relationship against its direction. */
  reversed: Scalars['Boolean']['output'];
  /** The step said in words (`Robert Fuss holds the role Leader at FairCrowdWork Watch`). */
  sentence: Scalars['String']['output'];
  /** The entity the step reaches. */
  to: GraphNode;
};


/** One relationship along a path, in the direction of travel. */
export type PathStepSentenceArgs = {
  lang?: InputMaybe<Language>;
};

/** A period of time; either end may be open. Dates are ISO 8601 at any precision (`2019`, `2019-06`, `2019-06-15`); an end stands for every day it may mean (`to: "2020"` ends on 2020-12-31). */
export type Period = {
  /** First day of the period (inclusive); open when omitted. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period (inclusive); open when omitted. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A person: a speaker, a chair, a member of an organisation. */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Other spellings of the name. */
  aliases: Array<Scalars['String']['output']>;
  /** The sessions this person spoke in. */
  appearances: Array<Appearance>;
  /** Countries of the organisations this person holds a role at. */
  countries: Array<Country>;
  /** Number of relationships this person has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`person:…`). */
  id: Scalars['ID']['output'];
  /** The person's name (the same in both languages). */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** Where this person's record comes from. */
  provenance: Provenance;
  /** The roles this person holds, at which organisations. */
  roles: Array<Role>;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `PERSON`. */
  type: EntityType;
};


/** A person: a speaker, a chair, a member of an organisation. */
export type PersonDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A person: a speaker, a chair, a member of an organisation. */
export type PersonNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people with their cursors. */
  edges: Array<PersonEdge>;
  /** The people. */
  nodes: Array<Person>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many people match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Where a fact comes from. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Whether the source says it (`STATED`) or it follows from where the source places it (`INFERRED`). */
  basis: Basis;
  /** The passages that support the fact, each cited once. */
  citations: Array<Citation>;
  /** Why an inferred fact follows, in English. */
  note?: Maybe<Scalars['String']['output']>;
  /** The reports behind the fact (a collective action's press articles), as links; empty when the source gives none. */
  sourceUrls: Array<Scalars['String']['output']>;
};

/** The read-only entry points. */
export type Query = {
  __typename?: 'Query';
  /** Collective actions (strikes, protests, open letters…), filtered and paginated. */
  collectiveActions: CollectiveActionConnection;
  /** Countries, filtered and paginated. */
  countries: CountryConnection;
  /** The data sets the graph was loaded from, with how to cite them and what the graph holds of each (one per source data set: few). */
  datasets: Array<Dataset>;
  /** Events (seminars, conferences), paginated. */
  events: EventConnection;
  /**
   * Live facet counts, as faceted search shows them beside each option: for every option of every facet asked, how
   * many entities the filter would match with that facet's own criterion replaced by the option alone (the other
   * criteria kept as they are). Also how many the filter as given matches, to tell an empty answer from one that
   * only shows the values it names. The filter's value nodes (the countries, worker types… it names) count only
   * where they match the other criteria, as in the lists (`organisations`, `people`…), never because they are named.
   */
  facetCounts: FacetCounts;
  /**
   * Collective actions folded into weighted links, to read who organises which workers where at a glance: for every
   * pair of entities the same actions join (organising group ↔ worker type, organising group ↔ company, organising
   * group ↔ country, worker type ↔ company, worker type ↔ country, company ↔ country), one link with the number of
   * actions behind it. Only the actions the filter matches count. Heaviest links first.
   */
  foldedLinks: FoldedLinks;
  /**
   * For each country and worker type, the organisations that organise or defend those workers there.
   * A filter whose `types` leave out `ORGANISATION` considers no organisation (every cell is unknown).
   */
  matrix: Matrix;
  /** The entities around one entity, up to `depth` hops away; null when no entity has that id. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** The network the explorer draws: the entities matching the filter, the links between them, and how many matched in all. */
  network: Network;
  /** Any entity by its id (`person:kristy-milland`, `org:ig-metall`, `country:DE`…); null when no entity has that id. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked; null in the place of an unknown id. */
  nodes: Array<Maybe<Node>>;
  /** Organisations, filtered and paginated. */
  organisations: OrganisationConnection;
  /** Forms of organising (unions for the self-employed, platform monitoring, cooperatives…), filtered and paginated. */
  organisingForms: OrganisingFormConnection;
  /** People (speakers and other participants), filtered and paginated. */
  people: PersonConnection;
  /** The provenance of any entity or relationship, by id; null when nothing has that id. */
  provenance?: Maybe<Provenance>;
  /** Full-text search over names, aliases, descriptions and organisation kinds in English and French, insensitive to case and accents. */
  search: Array<SearchHit>;
  /** Sessions of events, filtered and paginated. */
  sessions: SessionConnection;
  /** All shortest paths between two entities, each step explained. */
  shortestPaths: PathResult;
  /** Struggles (what collective actions are about), filtered and paginated. */
  struggles: StruggleConnection;
  /**
   * How many dated facts (collective actions and events) there are per year or month, split by a facet, with
   * the undated apart: the strip the explorer brushes to pick a period. A fact counts in the bucket of its first
   * day (an action dated `2019` counts in January 2019 of a monthly timeline, and in that bucket's `imprecise`).
   */
  timeline: Timeline;
  /** Worker types (crowd workers, freelancers…), filtered and paginated. */
  workerTypes: WorkerTypeConnection;
};


/** The read-only entry points. */
export type QueryCollectiveActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The read-only entry points. */
export type QueryFacetCountsArgs = {
  facets: Array<FacetOptionsInput>;
  filter?: InputMaybe<GraphFilter>;
};


/** The read-only entry points. */
export type QueryFoldedLinksArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The read-only entry points. */
export type QueryMatrixArgs = {
  filter?: InputMaybe<GraphFilter>;
  lang?: InputMaybe<Language>;
};


/** The read-only entry points. */
export type QueryNeighbourhoodArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Period>;
  undated?: InputMaybe<UndatedFacts>;
};


/** The read-only entry points. */
export type QueryNetworkArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** The read-only entry points. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The read-only entry points. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The read-only entry points. */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryOrganisingFormsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryProvenanceArgs = {
  id: Scalars['ID']['input'];
};


/** The read-only entry points. */
export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Period>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
  undated?: InputMaybe<UndatedFacts>;
};


/** The read-only entry points. */
export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryShortestPathsArgs = {
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** The read-only entry points. */
export type QueryStrugglesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


/** The read-only entry points. */
export type QueryTimelineArgs = {
  by?: InputMaybe<TimelineFacet>;
  filter?: InputMaybe<GraphFilter>;
  interval?: InputMaybe<TimelineInterval>;
  series?: InputMaybe<Scalars['Int']['input']>;
};


/** The read-only entry points. */
export type QueryWorkerTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GraphFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};

/** Types of relationship. */
export type RelationshipType =
  /** An organisation is based in a country. */
  | 'BASED_IN'
  /** A session or an event is about a worker type or a form of organising. */
  | 'CONCERNS'
  /** An organisation co-organised an event. */
  | 'CO_ORGANISED'
  /** An event was held in a country. */
  | 'HELD_IN'
  /** A person holds a role at an organisation. */
  | 'HOLDS_ROLE'
  /** A collective action involved a type of worker. */
  | 'INVOLVES'
  /** An organisation co-leads another (a network). */
  | 'LEADS'
  /** An organisation organised an event. */
  | 'ORGANISED'
  /** An organisation organises or defends a type of worker. */
  | 'ORGANISES'
  /** A session is part of an event; an organisation is part of another. */
  | 'PART_OF'
  /** A person speaks in a session. */
  | 'SPEAKS_IN'
  /** A worker type, or a form of organising, is a narrower kind of another. */
  | 'SUBTYPE_OF'
  /** A collective action stood up to a company or platform. */
  | 'TARGETS'
  /** A collective action took a form (a strike, an open letter…). */
  | 'TOOK_FORM'
  /** A collective action took place in a country. */
  | 'TOOK_PLACE_IN'
  /** An organisation uses a form of organising. */
  | 'USES_FORM';

/** A person's role at an organisation. */
export type Role = {
  __typename?: 'Role';
  /** The relationship's id (for `provenance`). */
  id: Scalars['ID']['output'];
  /** Where. */
  organisation: Organisation;
  /** Who holds the role. */
  person: Person;
  /** Where this fact comes from. */
  provenance: Provenance;
  /** When the role holds, as its source dates it (the seminar's roles are as of 2016-07-08). */
  time?: Maybe<TimeSpan>;
  /** The role's title in the requested language (`General Secretary` / `secrétaire général`). */
  title?: Maybe<Scalars['String']['output']>;
};


/** A person's role at an organisation. */
export type RoleTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of roles: who holds which role at an organisation. */
export type RoleConnection = {
  __typename?: 'RoleConnection';
  /** The roles with their cursors. */
  edges: Array<RoleEdge>;
  /** The roles. */
  nodes: Array<Role>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many roles there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A role in a page. */
export type RoleEdge = {
  __typename?: 'RoleEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The role. */
  node: Role;
};

/** A search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** The name or alias that matched. */
  matched: Scalars['String']['output'];
  /** Relevance score (higher is better). */
  score: Scalars['Float']['output'];
};

/** A part of an event's programme: a talk, a session, a synthesis. */
export type Session = Entity & Node & {
  __typename?: 'Session';
  /** Other titles. */
  aliases: Array<Scalars['String']['output']>;
  /** Number of relationships this session has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** End time, `HH:MM`, local to the event, when known. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** The event this session is part of. */
  event?: Maybe<Event>;
  /** Stable global id (`session:…`). */
  id: Scalars['ID']['output'];
  /** What sort of programme item this is. */
  kind: SessionKind;
  /** The session's title in the requested language. */
  name: Scalars['String']['output'];
  /** The English title. */
  nameEn: Scalars['String']['output'];
  /** The French title. */
  nameFr: Scalars['String']['output'];
  /** Position in the programme (1 = first). */
  order: Scalars['Int']['output'];
  /** Forms of organising this session is about. */
  organisingForms: Array<OrganisingForm>;
  /** Where this session's record comes from. */
  provenance: Provenance;
  /** Who spoke, in programme order. */
  speakers: Array<Appearance>;
  /** Start time, `HH:MM`, local to the event. */
  startTime: Scalars['String']['output'];
  /** The session's sub-heading in the requested language (e.g. `Three experiences from abroad`). */
  theme?: Maybe<Scalars['String']['output']>;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `SESSION`. */
  type: EntityType;
  /** Worker types this session is about. */
  workerTypes: Array<WorkerType>;
};


/** A part of an event's programme: a talk, a session, a synthesis. */
export type SessionDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A part of an event's programme: a talk, a session, a synthesis. */
export type SessionNameArgs = {
  lang?: InputMaybe<Language>;
};


/** A part of an event's programme: a talk, a session, a synthesis. */
export type SessionThemeArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of sessions. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The sessions with their cursors. */
  edges: Array<SessionEdge>;
  /** The sessions. */
  nodes: Array<Session>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many sessions match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A session in a page. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: Session;
};

/** Kinds of programme item, as the programme lists them. */
export type SessionKind =
  /** A break (e.g. a coffee break). */
  | 'BREAK'
  /** The debate among the participants that follows a session. */
  | 'DEBATE'
  /** The introduction of the event, with no speaker named. */
  | 'INTRODUCTION'
  /** A meal (e.g. a buffet lunch). */
  | 'MEAL'
  /** A session with several speakers. */
  | 'SESSION'
  /** The closing synthesis (recap and next steps). */
  | 'SYNTHESIS'
  /** A single talk. */
  | 'TALK'
  /** The welcome of the participants. */
  | 'WELCOME';

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A source document. */
export type Source = Node & {
  __typename?: 'Source';
  /** The data set this source belongs to, when it is one of the data sets loaded. */
  dataset?: Maybe<Dataset>;
  /** Publication or event date, ISO 8601. */
  date: Scalars['String']['output'];
  /** Stable id (`programme-2016-07-08-en`). */
  id: Scalars['ID']['output'];
  /** The document's language. */
  language: Language;
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
  /** Where to find it. */
  url: Scalars['String']['output'];
};

/** What collective actions are about (pay and benefits, working conditions, ethics, discrimination…). */
export type Struggle = Entity & Node & {
  __typename?: 'Struggle';
  /** The collective actions about this struggle, latest first. */
  actions: CollectiveActionConnection;
  /** Other names and spellings. */
  aliases: Array<Scalars['String']['output']>;
  /** Number of relationships this struggle has. */
  degree: Scalars['Int']['output'];
  /** A short description, when there is one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`struggle:…`). */
  id: Scalars['ID']['output'];
  /** The name in the requested language (the French names are the project's translation). */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** Where this struggle's record comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `STRUGGLE`. */
  type: EntityType;
};


/** What collective actions are about (pay and benefits, working conditions, ethics, discrimination…). */
export type StruggleActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What collective actions are about (pay and benefits, working conditions, ethics, discrimination…). */
export type StruggleDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** What collective actions are about (pay and benefits, working conditions, ethics, discrimination…). */
export type StruggleNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of struggles. */
export type StruggleConnection = {
  __typename?: 'StruggleConnection';
  /** The struggles with their cursors. */
  edges: Array<StruggleEdge>;
  /** The struggles. */
  nodes: Array<Struggle>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many struggles match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A struggle in a page, with its cursor. */
export type StruggleEdge = {
  __typename?: 'StruggleEdge';
  /** Where this struggle is in the list (pass it as `after`). */
  cursor: Scalars['String']['output'];
  /** The struggle. */
  node: Struggle;
};

/**
 * When a fact holds, as its source dates it: a start and an end, each at the precision the source gives and
 * either open; or the date the source describes it as of. Only dates a source gives: what no source dates has no
 * `TimeSpan`.
 */
export type TimeSpan = {
  __typename?: 'TimeSpan';
  /** The date the source describes the fact as of (the seminar presents who did what on 2016-07-08), when it gives no start or end. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** When it ended, ISO 8601 at the source's precision; null when open (the source gives no end). An action or an event ends on the date it happened. */
  end?: Maybe<Scalars['String']['output']>;
  /** How precisely the source gives the end. */
  endPrecision?: Maybe<DatePrecision>;
  /** The first day the fact may hold (`2019` → `2019-01-01`); null when open. */
  firstDay?: Maybe<Scalars['String']['output']>;
  /** The last day it may hold (`2019` → `2019-12-31`); null when open. */
  lastDay?: Maybe<Scalars['String']['output']>;
  /** When it started or happened, ISO 8601 at the source's precision (`2019-06-15`, `2019-06`, `2019`); null when the source gives no start. */
  start?: Maybe<Scalars['String']['output']>;
  /** How precisely the source gives the start. */
  startPrecision?: Maybe<DatePrecision>;
};

/** Counts of dated facts over time, split into series. */
export type Timeline = {
  __typename?: 'Timeline';
  /** One bucket per year or month from the first dated fact to the last (empty ones included), in order; none when nothing is dated. */
  buckets: Array<TimelineBucket>;
  /** What splits the counts. */
  by: TimelineFacet;
  /** How many dated facts the buckets count. */
  datedCount: Scalars['Int']['output'];
  /** The size of the buckets. */
  interval: TimelineInterval;
  /** The series, the largest overall first; every bucket's `counts` follow this order. */
  series: Array<TimelineSeries>;
  /** How many facts matched the filter that no source dates (in no bucket). */
  undatedCount: Scalars['Int']['output'];
  /** The undated facts, per series (in the order of `series`). */
  undatedCounts: Array<Scalars['Int']['output']>;
};

/** One year or month of a timeline. */
export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  /** How many per series, in the order of `Timeline.series` (a fact with several values counts in each). */
  counts: Array<Scalars['Int']['output']>;
  /** Its first day, ISO 8601. */
  firstDay: Scalars['String']['output'];
  /** How many of `total` are dated less precisely than the bucket (a `2019` action in January 2019's bucket). */
  imprecise: Scalars['Int']['output'];
  /** Its last day, ISO 8601. */
  lastDay: Scalars['String']['output'];
  /** How many have no value of the facet (an action whose place the source does not give). */
  noValueCount: Scalars['Int']['output'];
  /** How many have a value outside the series. */
  otherCount: Scalars['Int']['output'];
  /** The year (`2019`) or month (`2019-06`). */
  start: Scalars['String']['output'];
  /** How many facts it counts (a fact with several values of the facet counts once here). */
  total: Scalars['Int']['output'];
};

/** What splits a timeline's counts into series. */
export type TimelineFacet =
  /** The country an action took place in or an event was held in. */
  | 'COUNTRY'
  /** The data set that loaded the fact. */
  | 'DATASET'
  /** The form a collective action took (strike, open letter…); for an event, the forms it is about. */
  | 'FORM'
  /** The organising groups behind an action, and the organisers of an event. */
  | 'ORGANISER'
  /** What a collective action is about. */
  | 'STRUGGLE'
  /** The worker types a collective action involved or an event is about. */
  | 'WORKER_TYPE';

/** The size of a timeline's buckets. */
export type TimelineInterval =
  /** One bucket per month. */
  | 'MONTH'
  /** One bucket per year. */
  | 'YEAR';

/** One value of a timeline's facet. */
export type TimelineSeries = {
  __typename?: 'TimelineSeries';
  /** How many facts of the timeline it counts, dated or not. */
  count: Scalars['Int']['output'];
  /** The value's id (a data set, a form, a worker type, a country, a struggle or an organisation). */
  id: Scalars['ID']['output'];
  /** Its name in the requested language. */
  label: Scalars['String']['output'];
};


/** One value of a timeline's facet. */
export type TimelineSeriesLabelArgs = {
  lang?: InputMaybe<Language>;
};

/** How many entities of one type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The entity type. */
  type: EntityType;
};

/** Whether facts no source dates are kept under a period or an as-of date. */
export type UndatedFacts =
  /** Leave them out. */
  | 'EXCLUDE'
  /** Keep them, as if they held at any time. */
  | 'INCLUDE';

/** A type of worker that organisations organise or defend (crowd workers, freelancers, designers…). */
export type WorkerType = Entity & Node & {
  __typename?: 'WorkerType';
  /** The collective actions these workers took part in, latest first. */
  actions: CollectiveActionConnection;
  /** Other names and wordings. */
  aliases: Array<Scalars['String']['output']>;
  /** Broader worker types this one belongs to (designers → creative professions). */
  broader: Array<WorkerType>;
  /** Number of relationships this worker type has. */
  degree: Scalars['Int']['output'];
  /** A short description, when a source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable global id (`worker:…`). */
  id: Scalars['ID']['output'];
  /** The name in the requested language. */
  name: Scalars['String']['output'];
  /** The English name. */
  nameEn: Scalars['String']['output'];
  /** The French name. */
  nameFr: Scalars['String']['output'];
  /** Narrower worker types within this one. */
  narrower: Array<WorkerType>;
  /**
   * Organisations that organise or defend these workers, all at once.
   * @deprecated Unbounded: use `organisationsConnection`. Will be removed in the next release.
   */
  organisations: Array<Organisation>;
  /** Organisations that organise or defend these workers, by name, paginated. */
  organisationsConnection: OrganisationConnection;
  /** Where this worker type's record comes from. */
  provenance: Provenance;
  /** When it holds, as its source dates it; null when no source dates it. */
  time?: Maybe<TimeSpan>;
  /** Always `WORKER_TYPE`. */
  type: EntityType;
};


/** A type of worker that organisations organise or defend (crowd workers, freelancers, designers…). */
export type WorkerTypeActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A type of worker that organisations organise or defend (crowd workers, freelancers, designers…). */
export type WorkerTypeDescriptionArgs = {
  lang?: InputMaybe<Language>;
};


/** A type of worker that organisations organise or defend (crowd workers, freelancers, designers…). */
export type WorkerTypeNameArgs = {
  lang?: InputMaybe<Language>;
};


/** A type of worker that organisations organise or defend (crowd workers, freelancers, designers…). */
export type WorkerTypeOrganisationsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of worker types. */
export type WorkerTypeConnection = {
  __typename?: 'WorkerTypeConnection';
  /** The worker types with their cursors. */
  edges: Array<WorkerTypeEdge>;
  /** The worker types. */
  nodes: Array<WorkerType>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many worker types match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A worker type in a page. */
export type WorkerTypeEdge = {
  __typename?: 'WorkerTypeEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The worker type. */
  node: WorkerType;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionRole: ActionRole;
  Appearance: ResolverTypeWrapper<AppearanceModel>;
  Basis: Basis;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeCounts: ResolverTypeWrapper<ChangeCounts>;
  Citation: ResolverTypeWrapper<CitationModel>;
  CollectiveAction: ResolverTypeWrapper<CollectiveActionModel>;
  CollectiveActionConnection: ResolverTypeWrapper<Omit<CollectiveActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CollectiveActionEdge']>, nodes: Array<ResolversTypes['CollectiveAction']> }>;
  CollectiveActionEdge: ResolverTypeWrapper<Omit<CollectiveActionEdge, 'node'> & { node: ResolversTypes['CollectiveAction'] }>;
  Country: ResolverTypeWrapper<CountryModel>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CountryEdge']>, nodes: Array<ResolversTypes['Country']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CsvPairInput: CsvPairInput;
  Dataset: ResolverTypeWrapper<DatasetModel>;
  DatePrecision: DatePrecision;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityType: EntityType;
  Event: ResolverTypeWrapper<EventModel>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['EventEdge']>, nodes: Array<ResolversTypes['Event']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  FacetCounts: ResolverTypeWrapper<FacetCounts>;
  FacetOptionCount: ResolverTypeWrapper<FacetOptionCount>;
  FacetOptionsInput: FacetOptionsInput;
  FilterFacet: FilterFacet;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FoldedLink: ResolverTypeWrapper<FoldedLinkModel>;
  FoldedLinks: ResolverTypeWrapper<FoldedLinksModel>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeModel>;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDataInput: ImportDataInput;
  ImportDataPayload: ResolverTypeWrapper<ImportDataPayload>;
  ImportErrorCode: ImportErrorCode;
  ImportMode: ImportMode;
  ImportSummary: ResolverTypeWrapper<ImportSummary>;
  ImportUserError: ResolverTypeWrapper<ImportUserError>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Language: Language;
  Matrix: ResolverTypeWrapper<MatrixModel>;
  MatrixCell: ResolverTypeWrapper<MatrixCellModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodModel>;
  Network: ResolverTypeWrapper<NetworkModel>;
  Node: ResolverTypeWrapper<NodeModel>;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganisationEdge']>, nodes: Array<ResolversTypes['Organisation']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationKind: OrganisationKind;
  OrganisingForm: ResolverTypeWrapper<OrganisingFormModel>;
  OrganisingFormConnection: ResolverTypeWrapper<Omit<OrganisingFormConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganisingFormEdge']>, nodes: Array<ResolversTypes['OrganisingForm']> }>;
  OrganisingFormEdge: ResolverTypeWrapper<Omit<OrganisingFormEdge, 'node'> & { node: ResolversTypes['OrganisingForm'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathResult: ResolverTypeWrapper<PathResultModel>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Period: Period;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Provenance: ResolverTypeWrapper<ProvenanceModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipType: RelationshipType;
  Role: ResolverTypeWrapper<RoleModel>;
  RoleConnection: ResolverTypeWrapper<Omit<RoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RoleEdge']>, nodes: Array<ResolversTypes['Role']> }>;
  RoleEdge: ResolverTypeWrapper<Omit<RoleEdge, 'node'> & { node: ResolversTypes['Role'] }>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Session: ResolverTypeWrapper<SessionModel>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SessionEdge']>, nodes: Array<ResolversTypes['Session']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionKind: SessionKind;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Struggle: ResolverTypeWrapper<StruggleModel>;
  StruggleConnection: ResolverTypeWrapper<Omit<StruggleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['StruggleEdge']>, nodes: Array<ResolversTypes['Struggle']> }>;
  StruggleEdge: ResolverTypeWrapper<Omit<StruggleEdge, 'node'> & { node: ResolversTypes['Struggle'] }>;
  TimeSpan: ResolverTypeWrapper<TimeSpan>;
  Timeline: ResolverTypeWrapper<TimelineModel>;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TimelineFacet: TimelineFacet;
  TimelineInterval: TimelineInterval;
  TimelineSeries: ResolverTypeWrapper<TimelineSeriesModel>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  UndatedFacts: UndatedFacts;
  WorkerType: ResolverTypeWrapper<WorkerTypeModel>;
  WorkerTypeConnection: ResolverTypeWrapper<Omit<WorkerTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['WorkerTypeEdge']>, nodes: Array<ResolversTypes['WorkerType']> }>;
  WorkerTypeEdge: ResolverTypeWrapper<Omit<WorkerTypeEdge, 'node'> & { node: ResolversTypes['WorkerType'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appearance: AppearanceModel;
  Boolean: Scalars['Boolean']['output'];
  ChangeCounts: ChangeCounts;
  Citation: CitationModel;
  CollectiveAction: CollectiveActionModel;
  CollectiveActionConnection: Omit<CollectiveActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CollectiveActionEdge']>, nodes: Array<ResolversParentTypes['CollectiveAction']> };
  CollectiveActionEdge: Omit<CollectiveActionEdge, 'node'> & { node: ResolversParentTypes['CollectiveAction'] };
  Country: CountryModel;
  CountryConnection: Omit<CountryConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CountryEdge']>, nodes: Array<ResolversParentTypes['Country']> };
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CsvPairInput: CsvPairInput;
  Dataset: DatasetModel;
  Entity: EntityModel;
  EntityOrder: EntityOrder;
  Event: EventModel;
  EventConnection: Omit<EventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['EventEdge']>, nodes: Array<ResolversParentTypes['Event']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  FacetCount: FacetCount;
  FacetCounts: FacetCounts;
  FacetOptionCount: FacetOptionCount;
  FacetOptionsInput: FacetOptionsInput;
  Float: Scalars['Float']['output'];
  FoldedLink: FoldedLinkModel;
  FoldedLinks: FoldedLinksModel;
  GraphEdge: GraphEdgeModel;
  GraphFilter: GraphFilter;
  GraphNode: GraphNodeModel;
  ID: Scalars['ID']['output'];
  ImportDataInput: ImportDataInput;
  ImportDataPayload: ImportDataPayload;
  ImportSummary: ImportSummary;
  ImportUserError: ImportUserError;
  Int: Scalars['Int']['output'];
  Matrix: MatrixModel;
  MatrixCell: MatrixCellModel;
  Mutation: Record<PropertyKey, never>;
  Neighbourhood: NeighbourhoodModel;
  Network: NetworkModel;
  Node: NodeModel;
  Organisation: OrganisationModel;
  OrganisationConnection: Omit<OrganisationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganisationEdge']>, nodes: Array<ResolversParentTypes['Organisation']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisingForm: OrganisingFormModel;
  OrganisingFormConnection: Omit<OrganisingFormConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganisingFormEdge']>, nodes: Array<ResolversParentTypes['OrganisingForm']> };
  OrganisingFormEdge: Omit<OrganisingFormEdge, 'node'> & { node: ResolversParentTypes['OrganisingForm'] };
  PageInfo: PageInfo;
  Path: PathModel;
  PathResult: PathResultModel;
  PathStep: PathStepModel;
  Period: Period;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Provenance: ProvenanceModel;
  Query: Record<PropertyKey, never>;
  Role: RoleModel;
  RoleConnection: Omit<RoleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RoleEdge']>, nodes: Array<ResolversParentTypes['Role']> };
  RoleEdge: Omit<RoleEdge, 'node'> & { node: ResolversParentTypes['Role'] };
  SearchHit: SearchHitModel;
  Session: SessionModel;
  SessionConnection: Omit<SessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SessionEdge']>, nodes: Array<ResolversParentTypes['Session']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  Source: SourceModel;
  String: Scalars['String']['output'];
  Struggle: StruggleModel;
  StruggleConnection: Omit<StruggleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['StruggleEdge']>, nodes: Array<ResolversParentTypes['Struggle']> };
  StruggleEdge: Omit<StruggleEdge, 'node'> & { node: ResolversParentTypes['Struggle'] };
  TimeSpan: TimeSpan;
  Timeline: TimelineModel;
  TimelineBucket: TimelineBucket;
  TimelineSeries: TimelineSeriesModel;
  TypeCount: TypeCount;
  WorkerType: WorkerTypeModel;
  WorkerTypeConnection: Omit<WorkerTypeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['WorkerTypeEdge']>, nodes: Array<ResolversParentTypes['WorkerType']> };
  WorkerTypeEdge: Omit<WorkerTypeEdge, 'node'> & { node: ResolversParentTypes['WorkerType'] };
};

export type AppearanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appearance'] = ResolversParentTypes['Appearance']> = {
  contribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AppearanceContributionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
};

export type ChangeCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeCounts'] = ResolversParentTypes['ChangeCounts']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CollectiveActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveAction'] = ResolversParentTypes['CollectiveAction']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  dateRaw?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CollectiveActionDescriptionArgs, 'lang'>>;
  forms?: Resolver<Array<ResolversTypes['OrganisingForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CollectiveActionNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  online?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  sourceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  struggles?: Resolver<Array<ResolversTypes['Struggle']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tagsRaw?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  workerTypes?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  workers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CollectiveActionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveActionConnection'] = ResolversParentTypes['CollectiveActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CollectiveActionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CollectiveAction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollectiveActionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CollectiveActionEdge'] = ResolversParentTypes['CollectiveActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CollectiveAction'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  actions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<CountryActionsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CountryDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CountryNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationsConnection?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<CountryOrganisationsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'CollectiveAction' | 'Country' | 'Event' | 'Organisation' | 'OrganisingForm' | 'Person' | 'Session' | 'Struggle' | 'WorkerType', ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coOrganisers?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EventDescriptionArgs, 'lang'>>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<EventFormatArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<EventNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisers?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  startTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  facet?: Resolver<ResolversTypes['FilterFacet'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['FacetOptionCount']>, ParentType, ContextType>;
};

export type FacetCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetCounts'] = ResolversParentTypes['FacetCounts']> = {
  facets?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  matching?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FacetOptionCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FacetOptionCount'] = ResolversParentTypes['FacetOptionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matching?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FoldedLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FoldedLink'] = ResolversParentTypes['FoldedLink']> = {
  actions?: Resolver<Array<ResolversTypes['CollectiveAction']>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FoldedLinksResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FoldedLinks'] = ResolversParentTypes['FoldedLinks']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['FoldedLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<GraphEdgeLabelArgs, 'lang'>>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  countryCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<GraphNodeLabelArgs, 'lang'>>;
  organisationKind?: Resolver<Maybe<ResolversTypes['OrganisationKind']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImportDataPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportDataPayload'] = ResolversParentTypes['ImportDataPayload']> = {
  summary?: Resolver<Maybe<ResolversTypes['ImportSummary']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['ImportUserError']>, ParentType, ContextType>;
};

export type ImportSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSummary'] = ResolversParentTypes['ImportSummary']> = {
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['ChangeCounts'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportUserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportUserError'] = ResolversParentTypes['ImportUserError']> = {
  code?: Resolver<ResolversTypes['ImportErrorCode'], ParentType, ContextType>;
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Matrix'] = ResolversParentTypes['Matrix']> = {
  cells?: Resolver<Array<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  withoutCountry?: Resolver<Array<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  workerTypes?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
};

export type MatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixCell'] = ResolversParentTypes['MatrixCell']> = {
  actionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  inferred?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  workerType?: Resolver<ResolversTypes['WorkerType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  importData?: Resolver<ResolversTypes['ImportDataPayload'], ParentType, ContextType, RequireFields<MutationImportDataArgs, 'input'>>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  center?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  omittedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  undatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'CollectiveAction' | 'Country' | 'Dataset' | 'Event' | 'GraphNode' | 'Organisation' | 'OrganisingForm' | 'Person' | 'Session' | 'Source' | 'Struggle' | 'WorkerType', ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  actions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<OrganisationActionsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganisationDescriptionArgs, 'lang'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  kindBasis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ledBy?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  membersConnection?: Resolver<ResolversTypes['RoleConnection'], ParentType, ContextType, RequireFields<OrganisationMembersConnectionArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<OrganisationNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisingForms?: Resolver<Array<ResolversTypes['OrganisingForm']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workerTypes?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisingFormResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisingForm'] = ResolversParentTypes['OrganisingForm']> = {
  actions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<OrganisingFormActionsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<OrganisingFormDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<OrganisingFormNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisingFormConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisingFormConnection'] = ResolversParentTypes['OrganisingFormConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisingFormEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['OrganisingForm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisingFormEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganisingFormEdge'] = ResolversParentTypes['OrganisingFormEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OrganisingForm'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PathExplanationArgs, 'lang'>>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathResult'] = ResolversParentTypes['PathResult']> = {
  length?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  edge?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  reversed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PathStepSentenceArgs, 'lang'>>;
  to?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  appearances?: Resolver<Array<ResolversTypes['Appearance']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PersonDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<PersonNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  basis?: Resolver<ResolversTypes['Basis'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  collectiveActions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<QueryCollectiveActionsArgs, 'first' | 'orderBy'>>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first' | 'orderBy'>>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  facetCounts?: Resolver<ResolversTypes['FacetCounts'], ParentType, ContextType, RequireFields<QueryFacetCountsArgs, 'facets'>>;
  foldedLinks?: Resolver<ResolversTypes['FoldedLinks'], ParentType, ContextType, RequireFields<QueryFoldedLinksArgs, 'limit'>>;
  matrix?: Resolver<ResolversTypes['Matrix'], ParentType, ContextType, RequireFields<QueryMatrixArgs, 'lang'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit' | 'undated'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first' | 'orderBy'>>;
  organisingForms?: Resolver<ResolversTypes['OrganisingFormConnection'], ParentType, ContextType, RequireFields<QueryOrganisingFormsArgs, 'first' | 'orderBy'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first' | 'orderBy'>>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType, RequireFields<QueryProvenanceArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query' | 'undated'>>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<QuerySessionsArgs, 'first' | 'orderBy'>>;
  shortestPaths?: Resolver<ResolversTypes['PathResult'], ParentType, ContextType, RequireFields<QueryShortestPathsArgs, 'from' | 'limit' | 'maxLength' | 'to'>>;
  struggles?: Resolver<ResolversTypes['StruggleConnection'], ParentType, ContextType, RequireFields<QueryStrugglesArgs, 'first' | 'orderBy'>>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'by' | 'interval' | 'series'>>;
  workerTypes?: Resolver<ResolversTypes['WorkerTypeConnection'], ParentType, ContextType, RequireFields<QueryWorkerTypesArgs, 'first' | 'orderBy'>>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RoleTitleArgs, 'lang'>>;
};

export type RoleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleConnection'] = ResolversParentTypes['RoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RoleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleEdge'] = ResolversParentTypes['RoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SessionDescriptionArgs, 'lang'>>;
  endTime?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SessionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SessionNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisingForms?: Resolver<Array<ResolversTypes['OrganisingForm']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Appearance']>, ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SessionThemeArgs, 'lang'>>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  workerTypes?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StruggleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Struggle'] = ResolversParentTypes['Struggle']> = {
  actions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<StruggleActionsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<StruggleDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<StruggleNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StruggleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StruggleConnection'] = ResolversParentTypes['StruggleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StruggleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Struggle']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StruggleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StruggleEdge'] = ResolversParentTypes['StruggleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Struggle'], ParentType, ContextType>;
};

export type TimeSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeSpan'] = ResolversParentTypes['TimeSpan']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  firstDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastDay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  buckets?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['TimelineFacet'], ParentType, ContextType>;
  datedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['TimelineInterval'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['TimelineSeries']>, ParentType, ContextType>;
  undatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedCounts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  counts?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  firstDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imprecise?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noValueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  otherCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineSeries'] = ResolversParentTypes['TimelineSeries']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<TimelineSeriesLabelArgs, 'lang'>>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
};

export type WorkerTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerType'] = ResolversParentTypes['WorkerType']> = {
  actions?: Resolver<ResolversTypes['CollectiveActionConnection'], ParentType, ContextType, RequireFields<WorkerTypeActionsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  broader?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<WorkerTypeDescriptionArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<WorkerTypeNameArgs, 'lang'>>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationsConnection?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, RequireFields<WorkerTypeOrganisationsConnectionArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['TimeSpan']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkerTypeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerTypeConnection'] = ResolversParentTypes['WorkerTypeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkerTypeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['WorkerType']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkerTypeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkerTypeEdge'] = ResolversParentTypes['WorkerTypeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkerType'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Appearance?: AppearanceResolvers<ContextType>;
  ChangeCounts?: ChangeCountsResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  CollectiveAction?: CollectiveActionResolvers<ContextType>;
  CollectiveActionConnection?: CollectiveActionConnectionResolvers<ContextType>;
  CollectiveActionEdge?: CollectiveActionEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  FacetCounts?: FacetCountsResolvers<ContextType>;
  FacetOptionCount?: FacetOptionCountResolvers<ContextType>;
  FoldedLink?: FoldedLinkResolvers<ContextType>;
  FoldedLinks?: FoldedLinksResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  ImportDataPayload?: ImportDataPayloadResolvers<ContextType>;
  ImportSummary?: ImportSummaryResolvers<ContextType>;
  ImportUserError?: ImportUserErrorResolvers<ContextType>;
  Matrix?: MatrixResolvers<ContextType>;
  MatrixCell?: MatrixCellResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisingForm?: OrganisingFormResolvers<ContextType>;
  OrganisingFormConnection?: OrganisingFormConnectionResolvers<ContextType>;
  OrganisingFormEdge?: OrganisingFormEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathResult?: PathResultResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  RoleConnection?: RoleConnectionResolvers<ContextType>;
  RoleEdge?: RoleEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Struggle?: StruggleResolvers<ContextType>;
  StruggleConnection?: StruggleConnectionResolvers<ContextType>;
  StruggleEdge?: StruggleEdgeResolvers<ContextType>;
  TimeSpan?: TimeSpanResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TimelineSeries?: TimelineSeriesResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  WorkerType?: WorkerTypeResolvers<ContextType>;
  WorkerTypeConnection?: WorkerTypeConnectionResolvers<ContextType>;
  WorkerTypeEdge?: WorkerTypeEdgeResolvers<ContextType>;
};

