import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import type { Logger, RequestLog } from './logger';
import type { Metrics } from './metrics';

/** What the observer reads from a request's context. */
export interface ObservedContext {
  actor: { user: { id: string } | null };
  requestLog: RequestLog;
}

/**
 * Names an operation by what it runs, e.g. `query guarantees` or `mutation login`: its root field
 * when it has one, `multiple` otherwise. Only validated operations get here, so the names come from
 * the schema and the metrics' label values stay few (the client's operation name could be anything).
 */
export function operationLabel(operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'unknown';
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return `${operation.operation} multiple`;
    if (selection.name.value !== '__typename') fields.add(selection.name.value);
  }
  if (fields.size === 0) return `${operation.operation} __typename`;
  return `${operation.operation} ${fields.size === 1 ? [...fields][0] : 'multiple'}`;
}

/**
 * Observes every GraphQL request: counts and times it per operation, counts its errors by code,
 * and hands the operation, user id and outcome to the request's log line. Errors that became
 * INTERNAL are logged with their stack (the client sees only a generic message). Never reads the
 * variables, so no password, key or token can reach the log or the metrics through them.
 */
export function observeOperations(metrics: Metrics, logger: Logger): ApolloServerPlugin<ObservedContext> {
  return {
    // A bad API token fails before any request hook runs.
    async contextCreationDidFail() {
      metrics.observeGraphql('unknown', 'UNAUTHENTICATED', ['UNAUTHENTICATED'], 0);
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let raw: readonly GraphQLError[] = [];
      return {
        async didEncounterErrors({ errors }) {
          raw = errors;
        },
        async willSendResponse({ response, contextValue, operation, operationName }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL'));
          const outcome = codes[0] ?? 'OK';
          const label = operationLabel(operation);
          metrics.observeGraphql(label, outcome, codes, Number(process.hrtime.bigint() - started) / 1e9);
          contextValue.requestLog.setOperation({
            operationName: operationName ? operationName.slice(0, 100) : null,
            operation: label,
            userId: contextValue.actor.user?.id ?? null,
            outcome,
          });
          if (codes.includes('INTERNAL')) {
            const log = contextValue.requestLog.logger ?? logger;
            for (const error of raw)
              log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error in a GraphQL request');
          }
        },
      };
    },
  };
}
