import { rateLimit } from 'express-rate-limit';
import type { NextFunction, Request, Response } from 'express';
import type { RateLimitSettings } from '../config';
import { ERROR_CODES, httpErrorBody } from '../errors';

/**
 * At most `max` requests per client address per window (the address as Express sees it, so
 * behind a proxy set TRUST_PROXY). Over it: 429, `Retry-After` in seconds, and a GraphQL-style
 * body saying the limit. `max: 0` turns it off.
 */
export function rateLimiter(settings: RateLimitSettings) {
  if (settings.max === 0) return (_req: Request, _res: Response, next: NextFunction) => next();
  return rateLimit({
    windowMs: settings.windowMs,
    limit: settings.max,
    // RateLimit-* headers (IETF draft 7), which also makes the library send Retry-After.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After') ?? Math.ceil(settings.windowMs / 1000));
      res
        .status(429)
        .json(
          httpErrorBody(
            ERROR_CODES.tooManyRequests,
            `Too many requests: at most ${settings.max} every ${settings.windowMs / 1000} s from one client. Try again in ${retryAfter} s.`,
            { limit: 'rateLimit', maximum: settings.max, windowMs: settings.windowMs, retryAfterSeconds: retryAfter },
          ),
        );
    },
  });
}
