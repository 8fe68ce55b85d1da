import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { languageOf } from '../context';
import { isStatementCancelled, timedOut } from './errors';

/**
 * A field whose statement the database cancelled (statement timeout) answers a top-level `TIMEOUT`
 * in the caller's language instead of an internal fault. Apollo formats `requestContext.errors`
 * after this hook, so each cancelled error is replaced there.
 */
export function statementTimeoutPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(requestContext) {
          const errors = requestContext.errors as GraphQLError[];
          const lang = languageOf(requestContext.request.http?.headers.get('accept-language'));
          errors.forEach((error, i) => {
            if (isStatementCancelled(error)) errors[i] = timedOut(lang, error.path);
          });
        },
      };
    },
  };
}
