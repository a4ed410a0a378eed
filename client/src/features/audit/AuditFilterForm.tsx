import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyAuditSearch, type AuditSearch } from './audit-filters';
import { auditActionLabel, filterableAuditActions } from './audit-labels';

interface AuditFilterFormProps {
  search: AuditSearch;
  onSearch: (search: AuditSearch) => void;
  /** BAD_USER_INPUT messages by field (`filter.actorId` …) */
  serverErrors: Record<string, string>;
}

/** 検索条件: object, user, operation and a period of days; applied with 検索. */
export function AuditFilterForm({ search, onSearch, serverErrors }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState(search);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...draft, objectId: draft.objectId?.trim() || null, actorId: draft.actorId?.trim() || null });
  }

  function clear() {
    setDraft(emptyAuditSearch);
    onSearch(emptyAuditSearch);
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="lg" bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('audit.filters.heading')}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <TextInput
            label={t('audit.filters.objectId')}
            description={t('audit.filters.objectIdHelp')}
            value={draft.objectId ?? ''}
            error={serverErrors['filter.objectId']}
            onChange={(e) => setDraft({ ...draft, objectId: e.currentTarget.value || null })}
          />
          <TextInput
            label={t('audit.filters.actorId')}
            value={draft.actorId ?? ''}
            error={serverErrors['filter.actorId']}
            onChange={(e) => setDraft({ ...draft, actorId: e.currentTarget.value || null })}
          />
          <NativeSelect
            label={t('audit.filters.action')}
            value={draft.action ?? ''}
            error={serverErrors['filter.action']}
            onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('audit.filters.actionAll') },
              ...filterableAuditActions.map((action) => ({ value: action, label: auditActionLabel(t, action) })),
              // an action typed into the URL that the list does not offer stays selectable
              ...(draft.action && !(filterableAuditActions as readonly string[]).includes(draft.action)
                ? [{ value: draft.action, label: draft.action }]
                : []),
            ]}
          />
          <TextInput
            type="date"
            label={t('audit.filters.from')}
            value={draft.from ?? ''}
            max={draft.to ?? undefined}
            error={serverErrors['filter.from']}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('audit.filters.to')}
            value={draft.to ?? ''}
            min={draft.from ?? undefined}
            error={serverErrors['filter.to']}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value || null })}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('audit.filters.search')}</Button>
          <Button variant="default" onClick={clear}>
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
