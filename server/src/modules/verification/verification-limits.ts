import type { GuessPolicy } from '../../common/guess-limits';

/** After this many failures in a row a contract number is locked… */
export const NUMBER_FAILURES_BEFORE_LOCK = 10;
/** …for this long (seconds). */
export const NUMBER_LOCK_SECONDS = 15 * 60;
/** A client address is blocked after this many failures in a day. */
export const ADDRESS_FAILURES_PER_DAY = 100;

/**
 * The verification service's guess limits, by contract number. A number that does not exist is
 * charged and locked exactly like one that does.
 */
export const VERIFICATION_POLICY: GuessPolicy = {
  name: 'verify',
  failuresBeforeLock: NUMBER_FAILURES_BEFORE_LOCK,
  lockSeconds: NUMBER_LOCK_SECONDS,
  failureWindowSeconds: 24 * 3600,
  addressFailuresPerDay: ADDRESS_FAILURES_PER_DAY,
  lockedMessage: '確認の失敗が続いたため、この保証契約番号はロックされています。',
};
