import { Box, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { RequiredLabel } from '../../../ui/RequiredLabel';
import { FieldHelp } from './FieldHelp';
import classes from './field-row.module.css';

export interface FieldRowOptions {
  label: string;
  required?: boolean;
  /** short help behind the 「?」 after the input */
  help?: string;
  error?: ReactNode;
  /** shown after the input, e.g. the ratio of an amount */
  after?: ReactNode;
  /** the input's width; the row itself always spans the form */
  inputWidth?: string;
}

/**
 * The props that lay a Mantine input out as one row of the form: label (with 「必須」) in the
 * header column, then the input, its 「?」, any text after it, its notes and its message.
 */
export function fieldRow({ label, required = false, help, error, after, inputWidth = '28rem' }: FieldRowOptions) {
  return {
    classNames: { root: classes.root, label: classes.label, description: classes.description, error: classes.error },
    label: required ? <RequiredLabel>{label}</RequiredLabel> : label,
    withAsterisk: false,
    required,
    error,
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    inputContainer: (children: ReactNode) => (
      <Group gap="sm" wrap="nowrap" align="center">
        <Box flex={inputWidth === 'auto' ? '0 1 auto' : `0 1 ${inputWidth}`} miw={0}>
          {children}
        </Box>
        {help && <FieldHelp label={label} text={help} />}
        {after}
      </Group>
    ),
  };
}

/** A row of radio buttons: its 「?」 follows the last choice instead of a text input's width. */
export const radioRow = (options: FieldRowOptions) => fieldRow({ inputWidth: 'auto', ...options });
