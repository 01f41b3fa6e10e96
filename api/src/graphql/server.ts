import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../config';
import { createFormatError } from '../errors';
import { operationLimitsPlugin } from '../limits/operationLimits';
import { clientErrorsPlugin } from './clientErrorsPlugin';
import type { Context } from './context';
import { requestRecordPlugin } from './requestRecordPlugin';
import { NO_RESPONSE_CACHE, type ResponseCache } from './responseCache';
import { resolvers } from './resolvers/index';
import { loadTypeDefs } from './schema';

export interface GraphQLServerOptions {
  /** Where unexpected errors are logged (clients only see INTERNAL_SERVER_ERROR). */
  logInternalError?: (error: unknown) => void;
  /** Depth, cost, alias and token limits; the documented defaults when omitted. */
  limits?: Partial<OperationLimits>;
  /** Reuse whole answers to queries while the graph is unchanged; none when omitted. */
  responseCache?: ResponseCache;
}

/**
 * The Apollo server over schema.graphql. Start it (`await server.start()`) before mounting it, or
 * call `executeOperation` with a context from `createContext`.
 */
export function createGraphQLServer(options: GraphQLServerOptions = {}): ApolloServer<Context> {
  const limits = { ...DEFAULT_OPERATION_LIMITS, ...options.limits };
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // Apollo's landing page loads from a CDN; the explorer serves its own GraphiQL (see graphiql.ts).
    // An answer is kept only once the limits have let its operation run, and replayed only to the
    // same request on the same app, so a cached answer is never a way around them.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(limits),
      clientErrorsPlugin(),
      requestRecordPlugin(),
      ...(options.responseCache ?? NO_RESPONSE_CACHE).plugins(),
    ],
    // Bounds the work of parsing and validating before the other limits can be measured.
    parseOptions: { maxTokens: limits.maxTokens },
    // One operation per request: a batch would multiply every per-operation limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The process that serves the app (api/src/main.ts) owns shutdown on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logInternalError),
  });
}
