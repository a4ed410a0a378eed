import { useMutation } from '@apollo/client/react';
import { PASSWORD_POLICY, passwordProblem } from '@esurety/schema';
import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
    }
  }
`);

interface Errors {
  currentPassword?: string;
  newPassword?: string;
  confirmation?: string;
}

/** パスワードの変更: the current password, then the new one twice; other devices are signed out. */
export function ChangePasswordForm({ email, onChanged }: { email: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmation: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const bind = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
      setDone(false);
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDone(false);
    const problem = passwordProblem(values.newPassword, email);
    const next: Errors = {
      currentPassword: values.currentPassword ? undefined : t('register.requiredField'),
      newPassword: problem
        ? t(`setPassword.problems.${problem}`, { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength })
        : undefined,
      confirmation: !problem && values.newPassword !== values.confirmation ? t('account.mismatch') : undefined,
    };
    setErrors(next);
    if (next.currentPassword || next.newPassword || next.confirmation) return;
    try {
      await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      setValues({ currentPassword: '', newPassword: '', confirmation: '' });
      setDone(true);
      onChanged();
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField.currentPassword || byField.newPassword) setErrors(byField);
      else setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('account.passwordHeading')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" maw="28rem">
          {done && (
            <Alert color="green" variant="light" role="status">
              {t('account.changed')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('account.failedTitle')} />}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordInput
            label={<RequiredLabel>{t('account.currentPassword')}</RequiredLabel>}
            withAsterisk={false}
            name="current-password"
            autoComplete="current-password"
            required
            {...bind('currentPassword')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showCurrent') }}
          />
          <PasswordInput
            label={<RequiredLabel>{t('account.newPassword')}</RequiredLabel>}
            withAsterisk={false}
            name="new-password"
            autoComplete="new-password"
            required
            description={t('setPassword.policy', { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength })}
            {...bind('newPassword')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showNew') }}
          />
          <PasswordInput
            label={<RequiredLabel>{t('account.confirmation')}</RequiredLabel>}
            withAsterisk={false}
            name="confirm-password"
            autoComplete="new-password"
            required
            {...bind('confirmation')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showConfirmation') }}
          />
          <Button type="submit" loading={loading} w="fit-content">
            {t('account.submit')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
