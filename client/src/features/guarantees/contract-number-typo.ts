import { readContractNumber } from '@esurety/schema';

/**
 * The number as read while typing, when its check character shows a typo: the user is told at
 * once (the server says the same on submit). Incomplete input is not a typo yet: nothing to say.
 */
export function contractNumberTypo(input: string): string | null {
  const reading = readContractNumber(input);
  return reading.kind === 'typo' ? reading.contractNumber : null;
}
