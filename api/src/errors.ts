import type { GraphQLFormattedError } from 'graphql';
import { UnknownEndError } from './data/paths';

// Every error a client sees is shaped here (Apollo's `formatError`): bad arguments become
// BAD_USER_INPUT naming the argument, an unreachable database DATABASE_UNAVAILABLE, a read the
// server cut short QUERY_TIMEOUT, anything unexpected a bare INTERNAL_SERVER_ERROR. GraphQL's own errors (validation, variable coercion)
// keep their codes. No stack trace ever leaves the server.

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

/** The server stopped a read that ran past the configured timeout (NEO4J_READ_TIMEOUT_MS). */
export function isQueryTimeout(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.includes('TransactionTimedOut');
}

/** A resolver's error reaches formatError wrapped in a GraphQLError that has a path. */
function unwrapResolverError(error: unknown): unknown {
  const wrapped = error as { path?: unknown; originalError?: unknown } | null;
  return error instanceof Error && wrapped?.path && wrapped.originalError ? wrapped.originalError : error;
}

export const ERROR_CODES = {
  badUserInput: 'BAD_USER_INPUT',
  databaseUnavailable: 'DATABASE_UNAVAILABLE',
  queryTimeout: 'QUERY_TIMEOUT',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

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
  const original = unwrapResolverError(error);
  if (original instanceof InvalidArgumentError) {
    return translated(formatted, original.message, {
      code: ERROR_CODES.badUserInput,
      argumentName: original.argumentName,
    });
  }
  if (original instanceof UnknownEndError) {
    return translated(formatted, original.message, { code: ERROR_CODES.badUserInput, argumentName: original.end });
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
  logInternal(original);
  return translated(formatted, 'Internal server error.', { code: ERROR_CODES.internal });
}
