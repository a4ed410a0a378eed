import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { filledInRules, focusFirstError } from '../../ui/form-rules';
import { PageHeading } from '../../ui/PageHeading';
import { PasswordField } from '../../ui/PasswordField';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { AccountEmailInput } from './AccountEmailInput';
import { CurrentUserQueryDocument } from './current-user';
import { usePublicMutation, usePublicQuery } from '../../app/public-graphql';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

/**
 * Where to go after signing in: the page the visitor asked for (`state.from`, set by
 * RequireSignedIn), if it is a path of this app; else ホーム.
 */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const target = returnPath(location.state);
  const current = usePublicQuery(CurrentUserQueryDocument);
  const [login, { loading }] = usePublicMutation(LoginMutation);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: filledInRules(t, ['email', 'password'] as const, (field) => t(`login.${field}`)),
  });
  const [error, setError] = useState<unknown>(null);

  if (current.data?.me) return <Navigate to={target} replace />;

  async function submit({ email, password }: typeof form.values) {
    setError(null);
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      await navigate(target, { replace: true });
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Paper withBorder p="lg" maw="28rem" mx="auto" mt="lg">
      <PageHeading>{t('login.title')}</PageHeading>
      <Text mb="md">{t('login.lead')}</Text>
      <form onSubmit={form.onSubmit((values) => submit(values), focusFirstError)} noValidate>
        <Stack gap="md">
          {error !== null && <ErrorAlert error={error} title={t('login.failedTitle')} />}
          <AccountEmailInput label={t('login.email')} {...form.getInputProps('email')} />
          <PasswordField
            label={<RequiredLabel>{t('login.password')}</RequiredLabel>}
            withAsterisk={false}
            name="password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          <Button type="submit" loading={loading} fullWidth>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <Stack gap="xs" mt="lg">
        <Anchor component={Link} to="/forgot-password">
          {t('login.forgotPassword')}
        </Anchor>
        <Anchor component={Link} to="/register">
          {t('login.register')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
