import type { GuessPolicy } from '../../common/guess-limits';

/**
 * Password guessing: an account (by e-mail address, whether it exists or not) locks for 15 minutes
 * after 10 failed sign-ins in a row; an address is blocked after 100 failures in a day.
 */
export const LOGIN_POLICY: GuessPolicy = {
  name: 'login',
  failuresBeforeLock: 10,
  lockSeconds: 15 * 60,
  failureWindowSeconds: 24 * 3600,
  addressFailuresPerDay: 100,
  lockedMessage: 'ログインの失敗が続いたため、このメールアドレスでのログインを一時的に停止しています。',
};
