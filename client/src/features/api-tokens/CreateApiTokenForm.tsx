import { useMutation } from '@apollo/client/react';
import { isIsoDate, todayInJapan } from '@esurety/schema';
import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ApiTokenScope, CreateApiTokenMutation as CreateApiTokenResult } from '../../gql/graphql';
import { EraDateInput } from '../../ui/EraDateInput';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { errorCode } from '../../ui/graphql-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
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

/**
 * トークンを作成: a name, what it may do (読み取りのみ or 読み書き) and the last day it may be used
 * (to 23:59 in Japan, at most a year ahead).
 */
export function CreateApiTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken, name: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  // The token is in the answer only: keep it out of the cache.
  const [create, { loading }] = useMutation(CreateApiTokenMutation, { fetchPolicy: 'no-cache' });
  const form = useForm({
    initialValues: { name: '', scope: 'READ_ONLY' as ApiTokenScope, expiresOn: defaultExpiryDate() },
    validate: {
      name: (name) => (name.trim() ? null : t('apiTokens.create.nameRequired')),
      expiresOn: (day) => {
        if (!day) return t('apiTokens.create.expiresOnRequired');
        if (!isIsoDate(day)) return t('form.dateInvalid');
        return day > latestExpiryDate() ? t('apiTokens.create.expiresOnTooLate') : null;
      },
    },
  });
  const [error, setError] = useState<unknown>(null);
  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit({ name, scope, expiresOn }: typeof form.values) {
    setError(null);
    const trimmed = name.trim();
    try {
      const result = await create({
        variables: { input: { name: trimmed, scope, expiresAt: endOfDayInJapan(expiresOn) } },
      });
      const created = result.data?.createApiToken;
      if (!created) return;
      form.reset();
      onCreated(created, trimmed);
    } catch (e) {
      if (!showFieldErrors(form, e, { expiresAt: 'expiresOn' })) setError(e);
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
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="sm">
          <TextInput
            label={<RequiredLabel>{t('apiTokens.create.name')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('apiTokens.create.nameHelp')}
            maxLength={100}
            {...form.getInputProps('name')}
          />
          <EraDateInput
            label={<RequiredLabel>{t('apiTokens.create.expiresOn')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('apiTokens.create.expiresOnHelp')}
            min={todayInJapan()}
            max={latestExpiryDate()}
            {...form.getInputProps('expiresOn')}
          />
        </SimpleGrid>
        <Radio.Group
          mt="md"
          label={<RequiredLabel>{t('apiTokens.create.scope')}</RequiredLabel>}
          description={t('apiTokens.create.scopeHelp')}
          {...form.getInputProps('scope')}
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
      {guard.dialog}
    </Paper>
  );
}
