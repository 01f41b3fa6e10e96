import { inLanguage } from '../../domain/language';
import { edgeLabel, pathExplanation, stepSentence } from '../../domain/relationshipWords';
import type {
  GraphEdgeResolvers,
  GraphNodeResolvers,
  PathResolvers,
  PathStepResolvers,
  TimelineSeriesResolvers,
} from '../../generated/graphql';

// The graph as drawn: labels and sentences in the requested language.

export const GraphNode: GraphNodeResolvers = {
  label: (node, { lang }) => inLanguage(lang, node.nameEn, node.nameFr),
};

export const GraphEdge: GraphEdgeResolvers = {
  label: (edge, { lang }) => edgeLabel(edge, lang),
};

export const Path: PathResolvers = {
  explanation: (path, { lang }) => pathExplanation(path, lang),
};

export const PathStep: PathStepResolvers = {
  sentence: (step, { lang }) => stepSentence(step, lang),
};

export const TimelineSeries: TimelineSeriesResolvers = {
  label: (series, { lang }) => inLanguage(lang, series.nameEn, series.nameFr),
};
