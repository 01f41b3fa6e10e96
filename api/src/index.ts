export { createApp, type AppOptions } from './server/app';
export { createGraphQLServer, type GraphQLServerOptions } from './graphql/server';
export { createContext, type Context, type ContextOptions } from './graphql/context';
export { ResponseCache, type ResponseCacheSettings } from './graphql/responseCache';
export {
  DEFAULT_BODY_LIMITS,
  DEFAULT_OPERATION_LIMITS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RESPONSE_CACHE,
  loadApiConfig,
  type ApiConfig,
  type BodyLimits,
  type OperationLimits,
  type RateLimitSettings,
} from './config';
export { createLogger, type Logger } from './logging';
export { HttpDrain } from './server/shutdown';
export { ImportQueue } from './imports/importQueue';
export { importData, type ImportOutcome, type ImportRequest } from './imports/importData';
export { measureOperation, type OperationMeasure } from './limits/measureOperation';
