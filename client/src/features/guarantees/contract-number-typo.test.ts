import { describe, expect, it } from 'vitest';
import { contractNumberTypo } from './contract-number-typo';

describe('contractNumberTypo', () => {
  it('points out a typo in the check character as the user types, however they type', () => {
    expect(contractNumberTypo('20075-00001R')).toBeNull();
    expect(contractNumberTypo('２００７５０００００１ｒ')).toBeNull();
    expect(contractNumberTypo('20075-00001Q')).toBe('20075-00001Q');
    expect(contractNumberTypo('2007500002r')).toBe('20075-00002R');
    // Not a number yet: nothing to say while typing.
    expect(contractNumberTypo('20075-0')).toBeNull();
  });
});
