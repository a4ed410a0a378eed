import { errorCode, errorExtensions } from '../../ui/graphql-errors';
import { fieldErrors } from '../../ui/field-errors';

/** Why `verifyGuarantee` answered with no certificate, as the page tells it. */
export type VerificationFailure =
  /** no guarantee with this number and key (never told apart); attempts left before the lock */
  | { kind: 'notFound'; error: unknown; remainingAttempts: number | null }
  /** the number or the address is locked: the server's message says how long to wait */
  | { kind: 'rateLimited'; error: unknown }
  /** the number could not be read: shown at the number field */
  | { kind: 'contractNumber'; message: string }
  /** anything else (network down, server error) */
  | { kind: 'other'; error: unknown };

export function readVerificationFailure(error: unknown): VerificationFailure {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') {
    const remaining = errorExtensions(error).remainingAttempts;
    return { kind: 'notFound', error, remainingAttempts: typeof remaining === 'number' ? remaining : null };
  }
  if (code === 'RATE_LIMITED') return { kind: 'rateLimited', error };
  const numberError = fieldErrors(error).contractNumber;
  if (numberError) return { kind: 'contractNumber', message: numberError };
  return { kind: 'other', error };
}
