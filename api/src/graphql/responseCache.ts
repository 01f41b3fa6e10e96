import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Context } from './context';

export interface ResponseCacheSettings {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlSeconds: number;
  /** Most memory the cached answers take (their serialised size). */
  maxBytes: number;
}

/**
 * Whole answers to read operations, reused while the graph does not change: an answer depends only
 * on the operation, its variables and the graph, and the graph changes only by imports. Imports
 * through this process call `invalidate()` at once; changes made by another process (the command
 * line) show within `ttlSeconds`. Built on Apollo's response cache, so only queries answered without
 * errors are kept, after the operation limits have been checked.
 */
export class ResponseCache {
  readonly ttlSeconds: number;
  private readonly store: InMemoryLRUCache;
  /** Part of every key: an answer computed before an invalidation is never read after it. */
  private generation = 0;

  constructor(settings: ResponseCacheSettings) {
    this.ttlSeconds = settings.ttlSeconds;
    this.store = new InMemoryLRUCache({ maxSize: settings.maxBytes });
  }

  get enabled(): boolean {
    return this.ttlSeconds > 0;
  }

  /** Forget every answer: the graph has changed. */
  invalidate(): void {
    this.generation += 1;
    this.store.clear();
  }

  /** Answers held now (for tests and logs). */
  get size(): number {
    return this.store.keys().length;
  }

  /**
   * The Apollo plugins: cache hints (every field may be reused for `ttlSeconds`, which also sets
   * `Cache-Control: max-age=…, public` for HTTP caches) and the cache itself.
   */
  plugins(): ApolloServerPlugin<Context>[] {
    // Off: Apollo's default cache-control plugin stays, as without this class.
    if (!this.enabled) return [];
    return [
      ApolloServerPluginCacheControl({ defaultMaxAge: this.ttlSeconds }),
      responseCachePlugin<Context>({
        cache: this.store,
        extraCacheKeyData: async () => this.generation,
      }),
    ];
  }
}

/** No cache: every request is answered from the graph (tests, and `RESPONSE_CACHE_TTL_SECONDS=0`). */
export const NO_RESPONSE_CACHE = new ResponseCache({ ttlSeconds: 0, maxBytes: 1 });
