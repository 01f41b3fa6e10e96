import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { ERROR_CODES } from '../errors';
import type { Context } from './context';

/**
 * HTTP statuses of requests the API cannot run as sent: every BAD_USER_INPUT answers 400, whether
 * GraphQL refused a variable's type or a resolver an argument's value (Apollo would answer the
 * latter 200), and a subscription (the schema has none) is refused as a bad request instead of
 * failing in execution.
 */
export function clientErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, response }) {
          if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) return;
          response.http.status = 400;
          throw new GraphQLError('This API has no subscriptions: send a query or a mutation.', {
            extensions: { code: 'BAD_REQUEST' },
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.['code'] === ERROR_CODES.badUserInput)) {
            response.http.status = 400;
          }
        },
      };
    },
  };
}
