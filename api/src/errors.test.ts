import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { UnknownEndError } from './data/paths';
import { createFormatError, InvalidArgumentError, isDatabaseUnavailable } from './errors';

const at = { locations: [{ line: 1, column: 3 }], path: ['network'] };
/** How Apollo hands a resolver's error to formatError. */
const fromResolver = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ['network'] });

describe('formatError', () => {
  const log = vi.fn();
  const format = createFormatError(log);

  it('names the argument of a BAD_USER_INPUT', () => {
    const error = fromResolver(new InvalidArgumentError('filter.countries', '"XX" is not a code'));
    expect(
      format({ message: 'x', ...at, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } }, error),
    ).toEqual({
      message: '"XX" is not a code',
      ...at,
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter.countries' },
    });
  });

  it('names the unknown end of a path question', () => {
    const error = fromResolver(new UnknownEndError('to', 'person:nobody'));
    expect(format({ message: 'x', ...at }, error).extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'to' });
  });

  it.each([
    new Neo4jError('Failed to connect', 'ServiceUnavailable', '50N42', 'error'),
    new Neo4jError('Session expired', 'SessionExpired', '50N42', 'error'),
    new Neo4jError('Connection acquisition timed out in 500 ms.', 'N/A', '50N42', 'error'),
  ])('reports $code as DATABASE_UNAVAILABLE, without the driver’s words', (driverError) => {
    expect(isDatabaseUnavailable(driverError)).toBe(true);
    expect(format({ message: driverError.message, ...at }, fromResolver(driverError))).toEqual({
      message: 'The database is unavailable. Try again in a moment.',
      ...at,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('reports a read the server stopped as QUERY_TIMEOUT', () => {
    const timeout = new Neo4jError(
      'The transaction has been terminated.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      '25N05',
      'error',
    );
    expect(format({ message: timeout.message, ...at }, fromResolver(timeout))).toEqual({
      message: 'The query took too long and was stopped. Ask for less (a lower limit, depth or page size).',
      ...at,
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });

  it('keeps the errors GraphQL raised itself, with their code and without a stack trace', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(
      format(
        {
          message: validation.message,
          locations: at.locations,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [] },
        },
        validation,
      ),
    ).toEqual({
      message: validation.message,
      locations: at.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR, and logs it', () => {
    const bug = new TypeError('secret detail');
    expect(
      format({ message: bug.message, ...at, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fromResolver(bug)),
    ).toEqual({
      message: 'Internal server error.',
      ...at,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledWith(bug);
  });
});
