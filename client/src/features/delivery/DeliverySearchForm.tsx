import { useQuery } from '@apollo/client/react';
import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { DateRangeFields } from '../../ui/DateRangeFields';
import { FilterForm } from '../../ui/FilterForm';
import { useFilterForm } from '../../ui/use-filter-form';
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
  const orderers = useQuery(DeliveryOrderersQuery);
  const { form, onSubmit, onClear } = useFilterForm({
    search: conditions,
    cleared: emptyConditions,
    onSearch,
    dateRange: { from: 'issuedFrom', to: 'issuedTo', fromLabel: t('delivery.list.issuedFrom'), toLabel: t('delivery.list.issuedTo') },
  });

  return (
    <FilterForm
      heading={t('delivery.list.searchHeading')}
      searchLabel={t('delivery.list.search')}
      clearLabel={t('delivery.list.clear')}
      onSubmit={onSubmit}
      onClear={onClear}
      mb="md"
    >
      <NativeSelect
        label={t('delivery.list.kind')}
        {...form.getInputProps('kind')}
        data={[
          { value: '', label: t('delivery.list.kindAll') },
          ...guaranteeKinds.map((kind) => ({ value: kind, label: t(`guarantee.kind.${kind}`) })),
        ]}
      />
      <NativeSelect
        label={t('delivery.list.validity')}
        {...form.getInputProps('validity')}
        data={[
          { value: '', label: t('delivery.list.validityAll') },
          ...guaranteeValidities.map((validity) => ({ value: validity, label: t(`delivery.list.validities.${validity}`) })),
        ]}
      />
      <DateRangeFields
        from={{ label: t('delivery.list.issuedFrom'), ...form.getInputProps('issuedFrom') }}
        to={{ label: t('delivery.list.issuedTo'), ...form.getInputProps('issuedTo') }}
      />
      <TextInput label={t('delivery.list.workName')} {...form.getInputProps('workName')} />
      {showContractor && <TextInput label={t('delivery.list.contractor')} {...form.getInputProps('contractorName')} />}
      <NativeSelect
        label={t('delivery.list.orderer')}
        {...form.getInputProps('ordererId')}
        data={[
          { value: '', label: t('delivery.list.ordererAll') },
          ...(orderers.data?.orderers.edges ?? []).map(({ node: o }) => ({ value: o.id, label: o.certificateTitle })),
        ]}
      />
    </FilterForm>
  );
}
