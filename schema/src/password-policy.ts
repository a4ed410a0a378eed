import { characterCount, hasControlCharacters } from './text-rules';

/**
 * The password policy, checked by the set-password page as the user types and by the server:
 * after NIST SP 800-63B §3.1.1.2 (length over composition rules: no required character classes,
 * any characters including spaces and Japanese; refuse values known to be guessed first).
 */
export const PASSWORD_POLICY = {
  /** Characters, counted as a person counts them. */
  minLength: 12,
  maxLength: 256,
} as const;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'CONTROL_CHARACTERS' | 'ONE_CHARACTER' | 'GUESSABLE' | 'SAME_AS_EMAIL';

/** Values that are guessed first: the demo password, and what people type when asked for 12 characters. */
const GUESSABLE = new Set([
  'esurety-demo',
  'password1234',
  'password123!',
  'passwordpassword',
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'abcdefghijkl',
  'abcd12345678',
  'iloveyou1234',
  'administrator',
]);

/** What is wrong with a password, or null. `email` is the account's, which the password must not be. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  const length = characterCount(password);
  if (length < PASSWORD_POLICY.minLength) return 'TOO_SHORT';
  if (length > PASSWORD_POLICY.maxLength) return 'TOO_LONG';
  if (hasControlCharacters(password)) return 'CONTROL_CHARACTERS';
  if (new Set(password).size === 1) return 'ONE_CHARACTER';
  const lower = password.toLowerCase();
  if (GUESSABLE.has(lower)) return 'GUESSABLE';
  if (email && (lower === email.trim().toLowerCase() || lower === email.trim().toLowerCase().split('@')[0])) return 'SAME_AS_EMAIL';
  return null;
}

/** The server's message for each problem (the client has them in its catalogues too). */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `パスワードは${PASSWORD_POLICY.minLength}文字以上にしてください。`,
  TOO_LONG: `パスワードは${PASSWORD_POLICY.maxLength}文字以内にしてください。`,
  CONTROL_CHARACTERS: 'パスワードに制御文字は使えません。',
  ONE_CHARACTER: '同じ文字だけのパスワードは使えません。',
  GUESSABLE: 'このパスワードは推測されやすいため使えません。',
  SAME_AS_EMAIL: 'メールアドレスと同じパスワードは使えません。',
};
