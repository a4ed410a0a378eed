import { parseYen } from '@esurety/schema';
import { TextInput, type TextInputProps } from '@mantine/core';
import { amountText } from './form-model';

interface YenInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** what was typed: 20000000, 20,000,000, ２０，０００，０００ or 20,000,000円 */
  value?: string;
  onChange: (value: string) => void;
}

/**
 * An amount in yen as people type it. Leaving the field writes it back with separators in
 * half-width (２０００００００ → 20,000,000); text that is not an amount is left for the rules to name.
 */
export function YenInput({ value = '', onChange, onBlur, ...props }: YenInputProps) {
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        const parsed = parseYen(value);
        if (parsed.ok) onChange(amountText(parsed.value));
        onBlur?.(e);
      }}
      rightSection="円"
      rightSectionPointerEvents="none"
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
