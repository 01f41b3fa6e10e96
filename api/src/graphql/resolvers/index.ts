import type { Resolvers } from '../../generated/graphql';
import {
  CollectiveAction,
  Country,
  Entity,
  Event,
  Node,
  Organisation,
  OrganisingForm,
  Person,
  Session,
  Struggle,
  WorkerType,
} from './entities';
import { Appearance, Citation, Provenance, Role, Source } from './facts';
import { GraphEdge, GraphNode, Path, PathStep, TimelineSeries } from './graph';
import { Mutation } from './mutation';
import { Query } from './query';

/** Every resolver of schema.graphql; fields not listed here read the model's property of the same name. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Node,
  Entity,
  Person,
  Organisation,
  Country,
  WorkerType,
  OrganisingForm,
  Session,
  Event,
  CollectiveAction,
  Struggle,
  Source,
  Role,
  Appearance,
  Provenance,
  Citation,
  GraphNode,
  GraphEdge,
  Path,
  PathStep,
  TimelineSeries,
};
