import type { TFunction } from 'i18next';

/** A `@mantine/form` rule: `message` when the text is blank (spaces alone count as blank), else null. */
export function filledIn(message: string) {
  return (value: string) => (value.trim() ? null : message);
}

/**
 * `@mantine/form` rules that each field be filled in, with a message naming the field
 * ("会社名を入力してください。"); `labelOf(field)` is the field's label as shown.
 */
export function filledInRules<F extends string>(t: TFunction, fields: readonly F[], labelOf: (field: F) => string) {
  return Object.fromEntries(fields.map((f) => [f, filledIn(t('form.requiredNamed', { field: labelOf(f) }))])) as Record<
    F,
    (value: string) => string | null
  >;
}

/**
 * For `form.onSubmit(submit, focusFirstError)`: when the rules stop a submission, the focus moves
 * to the first flagged field in the order of the form, as a browser does for `required`.
 * Fields are found by the `data-path` that `form.getInputProps` sets (a group's first input).
 */
export function focusFirstError(errors: Record<string, unknown>, _values: unknown, event?: { currentTarget: EventTarget | null }) {
  const formElement = event?.currentTarget;
  if (!(formElement instanceof HTMLElement)) return;
  const flagged = [...formElement.querySelectorAll<HTMLElement>('[data-path]')].find(
    (node) => node.dataset.path !== undefined && errors[node.dataset.path],
  );
  const target = flagged?.matches('input, textarea, select, button')
    ? flagged
    : flagged?.querySelector<HTMLElement>('input, textarea, select, button');
  target?.focus();
}
