import { useApolloClient, useQuery } from '@apollo/client/react';
import { Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { ApiTokenTable } from './ApiTokenTable';
import { CreateApiTokenForm, type CreatedApiToken } from './CreateApiTokenForm';
import { RevokeApiTokenModal, type RevokeTarget } from './RevokeApiTokenModal';
import { ShownOnceSecret } from '../../ui/ShownOnceSecret';
import { ConnectionPager } from '../../ui/ConnectionPager';
import { useCursorPages } from '../../ui/use-cursor-pages';

export const ApiTokensQuery = graphql(`
  query ApiTokens($first: Int!, $after: String) {
    apiTokens(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...ApiTokenRow
        }
      }
    }
  }
`);

export const API_TOKENS_PAGE_SIZE = 20;

/** APIトークン: the signed-in user's personal tokens; a new one is shown once, then only its prefix. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  function onCreated(result: CreatedApiToken, name: string) {
    // The first page gains it at the top (newest first), without asking the server again.
    client.cache.updateQuery(
      { query: ApiTokensQuery, variables: { first: API_TOKENS_PAGE_SIZE, after: null } },
      (data) =>
        data && {
          ...data,
          apiTokens: {
            ...data.apiTokens,
            totalCount: data.apiTokens.totalCount + 1,
            edges: [{ __typename: 'ApiTokenEdge' as const, node: result.apiToken }, ...data.apiTokens.edges],
          },
        },
    );
    setRevoked(null);
    setCreated({ name, token: result.token });
  }

  return (
    <>
      <PageHeading>{t('apiTokens.title')}</PageHeading>
      <Text mb="lg">{t('apiTokens.lead')}</Text>
      <CreateApiTokenForm onCreated={onCreated} />
      {created && (
        <ShownOnceSecret
          key={created.token}
          heading={t('apiTokens.created.heading')}
          warning={t('apiTokens.created.warning')}
          label={t('apiTokens.created.tokenLabel', { name: created.name })}
          value={created.token}
          copyLabel={t('apiTokens.created.copy')}
          copiedLabel={t('apiTokens.created.copied')}
          dismissLabel={t('apiTokens.created.dismiss')}
          onDismiss={() => setCreated(null)}
        />
      )}
      <ApiTokenList revoked={revoked} onRevoked={setRevoked} />
    </>
  );
}

function ApiTokenList({ revoked, onRevoked }: { revoked: string | null; onRevoked: (name: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [target, setTarget] = useState<RevokeTarget | null>(null);
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(ApiTokensQuery, {
    variables: { first: API_TOKENS_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.apiTokens;

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {t('apiTokens.list.heading')}
      </Title>
      <Text role="status" mb={revoked ? 'sm' : 0} c="green.9" fw={700}>
        {revoked ? t('apiTokens.revoke.done', { name: revoked }) : ''}
      </Text>
      {error && <ErrorAlert error={error} />}
      {!connection && loading && <LoadingState />}
      {connection && (
        <>
          <ApiTokenTable tokens={connection.edges.map((edge) => edge.node)} labelledBy={headingId} onRevoke={setTarget} />
          {connection.totalCount > API_TOKENS_PAGE_SIZE && (
            <ConnectionPager connection={connection} pages={pages} pageSize={API_TOKENS_PAGE_SIZE} />
          )}
        </>
      )}
      <RevokeApiTokenModal
        token={target}
        onClose={() => setTarget(null)}
        onRevoked={(token) => {
          setTarget(null);
          onRevoked(token.name);
        }}
      />
    </section>
  );
}
