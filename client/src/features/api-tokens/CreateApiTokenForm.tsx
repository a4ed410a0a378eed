import { useMutation } from '@apollo/client/react';
import { todayInJapan } from '@esurety/schema';
import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ApiTokenScope, CreateApiTokenMutation as CreateApiTokenResult } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { errorCode } from '../../ui/graphql-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { defaultExpiryDate, endOfDayInJapan, latestExpiryDate } from './token-state';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        ...ApiTokenRow
      }
    }
  }
`);

export type CreatedApiToken = CreateApiTokenResult['createApiToken'];

interface FormErrors {
  name?: string;
  scope?: string;
  expiresAt?: string;
}

/**
 * トークンを作成: a name, what it may do (読み取りのみ or 読み書き) and the last day it may be used
 * (to 23:59 in Japan, at most a year ahead).
 */
export function CreateApiTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken, name: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  // The token is in the answer only: keep it out of the cache.
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { fetchPolicy: 'no-cache' });
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiTokenScope>('READ_ONLY');
  const [expiresOn, setExpiresOn] = useState(() => defaultExpiryDate());
  const [errors, setErrors] = useState<FormErrors>({});
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const trimmed = name.trim();
    const found: FormErrors = {};
    if (!trimmed) found.name = t('apiTokens.create.nameRequired');
    if (!expiresOn) found.expiresAt = t('apiTokens.create.expiresOnRequired');
    else if (expiresOn > latestExpiryDate()) found.expiresAt = t('apiTokens.create.expiresOnTooLate');
    setErrors(found);
    if (found.name || found.expiresAt) return;
    try {
      const result = await create({
        variables: { input: { name: trimmed, scope, expiresAt: endOfDayInJapan(expiresOn) } },
      });
      const created = result.data?.createApiToken;
      if (!created) return;
      setName('');
      setExpiresOn(defaultExpiryDate());
      onCreated(created, trimmed);
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField.name || byField.expiresAt || byField.scope) {
        setErrors({ name: byField.name, scope: byField.scope, expiresAt: byField.expiresAt });
      } else setError(e);
    }
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('apiTokens.create.heading')}
      </Title>
      {error !== null &&
        (errorCode(error) === 'FORBIDDEN' ? (
          <Alert color="red" variant="light" role="alert" title={t('apiTokens.create.failedTitle')} mb="md">
            {t('apiTokens.create.forbidden')}
          </Alert>
        ) : (
          <ErrorAlert error={error} title={t('apiTokens.create.failedTitle')} />
        ))}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
          <TextInput
            label={<RequiredLabel>{t('apiTokens.create.name')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('apiTokens.create.nameHelp')}
            value={name}
            error={errors.name}
            maxLength={100}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setErrors((current) => ({ ...current, name: undefined }));
            }}
          />
          <TextInput
            type="date"
            label={<RequiredLabel>{t('apiTokens.create.expiresOn')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('apiTokens.create.expiresOnHelp')}
            value={expiresOn}
            min={todayInJapan()}
            max={latestExpiryDate()}
            error={errors.expiresAt}
            onChange={(e) => {
              setExpiresOn(e.currentTarget.value);
              setErrors((current) => ({ ...current, expiresAt: undefined }));
            }}
          />
        </SimpleGrid>
        <Radio.Group
          mt="md"
          label={<RequiredLabel>{t('apiTokens.create.scope')}</RequiredLabel>}
          description={t('apiTokens.create.scopeHelp')}
          value={scope}
          error={errors.scope}
          onChange={(value) => setScope(value as ApiTokenScope)}
        >
          <Stack gap="xs" py={4}>
            <Radio value="READ_ONLY" label={t('apiTokens.scope.READ_ONLY')} />
            <Radio value="READ_WRITE" label={t('apiTokens.scope.READ_WRITE')} />
          </Stack>
        </Radio.Group>
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('apiTokens.create.submit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
