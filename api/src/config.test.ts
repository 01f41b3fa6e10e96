import { describe, expect, it } from 'vitest';
import { ConfigError } from '@faire-collectif/neo4j';
import {
  DEFAULT_BODY_LIMITS,
  DEFAULT_OPERATION_LIMITS,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RESPONSE_CACHE,
  loadApiConfig,
} from './config';

describe('loadApiConfig', () => {
  it('has documented defaults: writes disabled, limits on', () => {
    expect(loadApiConfig({})).toEqual({
      apiKey: undefined,
      logLevel: 'info',
      limits: DEFAULT_OPERATION_LIMITS,
      body: DEFAULT_BODY_LIMITS,
      rateLimit: DEFAULT_RATE_LIMIT,
      trustProxy: false,
      shutdownTimeoutMs: 10_000,
      responseCache: DEFAULT_RESPONSE_CACHE,
    });
    expect(DEFAULT_RESPONSE_CACHE).toEqual({ ttlSeconds: 30, maxBytes: 64 * 1024 * 1024 });
  });

  it('reads every variable', () => {
    const config = loadApiConfig({
      API_KEY: 'a-key-of-sixteen-chars',
      LOG_LEVEL: 'warn',
      API_MAX_DEPTH: '8',
      API_MAX_COST: '1000',
      API_MAX_ALIASES: '3',
      API_MAX_TOKENS: '900',
      API_MAX_BODY_BYTES: '2048',
      API_MAX_IMPORT_BYTES: '4096',
      RATE_LIMIT_WINDOW_MS: '1000',
      RATE_LIMIT_MAX: '0',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      SHUTDOWN_TIMEOUT_MS: '500',
      RESPONSE_CACHE_TTL_SECONDS: '0',
      RESPONSE_CACHE_MAX_MB: '2',
    });
    expect(config).toEqual({
      apiKey: 'a-key-of-sixteen-chars',
      logLevel: 'warn',
      limits: { maxDepth: 8, maxCost: 1000, maxAliases: 3, maxTokens: 900 },
      body: { maxBodyBytes: 2048, maxImportBodyBytes: 4096 },
      rateLimit: { windowMs: 1000, max: 0 },
      trustProxy: 'loopback, 10.0.0.0/8',
      shutdownTimeoutMs: 500,
      responseCache: { ttlSeconds: 0, maxBytes: 2 * 1024 * 1024 },
    });
    expect(loadApiConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadApiConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });

  it('names the variable and never repeats the key', () => {
    const attempt = () => loadApiConfig({ API_KEY: 'short-secret' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow('Invalid API_KEY: expected at least 16 characters');
    expect(attempt).not.toThrow(/short-secret/);
    expect(() => loadApiConfig({ API_MAX_DEPTH: 'deep' })).toThrow('Invalid API_MAX_DEPTH: expected a number');
    expect(() => loadApiConfig({ RESPONSE_CACHE_TTL_SECONDS: '-1' })).toThrow(
      'Invalid RESPONSE_CACHE_TTL_SECONDS: expected at least 0',
    );
    expect(() => loadApiConfig({ LOG_LEVEL: 'loud' })).toThrow(/Invalid LOG_LEVEL: expected one of fatal/);
  });
});
