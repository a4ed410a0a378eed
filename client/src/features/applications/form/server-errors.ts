import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldMessages } from './form-model';

interface FieldMessage {
  field: string;
  message: string;
}

function isFieldMessage(value: unknown): value is FieldMessage {
  const v = value as FieldMessage | null;
  return typeof v?.field === 'string' && typeof v.message === 'string';
}

/**
 * The messages of a rejected save or send, each at its field (`input.advancePayment.amount` →
 * `advancePayment.amount`). The server lists every broken rule in `extensions.fields`; an error
 * that names no field is left for the page to show as it is.
 */
export function applicationFieldErrors(error: unknown): FieldMessages {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byField: FieldMessages = {};
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const listed = Array.isArray(e.extensions.fields) ? e.extensions.fields.filter(isFieldMessage) : [];
    const single = typeof e.extensions.field === 'string' ? [{ field: e.extensions.field, message: e.message }] : [];
    for (const { field, message } of [...listed, ...single]) {
      byField[field.replace(/^input\./, '')] ??= message;
    }
  }
  return byField;
}
