import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n';
import { hiddenMarkerLabel, issuanceTargetLabel, latestVisible } from './issuance-label';

const t = i18n.getFixedT('ja');

describe('history labels', () => {
  it('name each 対象 as the flyer does: 新規, 変更 N, 訂正, 取消', () => {
    expect(issuanceTargetLabel(t, { kind: 'NEW' })).toBe('新規');
    expect(issuanceTargetLabel(t, { kind: 'CHANGE', changeNumber: 1 })).toBe('変更 1');
    expect(issuanceTargetLabel(t, { kind: 'CHANGE', changeNumber: 12 })).toBe('変更 12');
    expect(issuanceTargetLabel(t, { kind: 'CORRECTION', changeNumber: 1 })).toBe('訂正');
    expect(issuanceTargetLabel(t, { kind: 'REVOCATION' })).toBe('取消');
  });

  it('mark for staff the entries hidden from the contractor: 訂正済み, 変更取消', () => {
    expect(hiddenMarkerLabel(t, { kind: 'NEW', hiddenReason: 'CORRECTED' })).toBe('訂正済み');
    expect(hiddenMarkerLabel(t, { kind: 'CHANGE', changeNumber: 1, hiddenReason: 'CHANGE_CANCELLED' })).toBe('変更取消');
    expect(hiddenMarkerLabel(t, { kind: 'NEW', hiddenReason: null })).toBeNull();
  });

  it('speak English too', () => {
    const en = i18n.getFixedT('en');
    expect(issuanceTargetLabel(en, { kind: 'CHANGE', changeNumber: 3 })).toBe('Change 3');
    expect(hiddenMarkerLabel(en, { kind: 'NEW', hiddenReason: 'CORRECTED' })).toBe('Corrected');
  });

  it('find the latest entry still shown, skipping hidden ones', () => {
    const entries = [
      { sequence: 1, kind: 'NEW' as const, hiddenReason: null },
      { sequence: 3, kind: 'CHANGE' as const, changeNumber: 1, hiddenReason: 'CHANGE_CANCELLED' as const },
      { sequence: 2, kind: 'CHANGE' as const, changeNumber: 1, hiddenReason: 'CORRECTED' as const },
    ];
    expect(latestVisible(entries)?.sequence).toBe(1);
    expect(latestVisible([...entries, { sequence: 4, kind: 'CHANGE' as const, changeNumber: 1, hiddenReason: null }])?.sequence).toBe(4);
    expect(latestVisible([])).toBeUndefined();
  });
});
