import { TextInput, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { forbiddenCharacterText } from '../../ui/forbidden-character';
import { contractNumberTypo } from './contract-number-typo';

interface ContractNumberInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onChange: (value: string) => void;
  /** shown instead of the typo hint: a required field left empty, the server's answer */
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * 保証契約番号, typed however the user likes (hyphen or not, full-width, lower case). A typo in the
 * check character, and a character no field takes (an invisible one pasted with the number), are
 * pointed out as they type, before anything is sent.
 */
export function ContractNumberInput({ value, onChange, error, description, ...props }: ContractNumberInputProps) {
  const { t } = useTranslation();
  const typo = contractNumberTypo(value);
  const forbidden = forbiddenCharacterText(t, t('guarantee.contractNumberInput.field'), value);
  return (
    <TextInput
      {...props}
      description={description ?? t('guarantee.contractNumberInput.help')}
      value={value}
      error={error ?? forbidden ?? (typo ? t('guarantee.contractNumberInput.typo', { contractNumber: typo }) : undefined)}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
