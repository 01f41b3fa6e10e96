export { createApp, type AppOptions } from './server/app';
export { createGraphQLServer, type GraphQLServerOptions } from './graphql/server';
export { createContext, type Context } from './graphql/context';
