import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The `extensions` of the first GraphQL error (code, field, remainingAttempts, …); empty if none. */
export function errorExtensions(error: unknown): Record<string, unknown> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return error.errors[0]?.extensions ?? {};
}

/** The `extensions.code` of the first GraphQL error (UNAUTHENTICATED, FORBIDDEN, …), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = errorExtensions(error).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * What to tell the user. The server's messages are written for users (in Japanese), so they are
 * shown as they come; anything else (network down, bad response) gets the given fallback.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = error.errors.map((e) => e.message).filter(Boolean);
    if (messages.length > 0) return [...new Set(messages)].join('\n');
  }
  return fallback;
}
