import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's PasswordInput, marked `aria-invalid` while it shows an error, as TextInput is:
 * PasswordInput links its error to the input but leaves that mark out, so a screen reader would
 * not say the field needs fixing.
 */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput aria-invalid={props.error ? true : undefined} {...props} />;
}
