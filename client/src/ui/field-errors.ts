import { CombinedGraphQLErrors } from '@apollo/client';

/**
 * The BAD_USER_INPUT errors that name a field, keyed by the field's path without the argument
 * name (`input.amount` → `amount`, `message` → `message`), for showing each at its field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byField: Record<string, string> = {};
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (e.extensions?.code !== 'BAD_USER_INPUT' || typeof field !== 'string') continue;
    const key = field.replace(/^input\./, '');
    byField[key] ??= e.message;
  }
  return byField;
}

/** The `extensions.current` a CONFLICT carries (the state that won the race), if any. */
export function conflictCurrent(error: unknown): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const conflict = error.errors.find((e) => e.extensions?.code === 'CONFLICT');
  const current = conflict?.extensions?.current;
  return current && typeof current === 'object' ? (current as Record<string, unknown>) : undefined;
}
