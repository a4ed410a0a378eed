import { formatEraTimestamp } from '../../ui/era-time';
import { ListTable } from '../../ui/ListTable';
import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ApiTokenRowFragment as ApiTokenRow } from '../../gql/graphql';
import classes from './api-tokens.module.css';
import { apiTokenState, type ApiTokenState } from './token-state';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokenRow on ApiToken {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`);

const colours: Record<ApiTokenState, string> = { ACTIVE: 'green', EXPIRED: 'gray', REVOKED: 'red' };

interface ApiTokenTableProps {
  tokens: FragmentType<typeof ApiTokenRowFragment>[];
  labelledBy: string;
  onRevoke: (token: ApiTokenRow) => void;
}

/** The user's tokens, newest first, with 失効 on those still usable. */
export function ApiTokenTable({ tokens, labelledBy, onRevoke }: ApiTokenTableProps) {
  const { t } = useTranslation();
  const rows = tokens.map((token) => getFragmentData(ApiTokenRowFragment, token));
  const now = new Date();

  return (
    <ListTable
      labelledBy={labelledBy}
      minWidth={960}
      columns={[
        { label: t('apiTokens.list.name') },
        { label: t('apiTokens.list.prefix') },
        { label: t('apiTokens.list.scope') },
        { label: t('apiTokens.list.createdAt') },
        { label: t('apiTokens.list.lastUsedAt') },
        { label: t('apiTokens.list.expiresAt') },
        { label: t('apiTokens.list.state') },
        { label: t('apiTokens.list.actions') },
      ]}
      rows={rows}
      empty={t('apiTokens.list.empty')}
      renderRow={(token) => {
        const state = apiTokenState(token, now);
        return (
          <Table.Tr key={token.id}>
            <Table.Td>{token.name}</Table.Td>
            <Table.Td className={classes.secret}>{`${token.prefix}…`}</Table.Td>
            <Table.Td className={classes.noWrap}>{t(`apiTokens.scope.${token.scope}`)}</Table.Td>
            <Table.Td className={classes.noWrap}>{formatEraTimestamp(token.createdAt)}</Table.Td>
            <Table.Td className={classes.noWrap}>
              {token.lastUsedAt ? formatEraTimestamp(token.lastUsedAt) : t('apiTokens.list.never')}
            </Table.Td>
            <Table.Td className={classes.noWrap}>{formatEraTimestamp(token.expiresAt)}</Table.Td>
            <Table.Td>
              <Badge color={colours[state]} variant="light" tt="none" size="lg" radius="sm">
                {t(`apiTokens.state.${state}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {state === 'ACTIVE' && (
                <Button
                  variant="outline"
                  color="red"
                  size="compact-sm"
                  aria-label={t('apiTokens.revoke.actionLabel', { name: token.name })}
                  onClick={() => onRevoke(token)}
                >
                  {t('apiTokens.revoke.action')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        );
      }}
    />
  );
}
