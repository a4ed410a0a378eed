import { DASH_LIKE } from './matching';

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ISO/IEC 7064 MOD 37,36 (hybrid system): one check character over digits and letters. */
export function mod3736CheckCharacter(text: string): string {
  let p = 36;
  for (const char of text) {
    const value = ALPHANUMERIC.indexOf(char);
    if (value < 0) throw new Error(`not alphanumeric: ${char}`);
    p = (((p + value) % 36 || 36) * 2) % 37;
  }
  return ALPHANUMERIC[(37 - p) % 36];
}

export function hasValidMod3736Check(textWithCheck: string): boolean {
  if (textWithCheck.length < 2) return false;
  const body = textWithCheck.slice(0, -1);
  if (![...body].every((c) => ALPHANUMERIC.includes(c))) return false;
  return mod3736CheckCharacter(body) === textWithCheck.slice(-1);
}

export const CONTRACT_NUMBER_PATTERN = /^\d{5}-\d{5}[0-9A-Z]$/;

/** 保証契約番号 `NNNNN-NNNNNC`: the branch's office code, its serial, a check character over the digits. */
export function formatContractNumber(officeCode: string, serial: number): string {
  if (!/^\d{5}$/.test(officeCode)) throw new Error(`office code must be 5 digits: ${officeCode}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999) throw new Error(`serial out of range: ${serial}`);
  const digits = `${officeCode}${String(serial).padStart(5, '0')}`;
  return `${officeCode}-${digits.slice(5)}${mod3736CheckCharacter(digits)}`;
}

export function isValidContractNumber(text: string): boolean {
  return CONTRACT_NUMBER_PATTERN.test(text) && hasValidMod3736Check(text.replace('-', ''));
}

export type ContractNumberReading =
  { kind: 'valid'; contractNumber: string } | { kind: 'typo'; contractNumber: string } | { kind: 'malformed' };

// Every dash look-alike (DASH_LIKE), the long vowel mark ー and box-drawing lines read as the hyphen.
const SEPARATORS = new RegExp(`[\\s${DASH_LIKE.replace(/[-\\\]^]/g, '\\$&')}\u30FC\u2500\u2501]`, 'gu');

/**
 * Reads a contract number as people type it: any case, full-width characters, spaces, with or
 * without the hyphen, and any dash look-alike for the hyphen (−, –, ―, ー…). Says whether the
 * check character shows a typo.
 */
export function readContractNumber(input: string): ContractNumberReading {
  const compact = input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (!/^\d{10}[0-9A-Z]$/.test(compact)) return { kind: 'malformed' };
  const contractNumber = `${compact.slice(0, 5)}-${compact.slice(5)}`;
  return hasValidMod3736Check(compact) ? { kind: 'valid', contractNumber } : { kind: 'typo', contractNumber };
}
