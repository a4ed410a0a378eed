import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { BadUserInputError, IdempotencyConflictError, type DomainError } from '../../common/errors';
import { toContractError } from '../../common/error-contract';
import type { Keyring } from '../../common/secrets';
import type { Context } from '../../context';
import type { IdempotencyKey } from './idempotency-key.entity';
import { IDEMPOTENCY_KEY_PATTERN, IdempotencyKeys, requestHash } from './idempotency-keys';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** On an answer given again for a key: `Idempotent-Replayed: true`. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** Codes after which a retry with the same key may succeed: the key is freed, not kept. */
const RETRYABLE = new Set(['INTERNAL', 'RATE_LIMITED']);

/**
 * `Idempotency-Key` on a mutation by a signed-in user (Stripe's semantics): the first request
 * with a key runs and its answer is kept 24 hours; the same key with the same request (operation
 * name, query, variables) gets that answer again, with `Idempotent-Replayed: true`, and nothing
 * runs twice; with another request, HTTP 409 CONFLICT (reason IDEMPOTENCY_KEY_REUSED); while the
 * first still runs, HTTP 409 CONFLICT (IDEMPOTENCY_KEY_IN_PROGRESS). Keys belong to the API token
 * or, for a session, to the user. Queries and anonymous requests ignore the header.
 */
export function idempotencyPlugin(keyring: Keyring): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
      if (key === undefined) return;
      let claimed: { keys: IdempotencyKeys; record: IdempotencyKey } | null = null;
      return {
        async responseForOperation({ operation, contextValue }) {
          const { user, apiToken } = contextValue.actor;
          if (operation.operation !== 'mutation' || !user) return null;
          if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
            const error = new BadUserInputError(
              'Idempotency-Key',
              'Idempotency-Key は1〜255文字の英数字・記号にしてください（UUID を推奨）。',
            );
            error.extensions.reason = 'IDEMPOTENCY_KEY_INVALID';
            return errorResponse(error, 400);
          }
          const keys = new IdempotencyKeys(contextValue.em.fork(), keyring.idempotencyEncryption);
          const scope = apiToken ? `token:${apiToken.id}` : `user:${user.id}`;
          const begun = await keys.begin(scope, key, requestHash(request));
          if (begun.kind === 'started') {
            claimed = { keys, record: begun.record };
            return null;
          }
          if (begun.kind === 'conflict') return errorResponse(new IdempotencyConflictError(begun.reason), 409);
          const headers = new HeaderMap([[IDEMPOTENT_REPLAYED_HEADER, 'true']]);
          return { http: { status: begun.answer.status, headers }, body: { kind: 'single', singleResult: begun.answer.body } };
        },
        async willSendResponse({ response }) {
          if (!claimed) return;
          const { keys, record } = claimed;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const codes = (body?.errors ?? []).map((error) => error.extensions?.code);
          if (!body || codes.some((code) => RETRYABLE.has(String(code)))) await keys.release(record);
          else await keys.complete(record, { status: response.http.status ?? 200, body: { ...body } });
        },
      };
    },
  };
}

function errorResponse(error: DomainError, status: number): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [toContractError(error)] } },
  };
}
