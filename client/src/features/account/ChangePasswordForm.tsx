import { useMutation } from '@apollo/client/react';
import { PASSWORD_POLICY } from '@esurety/schema';
import { Alert, Button, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { filledIn, focusFirstError } from '../../ui/form-rules';
import { PasswordField } from '../../ui/PasswordField';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { newPasswordRules } from '../session/new-password-rules';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
    }
  }
`);

/** パスワードの変更: the current password, then the new one twice; other devices are signed out. */
export function ChangePasswordForm({ email, onChanged }: { email: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: filledIn(t('form.requiredNamed', { field: t('account.currentPassword') })),
      ...newPasswordRules(t, 'newPassword', t('account.mismatch'), email),
    },
    onValuesChange: () => setDone(false),
  });

  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit({ currentPassword, newPassword }: typeof form.values) {
    setError(null);
    setDone(false);
    try {
      await change({ variables: { input: { currentPassword, newPassword } } });
      form.reset();
      setDone(true);
      onChanged();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('account.passwordHeading')}
      </Title>
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
        <Stack gap="md" maw="28rem">
          {done && (
            <Alert color="green" variant="light" role="status">
              {t('account.changed')}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('account.failedTitle')} />}
          <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            label={<RequiredLabel>{t('account.currentPassword')}</RequiredLabel>}
            withAsterisk={false}
            name="current-password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showCurrent') }}
          />
          <PasswordField
            label={<RequiredLabel>{t('account.newPassword')}</RequiredLabel>}
            withAsterisk={false}
            name="new-password"
            autoComplete="new-password"
            required
            description={t('setPassword.policy', { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength })}
            {...form.getInputProps('newPassword')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showNew') }}
          />
          <PasswordField
            label={<RequiredLabel>{t('account.confirmation')}</RequiredLabel>}
            withAsterisk={false}
            name="confirm-password"
            autoComplete="new-password"
            required
            {...form.getInputProps('confirmation')}
            visibilityToggleButtonProps={{ 'aria-label': t('account.showConfirmation') }}
          />
          <Button type="submit" loading={loading} w="fit-content">
            {t('account.submit')}
          </Button>
        </Stack>
      </form>
      {guard.dialog}
    </section>
  );
}
