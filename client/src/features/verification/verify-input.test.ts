import { describe, expect, it } from 'vitest';
import { checkVerifyInput, readVerifyFragment } from './verify-input';

describe('verify input', () => {
  it('reads the number and key from the QR code’s fragment, and nothing from any other', () => {
    expect(readVerifyFragment('#number=20075-00001R&key=Z28YUE4J3Bux')).toEqual({
      contractNumber: '20075-00001R',
      authKey: 'Z28YUE4J3Bux',
    });
    expect(readVerifyFragment('#number=20075-00001R')).toEqual({ contractNumber: '20075-00001R' });
    expect(readVerifyFragment('#main-content')).toBeNull();
    expect(readVerifyFragment('')).toBeNull();
  });

  it('sends nothing that cannot match: empty fields, a typo in the number, a key of the wrong shape', () => {
    expect(checkVerifyInput({ contractNumber: ' ', authKey: '' })).toEqual({ contractNumber: 'required', authKey: 'required' });
    expect(checkVerifyInput({ contractNumber: '20075-00001X', authKey: 'Z28YUE4J3Bu' })).toEqual({
      contractNumber: 'typo',
      authKey: 'malformed',
    });
    // 0 and O are not in the key alphabet.
    expect(checkVerifyInput({ contractNumber: '2007500001r', authKey: 'Z28YUE4J3B0x' })).toEqual({ authKey: 'malformed' });
  });

  it('takes the number however it is typed and a full-width key, leaving the number’s format to the server', () => {
    expect(checkVerifyInput({ contractNumber: '２００７５－０００００１ｒ', authKey: ' Ｚ２８ＹＵＥ４Ｊ３Ｂｕｘ ' })).toEqual({});
    expect(checkVerifyInput({ contractNumber: '20075', authKey: 'Z28YUE4J3Bux' })).toEqual({});
  });

  it('reads every dash look-alike as the hyphen, and refuses invisible characters before sending (issue 11 §4, §5)', () => {
    for (const dash of ['\u2212', '\u2013', '\u2010', '\u2015', '\uFF0D', 'ー']) {
      expect(checkVerifyInput({ contractNumber: `20075${dash}00001R`, authKey: 'Z28YUE4J3Bux' }), dash).toEqual({});
    }
    expect(checkVerifyInput({ contractNumber: '20075-00001R\u202E', authKey: 'Z28YUE4J3Bux\u200B' })).toEqual({
      contractNumber: 'forbidden',
      authKey: 'forbidden',
    });
  });
});
