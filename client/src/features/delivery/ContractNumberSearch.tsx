import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contractNumberTypo } from './delivery-search';

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

  const typo = contractNumberTypo(value);
  // The server's answer to what was searched, until the user edits the number again.
  const error = required
    ? t('delivery.list.contractNumberRequired')
    : !edited && serverError
      ? serverError
      : typo
        ? t('delivery.list.contractNumberTypo', { contractNumber: typo })
        : undefined;

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
          <TextInput
            label={t('delivery.list.contractNumber')}
            description={t('delivery.list.contractNumberHelp')}
            value={value}
            error={error}
            autoComplete="off"
            spellCheck={false}
            w={{ base: '100%', sm: '26rem' }}
            onChange={(e) => {
              setValue(e.currentTarget.value);
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
