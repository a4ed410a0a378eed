import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ReactNode } from 'react';

interface FieldMessage {
  field: string;
  message: string;
}

const isFieldMessage = (value: unknown): value is FieldMessage =>
  typeof (value as FieldMessage | null)?.field === 'string' && typeof (value as FieldMessage).message === 'string';

/**
 * The BAD_USER_INPUT errors that name a field, keyed by the field's path without the argument
 * name (`input.amount` → `amount`, `message` → `message`), for showing each at its field. An error
 * that breaks several rules (an application, a bid bond) lists them all in `extensions.fields`.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const byField: Record<string, string> = {};
  for (const e of error.errors) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    const listed = Array.isArray(e.extensions.fields) ? e.extensions.fields.filter(isFieldMessage) : [];
    const single = typeof e.extensions.field === 'string' ? [{ field: e.extensions.field, message: e.message }] : [];
    for (const { field, message } of [...listed, ...single]) byField[field.replace(/^input\./, '')] ??= message;
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

/** The part of a `@mantine/form` form that takes errors (`useForm`'s return value). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: (current: Record<string, ReactNode>) => Record<string, ReactNode>) => void;
}

/**
 * `path` with the longest key of `renamed` it starts with (whole segments) replaced by that key's
 * value: with `{ 'work.jointVentureMembers': 'work.members' }`, `work.jointVentureMembers.0.name`
 * → `work.members.0.name`. Undefined when no key matches.
 */
export function renamePath(path: string, renamed: Record<string, string>): string | undefined {
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const to = renamed[segments.slice(0, n).join('.')];
    if (to !== undefined) return [to, ...segments.slice(n)].join('.');
  }
  return undefined;
}

/**
 * Shows the API's BAD_USER_INPUT errors at the form's own fields (`input.scope` → the form's
 * `scope`), over the messages the form already shows. `renamed` maps an API path (or the start of
 * one) to the form's path for it, e.g. `{ expiresAt: 'expiresOn' }`; a renamed path always belongs
 * to the form, even one without a value of its own (a message for the form as a whole).
 * True when at least one error belonged to the form; otherwise the caller shows the error as a whole.
 */
export function showFieldErrors(form: FormWithErrors, error: unknown, renamed: Record<string, string> = {}): boolean {
  const fields = form.getValues();
  const own: Record<string, string> = {};
  for (const [apiPath, message] of Object.entries(fieldErrors(error))) {
    const formPath = renamePath(apiPath, renamed);
    if (formPath !== undefined) own[formPath] ??= message;
    else if ((apiPath.split('.')[0] ?? '') in fields) own[apiPath] ??= message;
  }
  if (Object.keys(own).length === 0) return false;
  form.setErrors((current) => ({ ...current, ...own }));
  return true;
}
