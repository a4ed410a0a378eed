import { Button, Group, Paper, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractNumberInput } from '../guarantees/ContractNumberInput';

interface ContractNumberSearchProps {
  contractNumber: string | null;
  /** the server's answer to the last search, if it refused the number (e.g. CHECK_CHARACTER) */
  serverError: string | undefined;
  onSearch: (contractNumber: string) => void;
}

/** ピンポイント検索 by 保証契約番号, typed however the user likes; a typo is pointed out as they type. */
export function ContractNumberSearch({ contractNumber, serverError, onSearch }: ContractNumberSearchProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const form = useForm({
    initialValues: { contractNumber: contractNumber ?? '' },
    validate: { contractNumber: (value) => (value.trim() ? null : t('delivery.list.contractNumberRequired')) },
  });

  // The server's answer to what was searched, until the user edits the number; else the input
  // points out a typo itself.
  const error = (form.errors.contractNumber as string | undefined) ?? (form.isDirty('contractNumber') ? undefined : serverError);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="lg" bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('delivery.list.pinpointHeading')}
      </Title>
      <form onSubmit={form.onSubmit(({ contractNumber: typed }) => onSearch(typed.trim()))} noValidate>
        <Group align="flex-start" gap="sm">
          <ContractNumberInput
            label={t('delivery.list.contractNumber')}
            value={form.values.contractNumber}
            onChange={(next) => form.setFieldValue('contractNumber', next)}
            error={error}
            w={{ base: '100%', sm: '26rem' }}
          />
          <Button type="submit" mt={{ base: 0, sm: 46 }}>
            {t('delivery.list.search')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
