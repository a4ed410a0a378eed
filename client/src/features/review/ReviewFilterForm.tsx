import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ReviewFilters } from './review-filters';

export const ReviewOrderersQuery = graphql(`
  query ReviewOrderers {
    orderers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

interface ReviewFilterFormProps {
  filters: ReviewFilters;
  onSearch: (filters: ReviewFilters) => void;
}

/** 検索条件: orderer and the sending date range, applied with 検索 (the status is the page's tabs). */
export function ReviewFilterForm({ filters, onSearch }: ReviewFilterFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const orderers = useQuery(ReviewOrderersQuery);
  const [draft, setDraft] = useState(filters);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  function clear() {
    const cleared: ReviewFilters = { status: filters.status, ordererId: null, submittedFrom: null, submittedTo: null };
    setDraft(cleared);
    onSearch(cleared);
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="lg" bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('review.queue.filtersHeading')}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <NativeSelect
            label={t('review.queue.orderer')}
            value={draft.ordererId ?? ''}
            onChange={(e) => setDraft({ ...draft, ordererId: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('review.queue.ordererAll') },
              ...(orderers.data?.orderers.edges ?? []).map(({ node: o }) => ({ value: o.id, label: o.name })),
            ]}
          />
          <TextInput
            type="date"
            label={t('review.queue.submittedFrom')}
            value={draft.submittedFrom ?? ''}
            max={draft.submittedTo ?? undefined}
            onChange={(e) => setDraft({ ...draft, submittedFrom: e.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('review.queue.submittedTo')}
            value={draft.submittedTo ?? ''}
            min={draft.submittedFrom ?? undefined}
            onChange={(e) => setDraft({ ...draft, submittedTo: e.currentTarget.value || null })}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('review.queue.search')}</Button>
          <Button variant="default" onClick={clear}>
            {t('review.queue.clear')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
