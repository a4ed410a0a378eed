import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import classes from './delivery.module.css';

export const RevealAuthKeyMutation = graphql(`
  mutation RevealAuthKey($input: RevealAuthKeyInput!) {
    revealAuthKey(input: $input) {
      authKey
    }
  }
`);

interface AuthKeySectionProps {
  guaranteeId: string;
  /** the key notice PDF (「電子保証にかかる「認証キー」のお知らせ」) */
  keyNoticeUrl: string;
}

/**
 * 認証キー: shown only when the contractor presses 表示 (the server records each display) and
 * never kept in the cache; 印刷 downloads the key notice PDF to hand to the orderer.
 */
export function AuthKeySection({ guaranteeId, keyNoticeUrl }: AuthKeySectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const keyLabelId = useId();
  const showHelpId = useId();
  const printHelpId = useId();
  const [authKey, setAuthKey] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The key is in the answer only: keep it out of the cache.
  const [reveal, { loading }] = useMutation(RevealAuthKeyMutation, { fetchPolicy: 'no-cache' });

  async function show() {
    setError(null);
    try {
      const result = await reveal({ variables: { input: { guaranteeId } } });
      setAuthKey(result.data?.revealAuthKey.authKey ?? null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mt="xl">
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t('delivery.detail.authKey.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('delivery.detail.authKey.note')}
      </Text>
      {error != null && <ErrorAlert error={error} />}
      <Group gap="md" align="center" wrap="wrap">
        <Text span fw={700} id={keyLabelId}>
          {t('delivery.detail.authKey.label')}
        </Text>
        {authKey ? (
          <Text span className={classes.authKey} aria-labelledby={keyLabelId} data-testid="auth-key" role="status">
            {authKey}
          </Text>
        ) : (
          <>
            <Text span c="dimmed">
              {t('delivery.detail.authKey.hidden')}
            </Text>
            <Button variant="default" onClick={() => void show()} loading={loading} aria-describedby={showHelpId}>
              {t('delivery.detail.authKey.show')}
            </Button>
          </>
        )}
        <Button component="a" href={keyNoticeUrl} download aria-describedby={printHelpId}>
          {t('delivery.detail.authKey.print')}
        </Button>
      </Group>
      <Text size="xs" mt="sm" id={showHelpId}>
        {t('delivery.detail.authKey.showHelp')}
      </Text>
      <Text size="xs" id={printHelpId}>
        {t('delivery.detail.authKey.printHelp')}
      </Text>
    </Paper>
  );
}
