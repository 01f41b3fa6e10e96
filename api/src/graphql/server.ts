import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createFormatError } from '../errors';
import type { Context } from './context';
import { resolvers } from './resolvers/index';
import { loadTypeDefs } from './schema';

export interface GraphQLServerOptions {
  /** Where unexpected errors are logged (clients only see INTERNAL_SERVER_ERROR). */
  logInternalError?: (error: unknown) => void;
}

/**
 * The Apollo server over schema.graphql. Start it (`await server.start()`) before mounting it, or
 * call `executeOperation` with a context from `createContext`.
 */
export function createGraphQLServer(options: GraphQLServerOptions = {}): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // Apollo's landing page loads from a CDN; the explorer serves its own GraphiQL (see graphiql.ts).
    plugins: [ApolloServerPluginLandingPageDisabled()],
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The process that serves the app (api/src/main.ts) owns shutdown on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logInternalError),
  });
}
