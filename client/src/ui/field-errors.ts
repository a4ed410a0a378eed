import { CombinedGraphQLErrors } from '@apollo/client/errors';

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

/** The part of a `@mantine/form` form that takes errors (`useForm`'s return value). */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Shows the API's BAD_USER_INPUT errors at the form's own fields (`input.scope` → the form's
 * `scope`; `renamed` maps an API field to the form's name for it, e.g. `{ expiresAt: 'expiresOn' }`).
 * True when at least one error belonged to a field of the form; otherwise the caller shows the
 * error as a whole.
 */
export function showFieldErrors(form: FormWithErrors, error: unknown, renamed: Record<string, string> = {}): boolean {
  const fields = form.getValues();
  const own: Record<string, string> = {};
  for (const [apiPath, message] of Object.entries(fieldErrors(error))) {
    const [head = '', ...rest] = apiPath.split('.');
    const path = [renamed[head] ?? head, ...rest].join('.');
    if ((renamed[head] ?? head) in fields) own[path] = message;
  }
  if (Object.keys(own).length === 0) return false;
  form.setErrors(own);
  return true;
}
