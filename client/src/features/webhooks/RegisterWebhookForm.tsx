import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RegisterWebhookEndpointMutation as RegisterResult, WebhookEvent } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
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

interface FormErrors {
  url?: string;
  events?: string;
}

/** 送信先を登録: an https URL and the events to send there. */
export function RegisterWebhookForm({ onRegistered }: { onRegistered: (registered: RegisteredWebhookEndpoint, url: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  // The signing secret is in the answer only: keep it out of the cache.
  const [register, { loading }] = useMutation(RegisterWebhookEndpointMutation, { fetchPolicy: 'no-cache' });
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [error, setError] = useState<unknown>(null);

  function validate(trimmed: string): FormErrors {
    const found: FormErrors = {};
    if (!trimmed) found.url = t('webhooks.register.urlRequired');
    else if (!isHttpsUrl(trimmed)) found.url = t('webhooks.register.urlHttps');
    if (events.length === 0) found.events = t('webhooks.register.eventsRequired');
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const trimmed = url.trim();
    const found = validate(trimmed);
    setErrors(found);
    if (found.url || found.events) return;
    try {
      const result = await register({ variables: { input: { url: trimmed, events: webhookEvents.filter((e) => events.includes(e)) } } });
      const registered = result.data?.registerWebhookEndpoint;
      if (!registered) return;
      setUrl('');
      setEvents([]);
      onRegistered(registered, trimmed);
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField.url || byField.events) setErrors({ url: byField.url, events: byField.events });
      else setError(e);
    }
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="xl">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('webhooks.register.heading')}
      </Title>
      {error !== null && <ErrorAlert error={error} title={t('webhooks.register.failedTitle')} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md" mt="sm">
          <TextInput
            type="url"
            label={<RequiredLabel>{t('webhooks.register.url')}</RequiredLabel>}
            withAsterisk={false}
            required
            description={t('webhooks.register.urlHelp')}
            placeholder="https://"
            value={url}
            error={errors.url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              setErrors((current) => ({ ...current, url: undefined }));
            }}
          />
          <Checkbox.Group
            label={<RequiredLabel>{t('webhooks.register.events')}</RequiredLabel>}
            withAsterisk={false}
            value={events}
            error={errors.events}
            onChange={(values) => {
              setEvents(values.filter(isWebhookEvent));
              setErrors((current) => ({ ...current, events: undefined }));
            }}
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
    </Paper>
  );
}
