import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatEraTimestamp } from '../../ui/era-time';
import { LoadingState } from '../../ui/LoadingState';
import { deviceName } from './device-name';

export const SessionsQuery = graphql(`
  query Sessions {
    sessions(first: 100) {
      totalCount
      edges {
        node {
          id
          current
          createdAt
          expiresAt
          address
          userAgent
        }
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      session {
        id
      }
    }
  }
`);

/** ログイン中の端末: the user's live sessions, this one marked; any other can be signed out. */
export function SessionsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(SessionsQuery, { fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(RevokeSessionMutation);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const sessions = data?.sessions.edges.map((e) => e.node) ?? [];

  async function signOut(sessionId: string) {
    setFailure(null);
    setRevoked(false);
    setPending(sessionId);
    try {
      await revoke({ variables: { input: { sessionId } } });
      setRevoked(true);
      await refetch();
    } catch (e) {
      setFailure(e);
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm" mt="xl">
        {t('account.sessionsHeading')}
      </Title>
      <Text mb="md">{t('account.sessionsLead')}</Text>
      {revoked && (
        <Alert color="green" variant="light" role="status" mb="md">
          {t('account.revoked')}
        </Alert>
      )}
      {failure !== null && <ErrorAlert error={failure} title={t('account.revokeFailedTitle')} />}
      {error && !data ? <ErrorAlert error={error} /> : null}
      {loading && !data ? (
        <LoadingState />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table withTableBorder verticalSpacing="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('account.device')}</Table.Th>
                <Table.Th scope="col">{t('account.address')}</Table.Th>
                <Table.Th scope="col">{t('account.createdAt')}</Table.Th>
                <Table.Th scope="col">{t('account.expiresAt')}</Table.Th>
                <Table.Th scope="col">{t('account.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => {
                const device = deviceName(s.userAgent) ?? t('account.unknownDevice');
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {device}{' '}
                      {s.current && (
                        <Badge color="blue" variant="light" tt="none" radius="sm">
                          {t('account.current')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{s.address ?? '―'}</Table.Td>
                    <Table.Td>{formatEraTimestamp(s.createdAt as string)}</Table.Td>
                    <Table.Td>{formatEraTimestamp(s.expiresAt as string)}</Table.Td>
                    <Table.Td>
                      {!s.current && (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red"
                          loading={revoking.loading && pending === s.id}
                          aria-label={t('account.revokeLabel', { device, createdAt: formatEraTimestamp(s.createdAt as string) })}
                          onClick={() => void signOut(s.id)}
                        >
                          {t('account.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
