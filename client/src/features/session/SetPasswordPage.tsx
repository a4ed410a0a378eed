import { PASSWORD_POLICY } from '@esurety/schema';
import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors, showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { PageHeading } from '../../ui/PageHeading';
import { PasswordField } from '../../ui/PasswordField';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { newPasswordRules } from './new-password-rules';
import { usePublicMutation } from '../../app/public-graphql';

export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      user {
        id
        email
      }
    }
  }
`);

/** The token of a one-time link `/set-password#token=…` (in the fragment: never sent to a server, nor in a Referer). */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}

/**
 * パスワードの設定: the page a one-time link (the first administrator's, an invitation, a reset)
 * opens. It takes the token from the fragment and at once removes it from the address bar and the
 * history, so that it is not left behind in the browser; then sets the password. The user then
 * signs in as usual.
 */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromFragment(location.hash));
  const [setPassword, { loading }] = usePublicMutation(SetPasswordMutation);
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: newPasswordRules(t, 'password', t('setPassword.mismatch')),
  });
  const [error, setError] = useState<unknown>(null);
  const [linkRefused, setLinkRefused] = useState(false);
  const [doneFor, setDoneFor] = useState<string | null>(null);

  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, search: location.search, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  async function submit({ password }: typeof form.values) {
    setError(null);
    if (!token) return;
    try {
      const result = await setPassword({ variables: { input: { token, password } } });
      setDoneFor(result.data?.setPassword.user.email ?? '');
    } catch (e) {
      if (showFieldErrors(form, e)) return;
      if (fieldErrors(e).token) setLinkRefused(true);
      else setError(e);
    }
  }

  return (
    <Paper withBorder p="lg" maw="32rem" mx="auto" mt="lg">
      <PageHeading>{t('setPassword.title')}</PageHeading>
      {doneFor !== null ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t('setPassword.doneTitle')}>
            {t('setPassword.done', { email: doneFor })}
          </Alert>
          <Button component={Link} to="/login">
            {t('setPassword.toLogin')}
          </Button>
        </Stack>
      ) : !token || linkRefused ? (
        <Alert color="red" variant="light" role="alert" title={t('setPassword.invalidTitle')}>
          {t(token ? 'setPassword.invalid' : 'setPassword.noToken')}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('setPassword.lead')}</Text>
          <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
            <Stack gap="md">
              {error !== null && <ErrorAlert error={error} title={t('setPassword.failedTitle')} />}
              {/* A password manager files the new password under the account. */}
              <input type="text" name="username" autoComplete="username" value="" readOnly hidden />
              <PasswordField
                label={<RequiredLabel>{t('setPassword.password')}</RequiredLabel>}
                withAsterisk={false}
                name="new-password"
                autoComplete="new-password"
                required
                description={t('setPassword.policy', { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength })}
                {...form.getInputProps('password')}
                visibilityToggleButtonProps={{ 'aria-label': t('setPassword.showPassword') }}
              />
              <PasswordField
                label={<RequiredLabel>{t('setPassword.confirmation')}</RequiredLabel>}
                withAsterisk={false}
                name="confirm-password"
                autoComplete="new-password"
                required
                {...form.getInputProps('confirmation')}
                visibilityToggleButtonProps={{ 'aria-label': t('setPassword.showConfirmation') }}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('setPassword.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
    </Paper>
  );
}
