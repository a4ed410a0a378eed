import { findForbiddenCharacter, isWellFormedAuthKey, readContractNumber } from '@esurety/schema';

export interface VerifyValues {
  contractNumber: string;
  authKey: string;
}

export const emptyVerifyValues: VerifyValues = { contractNumber: '', authKey: '' };

/** What keeps the form from being sent: each wrong field with the reason. */
export interface VerifyInputErrors {
  contractNumber?: 'required' | 'typo' | 'forbidden';
  authKey?: 'required' | 'malformed' | 'forbidden';
}

/** The key as the server reads it: full-width characters folded, spaces around dropped. */
export function normaliseAuthKey(input: string): string {
  return input.normalize('NFKC').trim();
}

/**
 * Checks before sending, so that no attempt (each one counts towards the lock) is spent on what
 * cannot match: an empty field, a character no field takes (an RTL override pasted with the
 * number), a contract number whose check character shows a typo, a key that is not 12 characters
 * of the key alphabet. Every dash look-alike (−, –, ―, ー) reads as the hyphen. The number's format is left to the server to judge.
 */
export function checkVerifyInput(values: VerifyValues): VerifyInputErrors {
  const errors: VerifyInputErrors = {};
  if (values.contractNumber.trim() === '') errors.contractNumber = 'required';
  else if (findForbiddenCharacter(values.contractNumber)) errors.contractNumber = 'forbidden';
  else if (readContractNumber(values.contractNumber).kind === 'typo') errors.contractNumber = 'typo';
  const authKey = normaliseAuthKey(values.authKey);
  if (authKey === '') errors.authKey = 'required';
  else if (findForbiddenCharacter(values.authKey)) errors.authKey = 'forbidden';
  else if (!isWellFormedAuthKey(authKey)) errors.authKey = 'malformed';
  return errors;
}

/**
 * The number and key the key notice's QR code carries in the URL's fragment
 * (`/verify#number=20075-00001R&key=Z28YUE4J3Bux`): the fragment never reaches the server.
 * Null when the fragment carries neither.
 */
export function readVerifyFragment(hash: string): Partial<VerifyValues> | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const contractNumber = params.get('number')?.trim();
  const authKey = params.get('key')?.trim();
  if (!contractNumber && !authKey) return null;
  return { ...(contractNumber && { contractNumber }), ...(authKey && { authKey }) };
}
