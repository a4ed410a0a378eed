import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { RequiredLabel } from '../../ui/RequiredLabel';
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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);

  if (current.data?.me) return <Navigate to={target} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      await navigate(target, { replace: true });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Paper withBorder p="lg" maw="28rem" mx="auto" mt="lg">
      <PageHeading>{t('login.title')}</PageHeading>
      <Text mb="md">{t('login.lead')}</Text>
      <form onSubmit={submit}>
        <Stack gap="md">
          {error !== null && <ErrorAlert error={error} title={t('login.failedTitle')} />}
          <TextInput
            label={<RequiredLabel>{t('login.email')}</RequiredLabel>}
            withAsterisk={false}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label={<RequiredLabel>{t('login.password')}</RequiredLabel>}
            withAsterisk={false}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
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
