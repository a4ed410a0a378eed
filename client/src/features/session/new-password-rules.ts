import { PASSWORD_POLICY, passwordProblem } from '@esurety/schema';
import type { TFunction } from 'i18next';

/**
 * `@mantine/form` rules for a new password typed twice: the first field follows the password
 * policy of @esurety/schema (which also refuses the account's e-mail address, when given); the
 * repetition must match once the password itself is acceptable. `mismatch` is the message for that.
 */
export function newPasswordRules<P extends string>(t: TFunction, passwordField: P, mismatch: string, email?: string) {
  const problemText = (password: string) => {
    const problem = passwordProblem(password, email);
    return problem ? t(`setPassword.problems.${problem}`, { min: PASSWORD_POLICY.minLength, max: PASSWORD_POLICY.maxLength }) : null;
  };
  return {
    [passwordField]: problemText,
    confirmation: (confirmation: string, values: Record<P, string>) =>
      !problemText(values[passwordField]) && confirmation !== values[passwordField] ? mismatch : null,
  } as Record<P, (value: string) => string | null> & {
    confirmation: (value: string, values: Record<P, string>) => string | null;
  };
}
