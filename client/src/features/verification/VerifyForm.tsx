import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { forbiddenCharacterText } from '../../ui/forbidden-character';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { contractNumberTypo } from '../guarantees/contract-number-typo';
import { ContractNumberInput } from '../guarantees/ContractNumberInput';
import { checkVerifyInput, type VerifyValues } from './verify-input';

/**
 * The form's rules (`useForm`'s `validate`): what `checkVerifyInput` finds, in the words shown at
 * each field. A typo in the number, or a character no field takes, reads as the fields already
 * point it out while it is typed.
 */
export function verifyFormRules(t: TFunction) {
  return (values: VerifyValues) => {
    const found = checkVerifyInput(values);
    const numberField = t('guarantee.contractNumberInput.field');
    const contractNumber = {
      required: t('verification.form.contractNumberRequired'),
      forbidden: forbiddenCharacterText(t, numberField, values.contractNumber),
      typo: t('guarantee.contractNumberInput.typo', { contractNumber: contractNumberTypo(values.contractNumber) }),
    };
    const authKey = {
      required: t('verification.form.authKeyRequired'),
      forbidden: forbiddenCharacterText(t, t('verification.form.authKey'), values.authKey),
      malformed: t('verification.form.authKeyMalformed'),
    };
    return {
      contractNumber: found.contractNumber && contractNumber[found.contractNumber],
      authKey: found.authKey && authKey[found.authKey],
    };
  };
}

interface VerifyFormProps {
  /** the page's `useForm({ validate: verifyFormRules(t) })`; the server's refusal of the number goes to its field */
  form: UseFormReturnType<VerifyValues>;
  loading: boolean;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  contractNumberRef?: Ref<HTMLInputElement>;
}

/** 保証契約番号 and 認証キー, both required, and 確認する. */
export function VerifyForm({ form, loading, onSubmit, contractNumberRef }: VerifyFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { value: authKey, error: authKeyError, ...authKeyProps } = form.getInputProps('authKey');
  // A character no field takes is named as it is typed, like a typo in the number.
  const keyForbidden = forbiddenCharacterText(t, t('verification.form.authKey'), authKey as string);
  const numberProps = form.getInputProps('contractNumber');

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="lg" maw="36rem">
      <Title order={2} size="h3" id={headingId} mb="md">
        {t('verification.form.heading')}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <ContractNumberInput
            ref={contractNumberRef}
            label={<RequiredLabel>{t('verification.form.contractNumber')}</RequiredLabel>}
            withAsterisk={false}
            required
            name="contractNumber"
            {...numberProps}
            value={numberProps.value as string}
            error={(numberProps.error as string | undefined) ?? undefined}
            onChange={(contractNumber) => form.setFieldValue('contractNumber', contractNumber)}
          />
          <TextInput
            label={<RequiredLabel>{t('verification.form.authKey')}</RequiredLabel>}
            withAsterisk={false}
            required
            name="authKey"
            description={t('verification.form.authKeyHelp')}
            {...authKeyProps}
            value={authKey as string}
            error={keyForbidden ?? authKeyError}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.08em' } }}
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
