/**
 * 認証キー: 12 characters of a mixed-case alphabet without look-alikes (0/O/o, 1/l/I): 56 symbols,
 * so a key carries 12·log2(56) ≈ 69.7 bits.
 */
export const AUTH_KEY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
export const AUTH_KEY_LENGTH = 12;

const AUTH_KEY_PATTERN = new RegExp(`^[${AUTH_KEY_ALPHABET}]{${AUTH_KEY_LENGTH}}$`);

export function isWellFormedAuthKey(text: string): boolean {
  return AUTH_KEY_PATTERN.test(text);
}
