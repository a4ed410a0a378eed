import { Button, Group, Paper, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
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
  const [value, setValue] = useState(contractNumber ?? '');
  const [required, setRequired] = useState(false);
  const [edited, setEdited] = useState(false);

  // The server's answer to what was searched, until the user edits the number again; else the
  // input points out a typo itself.
  const error = required ? t('delivery.list.contractNumberRequired') : !edited && serverError ? serverError : undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = value.trim();
    setRequired(trimmed === '');
    if (trimmed === '') return;
    setEdited(false);
    onSearch(trimmed);
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="lg" bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('delivery.list.pinpointHeading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <ContractNumberInput
            label={t('delivery.list.contractNumber')}
            value={value}
            error={error}
            w={{ base: '100%', sm: '26rem' }}
            onChange={(next) => {
              setValue(next);
              setRequired(false);
              setEdited(true);
            }}
          />
          <Button type="submit" mt={{ base: 0, sm: 46 }}>
            {t('delivery.list.search')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
