import { findForbiddenCharacter, isIsoDate, isPlausibleDate, parseYen } from '@esurety/schema';
import type { CorrectIssuanceInput } from '../../gql/graphql';

/** The terms to send: those that differ; 預託金融機関 only in a 訂正 (correctIssuance). */
export type GuaranteeTermsInput = Omit<CorrectIssuanceInput, 'issuanceId'>;

/** The terms a 変更 or 訂正 may touch, as the form holds them (text, as typed). */
export interface TermsValues {
  amount: string;
  deadline: string;
  workName: string;
  workStartDate: string;
  workEndDate: string;
  depositBank: string;
}

export type TermsField = keyof TermsValues;
export type TermsError =
  'required' | 'amountInvalid' | 'dateInvalid' | 'dateOutOfRange' | 'periodOrder' | 'deadlineOrder' | 'forbiddenCharacter';

export interface CurrentTerms {
  amount: number;
  deadline: string;
  workName: string;
  workStartDate: string;
  workEndDate: string;
  depositBank?: string | null;
}

export function termsValues(current: CurrentTerms): TermsValues {
  return {
    amount: current.amount.toLocaleString('ja-JP'),
    deadline: current.deadline,
    workName: current.workName,
    workStartDate: current.workStartDate,
    workEndDate: current.workEndDate,
    depositBank: current.depositBank ?? '',
  };
}

export type TermsCheck =
  { ok: true; input: GuaranteeTermsInput; changed: boolean } | { ok: false; errors: Partial<Record<TermsField, TermsError>> };

/**
 * Checks what the user typed and keeps only what differs from the current terms: the API takes
 * the fields to change and leaves out the rest. `changed: false` means there is nothing to send.
 */
export function checkTerms(current: CurrentTerms, values: TermsValues, { withDepositBank }: { withDepositBank: boolean }): TermsCheck {
  const errors: Partial<Record<TermsField, TermsError>> = {};
  const input: GuaranteeTermsInput = {};

  const amount = parseYen(values.amount);
  if (!amount.ok) errors.amount = amount.reason === 'empty' ? 'required' : 'amountInvalid';
  else if (amount.value !== current.amount) input.amount = amount.value;

  for (const field of ['deadline', 'workStartDate', 'workEndDate'] as const) {
    const value = values[field].trim();
    if (!value) errors[field] = 'required';
    else if (!isIsoDate(value)) errors[field] = 'dateInvalid';
    else if (!isPlausibleDate(value)) errors[field] = 'dateOutOfRange';
    else if (value !== current[field]) input[field] = value;
  }
  // The shared order (schema GUARANTEE_DATE_ORDER): 着工日 ≤ 完成日 ≤ 保証期限.
  if (!errors.workStartDate && !errors.workEndDate && values.workEndDate < values.workStartDate) errors.workEndDate = 'periodOrder';
  else if (!errors.workEndDate && !errors.deadline && values.deadline < values.workEndDate) errors.deadline = 'deadlineOrder';

  const workName = values.workName.trim();
  if (!workName) errors.workName = 'required';
  else if (findForbiddenCharacter(workName)) errors.workName = 'forbiddenCharacter';
  else if (workName !== current.workName) input.workName = workName;

  if (withDepositBank) {
    const bank = values.depositBank.trim();
    if (!bank) errors.depositBank = 'required';
    else if (findForbiddenCharacter(bank)) errors.depositBank = 'forbiddenCharacter';
    else if (bank !== (current.depositBank ?? '')) input.depositBank = bank;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input, changed: Object.keys(input).length > 0 };
}
