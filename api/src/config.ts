import { z } from 'zod';
import { environmentReader } from '@faire-collectif/neo4j';

// The API's own settings (the database's are in @faire-collectif/neo4j's config), validated the
// same way: every variable has a documented default, and a bad value is a ConfigError naming it.

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How many proxies to trust for the client's address (`X-Forwarded-For`), or a list of them. */
export type TrustProxy = boolean | number | string;

export interface OperationLimits {
  /** Deepest selection nesting, fragments expanded. */
  maxDepth: number;
  /** Highest estimated cost (fields resolved, list sizes multiplied; see limits/cost.ts). */
  maxCost: number;
  /** Most aliased fields in one operation. */
  maxAliases: number;
  /** Most lexical tokens in a document: bounds the work of parsing and validating it. */
  maxTokens: number;
}

export interface BodyLimits {
  /** Largest request body in bytes. */
  maxBodyBytes: number;
  /** Largest body for a request carrying the right API key (imports send whole data sets). */
  maxImportBodyBytes: number;
}

export interface RateLimitSettings {
  windowMs: number;
  /** Requests per client address per window; 0 turns the limiter off. */
  max: number;
}

export interface ResponseCacheConfig {
  /** How long a query's answer is reused; 0 turns the cache off. */
  ttlSeconds: number;
  maxBytes: number;
}

export interface ApiConfig {
  /** Unset: writes are disabled. Never logged. */
  apiKey: string | undefined;
  logLevel: LogLevel;
  limits: OperationLimits;
  body: BodyLimits;
  rateLimit: RateLimitSettings;
  trustProxy: TrustProxy;
  /** How long a stop waits for running requests before closing their connections. */
  shutdownTimeoutMs: number;
  responseCache: ResponseCacheConfig;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxCost: 200_000,
  maxAliases: 150,
  maxTokens: 5_000,
};

export const DEFAULT_BODY_LIMITS: BodyLimits = {
  maxBodyBytes: 100 * 1024,
  maxImportBodyBytes: 16 * 1024 * 1024,
};

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { windowMs: 60_000, max: 600 };

export const DEFAULT_RESPONSE_CACHE: ResponseCacheConfig = { ttlSeconds: 30, maxBytes: 64 * 1024 * 1024 };

const count = (min: number, max: number) =>
  z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(min, `expected at least ${min}`)
    .max(max, `expected at most ${max}`);

const variables = {
  API_KEY: z
    .string()
    .min(16, 'expected at least 16 characters (e.g. from `openssl rand -hex 32`)')
    .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII without spaces')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  API_MAX_DEPTH: count(2, 100).default(DEFAULT_OPERATION_LIMITS.maxDepth),
  API_MAX_COST: count(1, 100_000_000).default(DEFAULT_OPERATION_LIMITS.maxCost),
  API_MAX_ALIASES: count(0, 10_000).default(DEFAULT_OPERATION_LIMITS.maxAliases),
  API_MAX_TOKENS: count(100, 1_000_000).default(DEFAULT_OPERATION_LIMITS.maxTokens),
  API_MAX_BODY_BYTES: count(1024, 100 * 1024 * 1024).default(DEFAULT_BODY_LIMITS.maxBodyBytes),
  API_MAX_IMPORT_BYTES: count(1024, 1024 * 1024 * 1024).default(DEFAULT_BODY_LIMITS.maxImportBodyBytes),
  RATE_LIMIT_WINDOW_MS: count(1_000, 86_400_000).default(DEFAULT_RATE_LIMIT.windowMs),
  RATE_LIMIT_MAX: count(0, 10_000_000).default(DEFAULT_RATE_LIMIT.max),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/,\s-]+)$/, 'expected true, false, a number of proxies, or addresses/subnets')
    .default('false')
    .transform((value): TrustProxy => {
      if (value === 'true') return true;
      if (value === 'false') return false;
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
  SHUTDOWN_TIMEOUT_MS: count(0, 600_000).default(10_000),
  RESPONSE_CACHE_TTL_SECONDS: count(0, 86_400).default(DEFAULT_RESPONSE_CACHE.ttlSeconds),
  RESPONSE_CACHE_MAX_MB: count(1, 65_536).default(DEFAULT_RESPONSE_CACHE.maxBytes / (1024 * 1024)),
} as const;

// The key's value never goes into a message: only what is wrong with it.
const read = environmentReader(variables);

/** Reads and validates the API's settings; throws a ConfigError naming the first bad variable. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  return {
    apiKey: read(env, 'API_KEY'),
    logLevel: read(env, 'LOG_LEVEL'),
    limits: {
      maxDepth: read(env, 'API_MAX_DEPTH'),
      maxCost: read(env, 'API_MAX_COST'),
      maxAliases: read(env, 'API_MAX_ALIASES'),
      maxTokens: read(env, 'API_MAX_TOKENS'),
    },
    body: {
      maxBodyBytes: read(env, 'API_MAX_BODY_BYTES'),
      maxImportBodyBytes: read(env, 'API_MAX_IMPORT_BYTES'),
    },
    rateLimit: { windowMs: read(env, 'RATE_LIMIT_WINDOW_MS'), max: read(env, 'RATE_LIMIT_MAX') },
    trustProxy: read(env, 'TRUST_PROXY'),
    shutdownTimeoutMs: read(env, 'SHUTDOWN_TIMEOUT_MS'),
    responseCache: {
      ttlSeconds: read(env, 'RESPONSE_CACHE_TTL_SECONDS'),
      maxBytes: read(env, 'RESPONSE_CACHE_MAX_MB') * 1024 * 1024,
    },
  };
}
