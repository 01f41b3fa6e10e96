import express, { type NextFunction, type Request, type Response } from 'express';
import type { BodyLimits } from '../config';
import { ERROR_CODES, httpErrorBody } from '../errors';
import type { WriteAccess } from '../security/apiKey';

/**
 * Parses JSON bodies up to the body limit; a request carrying the right API key may send up to
 * the import limit (data sets are larger than queries). Anything larger is refused unread.
 */
export function jsonBody(limits: BodyLimits, writeAccessOf: (res: Response) => WriteAccess) {
  const small = express.json({ limit: limits.maxBodyBytes });
  const large = express.json({ limit: limits.maxImportBodyBytes });
  return (req: Request, res: Response, next: NextFunction): void => {
    (writeAccessOf(res) === 'granted' ? large : small)(req, res, next);
  };
}

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
}

/**
 * What body-parser refuses, said as GraphQL-style JSON: 413 naming the limit, 415 for a charset
 * other than UTF-8, 400 for a body that is not JSON. Other errors go on to the next handler.
 */
export function bodyErrors(limits: BodyLimits) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const failure = error as BodyParserError | null;
    if (failure?.type === 'entity.too.large') {
      const maximum = failure.limit ?? limits.maxBodyBytes;
      const limit = maximum === limits.maxImportBodyBytes ? 'maxImportBodyBytes' : 'maxBodyBytes';
      res.status(413).json(
        httpErrorBody(ERROR_CODES.payloadTooLarge, `The request body is larger than the limit of ${maximum} bytes.`, {
          limit,
          maximum,
          ...(failure.length === undefined ? {} : { actual: failure.length }),
        }),
      );
      return;
    }
    if (failure?.type === 'charset.unsupported') {
      res
        .status(415)
        .json(
          httpErrorBody('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON in UTF-8 (charset=utf-8 or none).'),
        );
      return;
    }
    if (
      failure?.type === 'entity.parse.failed' ||
      failure?.type === 'encoding.unsupported' ||
      failure?.status === 400
    ) {
      res.status(400).json(httpErrorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
      return;
    }
    next(error);
  };
}
