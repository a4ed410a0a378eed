import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useId, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { ContractNumberInput } from '../guarantees/ContractNumberInput';
import { forbiddenCharacterText } from '../../ui/forbidden-character';
import type { VerifyInputErrors, VerifyValues } from './verify-input';

interface VerifyFormProps {
  values: VerifyValues;
  onChange: (values: VerifyValues, field: keyof VerifyValues) => void;
  /** what the last 確認する found wrong before sending */
  errors: VerifyInputErrors;
  /** the server's reason for refusing the number, until it is edited */
  contractNumberError?: string;
  loading: boolean;
  onSubmit: () => void;
  contractNumberRef?: Ref<HTMLInputElement>;
}

/** 保証契約番号 and 認証キー, both required, and 確認する. */
export function VerifyForm({ values, onChange, errors, contractNumberError, loading, onSubmit, contractNumberRef }: VerifyFormProps) {
  const { t } = useTranslation();
  const headingId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  // A typo needs no message of its own: the number field points it out as it is typed.
  const numberError = errors.contractNumber === 'required' ? t('verification.form.contractNumberRequired') : contractNumberError;
  // A character no field takes is named as it is typed, like a typo in the number.
  const keyForbidden = forbiddenCharacterText(t, t('verification.form.authKey'), values.authKey);
  const keyError =
    errors.authKey === 'required'
      ? t('verification.form.authKeyRequired')
      : (keyForbidden ?? (errors.authKey === 'malformed' ? t('verification.form.authKeyMalformed') : undefined));

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" maw="36rem">
      <Title order={2} size="h3" id={headingId} mb="md">
        {t('verification.form.heading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ContractNumberInput
            ref={contractNumberRef}
            label={<RequiredLabel>{t('verification.form.contractNumber')}</RequiredLabel>}
            withAsterisk={false}
            required
            name="contractNumber"
            value={values.contractNumber}
            error={numberError}
            onChange={(contractNumber) => onChange({ ...values, contractNumber }, 'contractNumber')}
          />
          <TextInput
            label={<RequiredLabel>{t('verification.form.authKey')}</RequiredLabel>}
            withAsterisk={false}
            required
            name="authKey"
            description={t('verification.form.authKeyHelp')}
            value={values.authKey}
            error={keyError}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
            onChange={(e) => onChange({ ...values, authKey: e.currentTarget.value }, 'authKey')}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('verification.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
