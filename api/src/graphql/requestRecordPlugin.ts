import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Tells the request's log line which operation ran and which error codes it answered with
 * (after formatError, so the codes are the ones the client saw). Variables are never recorded.
 */
export function requestRecordPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          const record = contextValue.request;
          const name = operationName ?? request.operationName;
          if (name) record.operationName = name;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.length) {
            record.errorCodes = [...new Set(errors.map((error) => codeOf(error.extensions?.['code'])))];
          }
        },
      };
    },
  };
}

function codeOf(code: unknown): string {
  return typeof code === 'string' ? code : 'UNKNOWN';
}
