import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { graphql } from '../../gql';

export const LogoutMutation = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) {
      endedSessionCount
    }
  }
`);

export function LogoutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);

  async function signOut() {
    // A session that already ended on the server is no reason to stay: the browser forgets
    // the user either way.
    await logout({ variables: { input: {} } }).catch(() => undefined);
    await client.clearStore();
    await navigate('/login', { replace: true });
  }

  return (
    <Button variant="outline" size="sm" loading={loading} onClick={() => void signOut()}>
      {t('logout.action')}
    </Button>
  );
}
