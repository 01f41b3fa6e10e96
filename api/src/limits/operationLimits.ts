import { getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationLimits } from '../config';
import { QueryTooComplexError } from '../errors';
import { measureOperation, type OperationMeasure } from './measureOperation';

const number = (value: number) => value.toLocaleString('en-GB');

/** What a full standard introspection query (every option on, as GraphiQL may send) costs on this schema. */
export function standardIntrospectionCost(schema: GraphQLSchema): number {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  return measureOperation(schema, parse(query))?.introspectionCost ?? 0;
}

/**
 * The first limit the measure exceeds, as the error to report; undefined when within all.
 * Introspection may cost up to `maxIntrospectionCost` (1.5 times the standard query's, so tools work
 * and nesting `fields { type { fields … } }` does not).
 */
export function exceededLimit(
  measure: OperationMeasure,
  limits: OperationLimits,
  maxIntrospectionCost = Number.POSITIVE_INFINITY,
): QueryTooComplexError | undefined {
  if (measure.aliases > limits.maxAliases) {
    return new QueryTooComplexError(
      'maxAliases',
      limits.maxAliases,
      measure.aliases,
      `The operation uses ${number(measure.aliases)} aliases; the limit is ${number(limits.maxAliases)}.`,
    );
  }
  if (measure.depth > limits.maxDepth) {
    return new QueryTooComplexError(
      'maxDepth',
      limits.maxDepth,
      measure.depth,
      `The operation nests fields ${measure.depth} deep; the limit is ${limits.maxDepth}.`,
    );
  }
  if (measure.cost > limits.maxCost) {
    const cost = Number.isFinite(measure.cost) ? Math.round(measure.cost) : Number.MAX_SAFE_INTEGER;
    return new QueryTooComplexError(
      'maxCost',
      limits.maxCost,
      cost,
      `The operation's estimated cost is ${number(cost)}; the limit is ${number(limits.maxCost)}. ` +
        'Ask for fewer items (a lower first or limit) or fewer nested lists.',
    );
  }
  if (measure.introspectionCost > maxIntrospectionCost) {
    const cost = Number.isFinite(measure.introspectionCost)
      ? Math.round(measure.introspectionCost)
      : Number.MAX_SAFE_INTEGER;
    return new QueryTooComplexError(
      'maxIntrospectionCost',
      maxIntrospectionCost,
      cost,
      `The introspection's estimated cost is ${number(cost)}; the limit is ${number(maxIntrospectionCost)} (one and a half times a full standard introspection query).`,
    );
  }
  return undefined;
}

/**
 * Refuses an operation over a limit once it is parsed, validated and its variables are known,
 * before anything runs. The refusal is a 400; formatError gives it its code and numbers.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const introspectionBudgets = new WeakMap<GraphQLSchema, number>();
  const introspectionBudget = (schema: GraphQLSchema) => {
    let budget = introspectionBudgets.get(schema);
    if (budget === undefined) {
      budget = Math.ceil(1.5 * standardIntrospectionCost(schema));
      introspectionBudgets.set(schema, budget);
    }
    return budget;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, response }) {
          const measure = measureOperation(schema, document, request.operationName, request.variables ?? {});
          const exceeded = measure && exceededLimit(measure, limits, introspectionBudget(schema));
          if (exceeded) {
            // Apollo answers 500 to an error thrown here unless told otherwise; it wraps the error
            // in a GraphQLError, and formatError finds it as the original.
            response.http.status = 400;
            throw exceeded;
          }
        },
      };
    },
  };
}
