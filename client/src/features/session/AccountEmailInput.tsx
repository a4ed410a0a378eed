import { TextInput, type TextInputProps } from '@mantine/core';
import { RequiredLabel } from '../../ui/RequiredLabel';

/**
 * The e-mail address an account signs in with, required; a password manager reads it as the
 * username. `label` is the text shown; the rest are the form's input props.
 */
export function AccountEmailInput({ label, ...props }: Omit<TextInputProps, 'label'> & { label: string }) {
  return (
    <TextInput
      label={<RequiredLabel>{label}</RequiredLabel>}
      withAsterisk={false}
      type="email"
      name="email"
      autoComplete="username"
      required
      {...props}
    />
  );
}
