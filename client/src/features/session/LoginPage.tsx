import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { CurrentUserQueryDocument } from './current-user';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const current = useQuery(CurrentUserQueryDocument);
  const [login, { loading }] = useMutation(LoginMutation, {
    refetchQueries: [{ query: CurrentUserQueryDocument }],
    awaitRefetchQueries: true,
  });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);

  if (current.data?.me) return <Navigate to="/" replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      await navigate('/', { replace: true });
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
    </Paper>
  );
}
