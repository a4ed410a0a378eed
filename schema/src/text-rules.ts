/** Length limits of free-text fields, in characters. */
export const TEXT_LIMITS = {
  name: 200,
  location: 200,
  memberName: 100,
  memberAddress: 200,
  depositBank: 100,
  feeBillingParty: 100,
  email: 254,
  contact: 100,
  phone: 30,
  message: 2000,
} as const;

// C0 and C1 control characters and DEL; multi-line fields may keep line feeds and tabs.
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_NEWLINES = /(?![\t\n\r])\p{Cc}/u;

export function hasControlCharacters(text: string, { multiline = false } = {}): boolean {
  return (multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL).test(text);
}

/** Length as a person counts it: one per character, whatever its UTF-16 size. */
export function characterCount(text: string): number {
  return [...text].length;
}

// The rule browsers apply to <input type="email"> (WHATWG HTML).
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isValidEmail(text: string): boolean {
  return text.length <= TEXT_LIMITS.email && EMAIL.test(text);
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
