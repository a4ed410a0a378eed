import { codePointLabel, findForbiddenCharacter } from '@esurety/schema';
import type { TFunction } from 'i18next';

/**
 * The catalogue's message for the first character of `text` no text field takes (the server's
 * own rule, schema/src/characters.ts), naming the field, the code point and its kind; or null.
 */
export function forbiddenCharacterText(t: TFunction, field: string, text: string, options?: { multiline?: boolean }): string | null {
  const found = findForbiddenCharacter(text, options);
  if (!found) return null;
  return t('form.forbiddenCharacter', { field, codePoint: codePointLabel(found.codePoint), kind: t(`characterKind.${found.kind}`) });
}
