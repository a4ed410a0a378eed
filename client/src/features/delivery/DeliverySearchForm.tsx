import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { GuaranteeKind, GuaranteeValidity } from '../../gql/graphql';
import { emptyConditions, guaranteeKinds, guaranteeValidities, type DeliveryConditions } from './delivery-search';

export const DeliveryOrderersQuery = graphql(`
  query DeliveryOrderers {
    orderers(first: 100) {
      edges {
        node {
          id
          name
          certificateTitle
        }
      }
    }
  }
`);

interface DeliverySearchFormProps {
  conditions: DeliveryConditions;
  onSearch: (conditions: DeliveryConditions) => void;
  /** staff search by 請負者 too */
  showContractor?: boolean;
}

/** 検索条件: 保証種類, 状態, 期間 (issue date), 工事名 (partial), 発注者 and, for staff, 請負者 (partial); applied with 検索. */
export function DeliverySearchForm({ conditions, onSearch, showContractor = false }: DeliverySearchFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const orderers = useQuery(DeliveryOrderersQuery);
  const [draft, setDraft] = useState(conditions);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch({ ...draft, workName: draft.workName?.trim() || null, contractorName: draft.contractorName?.trim() || null });
  }

  function clear() {
    setDraft(emptyConditions);
    onSearch(emptyConditions);
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="md" bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('delivery.list.searchHeading')}
      </Title>
      <form onSubmit={submit}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <NativeSelect
            label={t('delivery.list.kind')}
            value={draft.kind ?? ''}
            onChange={(e) => setDraft({ ...draft, kind: (e.currentTarget.value || null) as GuaranteeKind | null })}
            data={[
              { value: '', label: t('delivery.list.kindAll') },
              ...guaranteeKinds.map((kind) => ({ value: kind, label: t(`guarantee.kind.${kind}`) })),
            ]}
          />
          <NativeSelect
            label={t('delivery.list.validity')}
            value={draft.validity ?? ''}
            onChange={(e) => setDraft({ ...draft, validity: (e.currentTarget.value || null) as GuaranteeValidity | null })}
            data={[
              { value: '', label: t('delivery.list.validityAll') },
              ...guaranteeValidities.map((validity) => ({ value: validity, label: t(`delivery.list.validities.${validity}`) })),
            ]}
          />
          <TextInput
            type="date"
            label={t('delivery.list.issuedFrom')}
            value={draft.issuedFrom ?? ''}
            max={draft.issuedTo ?? undefined}
            onChange={(e) => setDraft({ ...draft, issuedFrom: e.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={t('delivery.list.issuedTo')}
            value={draft.issuedTo ?? ''}
            min={draft.issuedFrom ?? undefined}
            onChange={(e) => setDraft({ ...draft, issuedTo: e.currentTarget.value || null })}
          />
          <TextInput
            label={t('delivery.list.workName')}
            value={draft.workName ?? ''}
            onChange={(e) => setDraft({ ...draft, workName: e.currentTarget.value || null })}
          />
          {showContractor && (
            <TextInput
              label={t('delivery.list.contractor')}
              value={draft.contractorName ?? ''}
              onChange={(e) => setDraft({ ...draft, contractorName: e.currentTarget.value || null })}
            />
          )}
          <NativeSelect
            label={t('delivery.list.orderer')}
            value={draft.ordererId ?? ''}
            onChange={(e) => setDraft({ ...draft, ordererId: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('delivery.list.ordererAll') },
              ...(orderers.data?.orderers.edges ?? []).map(({ node: o }) => ({ value: o.id, label: o.certificateTitle })),
            ]}
          />
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{t('delivery.list.search')}</Button>
          <Button variant="default" onClick={clear}>
            {t('delivery.list.clear')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
