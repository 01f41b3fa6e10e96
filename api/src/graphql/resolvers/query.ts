import { findNetwork } from '../../data/network';
import { findNeighbourhood } from '../../data/neighbourhood';
import { findShortestPaths } from '../../data/paths';
import { searchEntities } from '../../data/search';
import { findMatrix } from '../../data/matrix';
import { findProvenance } from '../../data/provenance';
import { findDatasets } from '../../data/datasets';
import { findFoldedLinks } from '../../data/foldedLinks';
import { countTimeline } from '../../data/timeline';
import { countFacets } from '../../data/facetCounts';
import { listEntities, listEvents, type EntityOrder } from '../../data/entities';
import type { EntityType } from '../../data/models';
import { InvalidArgumentError } from '../../errors';
import type { GraphFilter, QueryResolvers } from '../../generated/graphql';
import { checkRange, datedFilter, LIMITS, pageArgs, searchQuery } from '../arguments';
import { checkedFilter } from '../checkedFilter';
import { toConnection } from '../connection';
import { checkedFacetRequests } from '../facetRequests';
import type { Context } from '../context';
import { timelineFacts, timelineOf } from '../timeline';

const BY_NAME: EntityOrder = { field: 'NAME', direction: 'ASC' };
const BY_PROGRAMME: EntityOrder = { field: 'START_TIME', direction: 'ASC' };
const BY_DATE: EntityOrder = { field: 'DATE', direction: 'ASC' };

interface ListArgs {
  filter?: GraphFilter | null;
  orderBy?: EntityOrder | null;
  first: number;
  after?: string | null;
}

/** The resolver of one connection field over one entity type. */
function entityList<T extends EntityType>(type: T, defaultOrder = BY_NAME) {
  return async (_parent: unknown, args: ListArgs, { db }: Context) => {
    const page = pageArgs(args.first, args.after);
    const filter = await checkedFilter(db, args.filter);
    return toConnection(await listEntities(db, type, filter, args.orderBy ?? defaultOrder, page));
  };
}

export const Query: QueryResolvers = {
  node: (_parent, { id }, { loaders }) => loaders.node.load(id),

  nodes: (_parent, { ids }, { loaders }) => {
    if (ids.length > LIMITS.nodes) {
      throw new InvalidArgumentError('ids', `ids may name at most ${LIMITS.nodes} entities, got ${ids.length}.`);
    }
    return Promise.all(ids.map((id) => loaders.node.load(id)));
  },

  network: async (_parent, { filter, limit }, { db }) => {
    const checked = await checkedFilter(db, filter);
    return findNetwork(db, checked, checkRange('limit', limit, 1, LIMITS.networkLimit));
  },

  facetCounts: async (_parent, args, { db }) => {
    const { filter, facets } = await checkedFacetRequests(db, args.filter, args.facets);
    const counted = await countFacets(db, filter, facets);
    return {
      matching: counted.matching,
      facets: args.facets.map((input, index) => ({
        facet: input.facet,
        options: counted.facets[index]?.options ?? [],
      })),
    };
  },

  organisations: entityList('ORGANISATION'),
  people: entityList('PERSON'),
  countries: entityList('COUNTRY'),
  workerTypes: entityList('WORKER_TYPE'),
  organisingForms: entityList('ORGANISING_FORM'),
  sessions: entityList('SESSION', BY_PROGRAMME),
  collectiveActions: entityList('COLLECTIVE_ACTION', BY_DATE),
  struggles: entityList('STRUGGLE'),

  datasets: (_parent, _args, { db }) => findDatasets(db),

  foldedLinks: async (_parent, { filter, limit }, { db }) => {
    const checked = await checkedFilter(db, filter);
    return findFoldedLinks(db, checked, checkRange('limit', limit, 1, LIMITS.networkLimit));
  },

  events: async (_parent, { first, after }, { db }) => toConnection(await listEvents(db, pageArgs(first, after))),

  neighbourhood: (_parent, { id, depth, limit, period, asOf, undated }, { db }) =>
    findNeighbourhood(
      db,
      id,
      checkRange('depth', depth, 1, LIMITS.neighbourhoodDepth),
      checkRange('limit', limit, 1, LIMITS.neighbourhoodLimit),
      datedFilter({ period, asOf, undated }),
    ),

  shortestPaths: (_parent, { from, to, maxLength, limit }, { db }) =>
    findShortestPaths(
      db,
      from,
      to,
      checkRange('maxLength', maxLength, 1, LIMITS.pathLength),
      checkRange('limit', limit, 1, LIMITS.paths),
    ),

  search: (_parent, { query, types, first, period, asOf, undated }, { db }) => {
    const lucene = searchQuery(query);
    const hits = checkRange('first', first, 1, LIMITS.searchHits);
    const time = datedFilter({ period, asOf, undated });
    return searchEntities(db, query, lucene, types && types.length > 0 ? types : undefined, hits, time);
  },

  matrix: async (_parent, { filter, lang }, { db }) => findMatrix(db, await checkedFilter(db, filter), lang ?? 'EN'),

  timeline: async (_parent, { filter, interval, by, series }, { db }) => {
    checkRange('series', series, 1, LIMITS.timelineSeries);
    const facts = timelineFacts(filter);
    const checked = await checkedFilter(db, filter);
    return timelineOf(await countTimeline(db, checked, { facts, interval, by, series }), interval, by);
  },

  provenance: (_parent, { id }, { db }) => findProvenance(db, id),
};
