import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging';

/** What the GraphQL layer adds to a request's log line (see graphql/requestRecordPlugin.ts). */
export interface RequestRecord {
  id: string;
  operationName?: string;
  errorCodes?: string[];
  /** Set by the response cache's plugin: this answer may be reused for so many seconds. */
  reusableForSeconds?: number;
  /** Whether the response cache answered (`hit`) or kept this answer (`stored`). */
  cache?: 'hit' | 'stored';
}

export const REQUEST_ID_HEADER = 'x-request-id';

// An id a client or proxy sends is kept (so one request can be followed across services) when it
// is a sane token; anything else is replaced, so log lines cannot be forged through it.
const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && SAFE_ID.test(value) ? value : randomUUID();
}

/** The record of this request, shared by the middleware and the GraphQL context. */
export function requestRecordOf(res: Response): RequestRecord {
  return res.locals['request'] as RequestRecord;
}

/**
 * Gives every request an id (echoed in `x-request-id`) and logs one line when it ends: method,
 * path without the query string, status, duration, and for GraphQL the operation name and error
 * codes. Health checks log at debug level, so probes do not drown the log.
 */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const record: RequestRecord = { id: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
    res.locals['request'] = record;
    res.setHeader(REQUEST_ID_HEADER, record.id);
    let logged = false;
    const done = (event: 'finish' | 'close') => {
      if (logged) return;
      logged = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0];
      const line = {
        reqId: record.id,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(record.operationName ? { operation: record.operationName } : {}),
        ...(record.errorCodes?.length ? { errorCodes: record.errorCodes } : {}),
        ...(record.cache ? { cache: record.cache } : {}),
        ...(event === 'close' && !res.writableFinished ? { aborted: true } : {}),
      };
      const level = res.statusCode >= 500 ? 'error' : path?.startsWith('/health/') ? 'debug' : 'info';
      logger[level](line, 'request');
    };
    res.on('finish', () => done('finish'));
    res.on('close', () => done('close'));
    next();
  };
}
