import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        ...ApiTokenRow
      }
    }
  }
`);

export interface RevokeTarget {
  id: string;
  name: string;
  prefix: string;
}

interface RevokeApiTokenModalProps {
  token: RevokeTarget | null;
  onClose: () => void;
  onRevoked: (token: RevokeTarget) => void;
}

/** 失効: asks once more; the answer updates the row in the cache (状態 → 失効済み). */
export function RevokeApiTokenModal({ token, onClose, onRevoked }: RevokeApiTokenModalProps) {
  const { t } = useTranslation();
  const [revoke] = useMutation(RevokeApiTokenMutation);

  return (
    <ConfirmDialog
      opened={token !== null}
      title={t('apiTokens.revoke.title')}
      message={token && t('apiTokens.revoke.body', { name: token.name, prefix: `${token.prefix}…` })}
      confirmLabel={t('apiTokens.revoke.confirm')}
      confirmColor="red"
      failedTitle={t('apiTokens.revoke.failedTitle')}
      onConfirm={async () => {
        if (!token) return;
        await revoke({ variables: { input: { apiTokenId: token.id } } });
        onRevoked(token);
      }}
      onClose={onClose}
    />
  );
}
