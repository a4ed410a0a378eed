import { describe, expect, it } from 'vitest';
import { PASSWORD_MESSAGES, PASSWORD_POLICY, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts 12 characters or more of any kind, Japanese and spaces included', () => {
    expect(passwordProblem('correct horse')).toBeNull();
    expect(passwordProblem('長野の山は今日も晴れています')).toBeNull();
    expect(passwordProblem('a'.repeat(11) + 'b')).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_POLICY.maxLength - 1) + 'y')).toBeNull();
  });

  it.each([
    ['short', 'elevenchars', 'TOO_SHORT'],
    ['counted as characters, not UTF-16 units', '𠮷'.repeat(11), 'TOO_SHORT'],
    ['too long', 'ab'.repeat(129), 'TOO_LONG'],
    ['with a control character', 'abcdefghijk\u0007l', 'CONTROL_CHARACTERS'],
    ['one character repeated', 'aaaaaaaaaaaaaaa', 'ONE_CHARACTER'],
    ['the demo password', 'esurety-demo', 'GUESSABLE'],
    ['a common one, in any case', 'Password1234', 'GUESSABLE'],
  ])('refuses a password that is %s', (_what, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses the account’s e-mail address or its local part', () => {
    expect(passwordProblem('Admin@Example.jp', 'admin@example.jp')).toBe('SAME_AS_EMAIL');
    expect(passwordProblem('operations-team', 'operations-team@example.jp')).toBe('SAME_AS_EMAIL');
    expect(passwordProblem('operations-team', 'someone@example.jp')).toBeNull();
  });

  it('has a Japanese message for each problem', () => {
    expect(PASSWORD_MESSAGES.TOO_SHORT).toBe('パスワードは12文字以上にしてください。');
  });
});
