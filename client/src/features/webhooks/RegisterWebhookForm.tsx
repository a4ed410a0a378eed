import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RegisterWebhookEndpointMutation as RegisterResult, WebhookEvent } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { focusFirstError } from '../../ui/form-rules';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { isHttpsUrl, isWebhookEvent, webhookEvents } from './webhook-events';

export const RegisterWebhookEndpointMutation = graphql(`
  mutation RegisterWebhookEndpoint($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      secret
      webhookEndpoint {
        id
        ...WebhookEndpointRow
      }
    }
  }
`);

export type RegisteredWebhookEndpoint = RegisterResult['registerWebhookEndpoint'];

/** 送信先を登録: an https URL and the events to send there. */
export function RegisterWebhookForm({ onRegistered }: { onRegistered: (registered: RegisteredWebhookEndpoint, url: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  // The signing secret is in the answer only: keep it out of the cache.
  const [register, { loading }] = useMutation(RegisterWebhookEndpointMutation, { fetchPolicy: 'no-cache' });
  const form = useForm({
    initialValues: { url: '', events: [] as WebhookEvent[] },
    validate: {
      url: (url) => {
        const trimmed = url.trim();
        if (!trimmed) return t('webhooks.register.urlRequired');
        return isHttpsUrl(trimmed) ? null : t('webhooks.register.urlHttps');
      },
      events: (events) => (events.length === 0 ? t('webhooks.register.eventsRequired') : null),
    },
  });
  const [error, setError] = useState<unknown>(null);
  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit({ url, events }: typeof form.values) {
    setError(null);
    const trimmed = url.trim();
    try {
      const result = await register({ variables: { input: { url: trimmed, events: webhookEvents.filter((e) => events.includes(e)) } } });
      const registered = result.data?.registerWebhookEndpoint;
      if (!registered) return;
      form.reset();
      onRegistered(registered, trimmed);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('webhooks.register.heading')}
      </Title>
      {error !== null && <ErrorAlert error={error} title={t('webhooks.register.failedTitle')} />}
      <form onSubmit={form.onSubmit((values) => void submit(values), focusFirstError)} noValidate>
        <Stack gap="md" mt="sm">
          <TextInput
            type="url"
            label={<RequiredLabel>{t('webhooks.register.url')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('webhooks.register.urlHelp')}
            placeholder="https://"
            {...form.getInputProps('url')}
          />
          <Checkbox.Group
            label={<RequiredLabel>{t('webhooks.register.events')}</RequiredLabel>}
            withAsterisk={false}
            {...form.getInputProps('events')}
            onChange={(values) => form.setFieldValue('events', values.filter(isWebhookEvent))}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
              {webhookEvents.map((e) => (
                <Checkbox key={e} value={e} label={t(`webhooks.event.${e}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
        <Group mt="md">
          <Button type="submit" loading={loading}>
            {t('webhooks.register.submit')}
          </Button>
        </Group>
      </form>
      {guard.dialog}
    </Paper>
  );
}
