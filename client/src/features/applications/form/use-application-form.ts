import { createFormContext, type UseFormReturnType } from '@mantine/form';
import { useRef, useState } from 'react';
import { checkForm, type ApplicationFormValue, type FieldMessages, type FormOptions } from './form-model';

/** The form's check: the shared rules' messages at the form's paths. */
type Rules = (values: ApplicationFormValue) => FieldMessages;

/** The application form's @mantine/form state (`useApplicationForm`), shared with its sections. */
export type ApplicationFormState = UseFormReturnType<ApplicationFormValue, ApplicationFormValue, Rules>;

export const [ApplicationFormProvider, useApplicationFormContext, useMantineApplicationForm] = createFormContext<
  ApplicationFormValue,
  ApplicationFormValue,
  Rules
>();

interface ApplicationFormSettings {
  options: FormOptions;
  /** the date of the application (YYYY-MM-DD, Japan), for the orderers' electronic rules */
  today: string;
  /** called after every change of a value, typed or set (as by loading the latest version) */
  onValuesChange?: () => void;
}

/**
 * The application form on `@mantine/form`, checked by the shared rules (the server's own) on every
 * change: a field shows what the draft rules say at once, and what a sent application must meet
 * (「…を入力してください。」) once it has been visited (`form.isTouched`) or, after a failed
 * 確認へ (`requireAll`), everywhere. `form.validate()` (and so `form.onSubmit`) checks everything
 * 確認へ needs. A message from the server stays at its field until the next change.
 */
export function useApplicationForm(initialValues: ApplicationFormValue, { options, today, onValuesChange }: ApplicationFormSettings) {
  const allRequired = useRef(false);
  const shown = (values: ApplicationFormValue, visited: (path: string) => boolean): FieldMessages => {
    const messages = checkForm(values, options, 'draft', today);
    for (const [path, message] of Object.entries(checkForm(values, options, 'submit', today))) {
      if (allRequired.current || visited(path)) messages[path] ??= message;
    }
    return messages;
  };
  // A saved draft may already break a rule (one changed since): said from the start.
  const [initialErrors] = useState(() => shown(initialValues, () => false));
  const form: ApplicationFormState = useMantineApplicationForm({
    initialValues,
    initialErrors,
    validate: (values) => checkForm(values, options, 'submit', today),
    // Every change checks the whole form (a change of orderer concerns 保証証書の形式), so no
    // field's message is dropped on its own.
    clearInputErrorOnChange: false,
    onValuesChange: (values) => {
      form.setErrors(shown(values, form.isTouched));
      onValuesChange?.();
    },
    // Leaving a field says what it lacks; a message already there (the server's) stays.
    enhanceGetInputProps: ({ field, form: current }) => ({
      onBlur: () => {
        if (!current.errors[field]) current.validateField(field);
      },
    }),
  });
  return {
    form,
    /** After a failed 確認へ: every required field says so from now on, beside what is shown. */
    requireAll: () => {
      allRequired.current = true;
      form.setErrors((current) => ({ ...shown(form.getValues(), form.isTouched), ...current }));
    },
    /** What the rules say now, in place of any message from the server. */
    showRuleMessages: () => form.setErrors(shown(form.getValues(), form.isTouched)),
  };
}
