import type { GraphQLFormattedError } from 'graphql';
import { UnknownEndError } from './data/paths';

// Every error a client sees is shaped here (Apollo's `formatError`): bad arguments become
// BAD_USER_INPUT naming the argument, an operation over a limit QUERY_TOO_COMPLEX naming the limit,
// a refused write WRITES_DISABLED / UNAUTHENTICATED / FORBIDDEN, an unreachable database
// DATABASE_UNAVAILABLE, a read the server cut short QUERY_TIMEOUT, anything unexpected a bare
// INTERNAL_SERVER_ERROR. GraphQL's own errors (validation, variable coercion) keep their codes.
// Refusals made before GraphQL runs (body too large, too many requests) get the same JSON shape
// from `httpErrorBody`. No stack trace ever leaves the server.

/** An argument the API cannot use; `argumentName` is its path (`filter.countries`). */
export class InvalidArgumentError extends Error {
  constructor(
    readonly argumentName: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidArgumentError';
  }
}

/** The longest part of a client's value an error message repeats. */
const ECHO_LIMIT = 60;

/** `value` quoted for an error message, cut short (with its length) when long: `"abc…" (50000 characters)`. */
export function quoted(value: string): string {
  if (value.length <= ECHO_LIMIT) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, ECHO_LIMIT))}… (${value.length} characters)`;
}

/** Which operation limit an operation exceeds (`limit` is its setting's name in ApiConfig.limits). */
export class QueryTooComplexError extends Error {
  constructor(
    readonly limit: 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxIntrospectionCost',
    readonly maximum: number,
    readonly actual: number,
    message: string,
  ) {
    super(message);
    this.name = 'QueryTooComplexError';
  }
}

/** A write without the right API key; `reason` says which case (see security/apiKey.ts). */
export class WriteRefusedError extends Error {
  constructor(readonly reason: 'disabled' | 'missing' | 'wrong') {
    super(WRITE_REFUSALS[reason].message);
    this.name = 'WriteRefusedError';
  }
}

const WRITE_REFUSALS = {
  disabled: {
    code: 'WRITES_DISABLED',
    message: 'Writes are disabled on this server: it has no API key configured (API_KEY).',
  },
  missing: { code: 'UNAUTHENTICATED', message: 'Writes need the API key: send `Authorization: Bearer <key>`.' },
  wrong: { code: 'FORBIDDEN', message: 'The API key sent is not the right one.' },
} as const;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

// Classes from graphql and neo4j-driver are recognised by shape, not `instanceof`: both packages
// ship CommonJS and ES builds, and a test runner may load the other one.

/** The driver could not reach the database (down, unreachable, or no connection in time). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return (
    (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) || /connection acquisition timed out/i.test(error.message)
  );
}

/** A failure that may pass by itself: the database down or restarting, a deadlock, a leader switch. */
export function isTransientDatabaseError(error: unknown): boolean {
  if (isDatabaseUnavailable(error)) return true;
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const { code, retriable } = error as Error & { code?: unknown; retriable?: unknown };
  return retriable === true || (typeof code === 'string' && code.startsWith('Neo.TransientError.'));
}

/** The server stopped a read that ran past the configured timeout (NEO4J_READ_TIMEOUT_MS). */
export function isQueryTimeout(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.includes('TransactionTimedOut');
}

/**
 * The error that was thrown: a resolver's reaches formatError wrapped in a GraphQLError (with a
 * path), a plugin's or a validation rule's wrapped once or twice (Apollo's ValidationError).
 */
function unwrapOriginalError(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!(current instanceof Error) || !(next instanceof Error) || next === current) return current;
    current = next;
  }
  return current;
}

export const ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  queryTimeout: 'QUERY_TIMEOUT',
  queryTooComplex: 'QUERY_TOO_COMPLEX',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  tooManyRequests: 'TOO_MANY_REQUESTS',
  shuttingDown: 'SHUTTING_DOWN',
  badRequest: 'BAD_REQUEST',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

/** The HTTP status Apollo attached to an error without a code (`extensions.http.status`), if any. */
function httpStatusOf(error: unknown): number | undefined {
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | null)?.extensions;
  const status = extensions?.http?.status;
  return extensions?.code === undefined && typeof status === 'number' ? status : undefined;
}

/**
 * The JSON body of a refusal made outside GraphQL (by HTTP middleware), shaped as a GraphQL
 * response so clients read every error the same way.
 */
export function httpErrorBody(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const extensions = { ...formatted.extensions };
  delete extensions['stacktrace'];
  return { ...formatted, extensions };
}

function translated(formatted: GraphQLFormattedError, message: string, extensions: Record<string, unknown>) {
  return {
    message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

/**
 * Apollo's `formatError`: the one place where errors are translated for clients. Unexpected errors
 * go to `logInternal` (the client only learns that something failed).
 */
export function createFormatError(logInternal: (error: unknown) => void = console.error) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    translate(formatted, error, logInternal);
}

function translate(formatted: GraphQLFormattedError, error: unknown, logInternal: (error: unknown) => void) {
  const original = unwrapOriginalError(error);
  if (original instanceof InvalidArgumentError) {
    return translated(formatted, original.message, {
      code: ERROR_CODES.badUserInput,
      argumentName: original.argumentName,
    });
  }
  if (original instanceof UnknownEndError) {
    return translated(formatted, original.message, { code: ERROR_CODES.badUserInput, argumentName: original.end });
  }
  if (original instanceof QueryTooComplexError) {
    return translated(formatted, original.message, {
      code: ERROR_CODES.queryTooComplex,
      limit: original.limit,
      maximum: original.maximum,
      actual: original.actual,
    });
  }
  if (original instanceof WriteRefusedError) {
    return translated(formatted, original.message, { code: WRITE_REFUSALS[original.reason].code });
  }
  if (isDatabaseUnavailable(original)) {
    return translated(formatted, 'The database is unavailable. Try again in a moment.', {
      code: ERROR_CODES.databaseUnavailable,
    });
  }
  if (isQueryTimeout(original)) {
    return translated(
      formatted,
      'The query took too long and was stopped. Ask for less (a lower limit, depth or page size).',
      {
        code: ERROR_CODES.queryTimeout,
      },
    );
  }
  // Errors with a code of their own (parse, validation, bad variables, CSRF) are client-safe.
  const code = formatted.extensions?.['code'];
  if (code !== undefined && code !== ERROR_CODES.internal) return withoutStacktrace(formatted);
  // Apollo's refusals of a request without a code (a persisted query whose hash does not match)
  // carry a 4xx status: the client's mistake, said in Apollo's words.
  const status = httpStatusOf(original);
  if (status !== undefined && status >= 400 && status < 500) {
    return translated(formatted, formatted.message, { code: ERROR_CODES.badRequest });
  }
  logInternal(original);
  return translated(formatted, 'Internal server error.', { code: ERROR_CODES.internal });
}
