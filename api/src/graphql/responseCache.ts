import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { NextFunction, Request, Response } from 'express';
import { OperationTypeNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { requestRecordOf } from '../server/requestLog';
import type { Context } from './context';

export interface ResponseCacheSettings {
  /** How long an answer is reused; 0 turns the cache off. */
  ttlSeconds: number;
  /** Most memory the cached answers take (their serialised size). */
  maxBytes: number;
}

/** An answer as it was sent: replayed byte for byte, with the headers that describe it. */
interface CachedAnswer {
  body: Buffer;
  /** The response's own headers (content type, cache control, ETag), as Apollo and Express set them. */
  headers: Array<[string, string]>;
  operationName?: string;
  storedAt: number;
}

/** The headers of an answer that describe it, rather than the request or the connection. */
const ANSWER_HEADERS = ['content-type', 'cache-control', 'etag'] as const;

// Apollo's CSRF prevention lets a request through when it cannot be a "simple" cross-site request:
// the same test here, so a cached answer never reaches a request Apollo would refuse.
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
function passesCsrfPrevention(req: Request): boolean {
  if (req.headers['x-apollo-operation-name'] || req.headers['apollo-require-preflight']) return true;
  const type = req.headers['content-type'];
  return type !== undefined && !SIMPLE_CONTENT_TYPES.has(type.split(';')[0]!.trim().toLowerCase());
}

/**
 * Whole answers to read operations, reused while the graph does not change: an answer depends only
 * on the operation, its variables and the graph, and the graph changes only by imports. Imports
 * through this process call `invalidate()` at once; changes made by another process (the command
 * line) show within `ttlSeconds`.
 *
 * Two halves: Apollo plugins decide which answers may be kept (queries answered without errors,
 * after the operation limits; cache hints set `Cache-Control: max-age=…, public` for HTTP caches),
 * and an Express middleware in front of Apollo replays a kept answer's bytes to the same request,
 * so a repeated question costs neither Neo4j nor GraphQL execution nor serialisation. Replays keep
 * the ETag, so a GET from a client holding the answer gets `304 Not Modified`.
 */
export class ResponseCache {
  readonly ttlSeconds: number;
  private readonly answers: LRUCache<string, CachedAnswer>;
  /** Part of every key: an answer computed before an invalidation is never read after it. */
  private generation = 0;
  /** Apps sharing this cache keep their answers apart (their limits or schema may differ). */
  private apps = 0;

  constructor(settings: ResponseCacheSettings) {
    this.ttlSeconds = settings.ttlSeconds;
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: Math.max(1, settings.maxBytes),
      sizeCalculation: (answer, key) => answer.body.length + key.length,
      ttl: Math.max(1, settings.ttlSeconds) * 1000,
    });
  }

  get enabled(): boolean {
    return this.ttlSeconds > 0;
  }

  /** Forget every answer: the graph has changed. */
  invalidate(): void {
    this.generation += 1;
    this.answers.clear();
  }

  /** Answers held now (for tests and logs). */
  get size(): number {
    return this.answers.size;
  }

  /** The Apollo plugins: cache hints, and the mark on each answer that may be kept. */
  plugins(): ApolloServerPlugin<Context>[] {
    // Off: Apollo's default cache-control plugin stays (answers are `no-store`), as without this class.
    if (!this.enabled) return [uniformCachePolicy(0)];
    return [
      ApolloServerPluginCacheControl({ defaultMaxAge: this.ttlSeconds }),
      uniformCachePolicy(this.ttlSeconds),
      markReusableAnswers(),
    ];
  }

  /**
   * The HTTP half, mounted on /graphql after the rate limiter and the body parser and before
   * Apollo: answers a request it has seen from the cache, and keeps the answers Apollo marked.
   */
  middleware() {
    if (!this.enabled) return (_req: Request, _res: Response, next: NextFunction): void => next();
    const app = ++this.apps;
    return (req: Request, res: Response, next: NextFunction): void => {
      if ((req.method !== 'POST' && req.method !== 'GET') || !passesCsrfPrevention(req)) {
        next();
        return;
      }
      const record = requestRecordOf(res);
      // The body as parsed (so JSON whitespace does not matter), and the URL for GET's parameters.
      const key = `${this.generation}\n${app}\n${String(res.locals['writeAccess'])}\n${req.method}\n${req.url}\n${JSON.stringify(req.body ?? null)}`;
      const cached = this.answers.get(key);
      if (cached) {
        if (cached.operationName) record.operationName = cached.operationName;
        record.cache = 'hit';
        for (const [name, value] of cached.headers) res.setHeader(name, value);
        res.setHeader('age', String(Math.floor((Date.now() - cached.storedAt) / 1000)));
        res.status(200).send(cached.body); // a GET whose If-None-Match holds the ETag gets 304
        return;
      }
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        const status = res.statusCode;
        const result = send(body);
        const reusableForS = record.reusableForSeconds;
        if (status === 200 && reusableForS && typeof body === 'string') {
          record.cache = 'stored';
          this.answers.set(
            key,
            {
              body: Buffer.from(body),
              headers: ANSWER_HEADERS.flatMap((name) => {
                const value = res.getHeader(name);
                return value === undefined ? [] : [[name, String(value)] as [string, string]];
              }),
              ...(record.operationName ? { operationName: record.operationName } : {}),
              storedAt: Date.now(),
            },
            { ttl: reusableForS * 1000 },
          );
        }
        return result;
      };
      next();
    };
  }
}

/**
 * Sets each operation's cache policy once, before it runs: with no `@cacheControl` hint in the
 * schema, every operation's policy is the default max age (each root field and each field of an
 * object type gets it, and no field gets another), which Apollo's cache-control plugin would
 * otherwise work out field by field (a policy and closures for each of the thousands of fields of
 * a large network). A policy set before execution makes that plugin skip its per-field work.
 * Should the schema declare the directive, the plugin works field by field again.
 */
function uniformCachePolicy(maxAge: number): ApolloServerPlugin<Context> {
  let hinted = true;
  return {
    async serverWillStart({ schema }) {
      hinted = schema.getDirective('cacheControl') !== undefined;
    },
    async requestDidStart() {
      if (hinted) return;
      return {
        async didResolveOperation({ overallCachePolicy }) {
          overallCachePolicy.restrict({ maxAge });
        },
      };
    },
  };
}

/**
 * Marks the request's record with how long its answer may be reused: a query (not a mutation or
 * subscription) with data and no errors, whose cache policy is public and not zero.
 */
function markReusableAnswers(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response, overallCachePolicy }) {
          if (operation?.operation !== OperationTypeNode.QUERY || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const policy = overallCachePolicy.policyIfCacheable();
          if (errors || !data || !policy || policy.scope === 'PRIVATE') return;
          contextValue.request.reusableForSeconds = policy.maxAge;
        },
      };
    },
  };
}

/** No cache: every request is answered from the graph (tests, and `RESPONSE_CACHE_TTL_SECONDS=0`). */
export const NO_RESPONSE_CACHE = new ResponseCache({ ttlSeconds: 0, maxBytes: 1 });
