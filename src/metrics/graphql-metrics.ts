import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { RequestContext } from '../context';
import { requestOutcome } from '../log/request-log';
import { codeLabel, type Metrics } from './metrics';

/** The label of a request that never resolved to an operation (unparsable, invalid, unauthenticated). */
export const NO_OPERATION = '(none)';

/**
 * The operation's root fields, sorted and joined with `+` (`projects`, `me+projects`): names the
 * schema validated, never the caller's free-text operation name. Fragments at the root are followed.
 */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value !== '__typename') names.add(sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const fragment = fragments.get(sel.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names.size ? [...names].sort().join('+') : '__typename';
}

/**
 * Counts and times every GraphQL request by its root fields, type and outcome (`requestOutcome`,
 * as in the request's log line). One hook per request, nothing per field.
 */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const { operation, document } = rc;
          // The same outcome as the request's log line: one definition for both.
          const outcome = codeLabel(requestOutcome(rc).outcome);
          const name = operation && document ? metrics.operationLabel(rootFieldsOf(operation, document)) : NO_OPERATION;
          metrics.graphqlRequest(name, operation?.operation ?? 'none', outcome, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
    // Refused before any operation is read (no or a bad token): counted, not timed.
    async contextCreationDidFail({ error }) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      metrics.graphqlRequest(NO_OPERATION, 'none', code ? codeLabel(code) : 'INTERNAL_SERVER_ERROR');
    },
  };
}
