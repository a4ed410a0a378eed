import type { TFunction } from 'i18next';
import type { IssuanceHiddenReason, IssuanceKind } from '../../gql/graphql';

interface IssuanceLike {
  kind: IssuanceKind;
  changeNumber?: number | null;
  hiddenReason?: IssuanceHiddenReason | null;
}

/** 対象 as the history names it: 新規, 変更 N, 訂正, 取消. */
export function issuanceTargetLabel(t: TFunction, issuance: IssuanceLike): string {
  if (issuance.kind === 'CHANGE') return t('guarantee.history.kind.CHANGE', { number: issuance.changeNumber ?? '' });
  return t(`guarantee.history.kind.${issuance.kind}`);
}

/** The staff's marker on an entry the contractor and the orderer no longer see. */
export function hiddenMarkerLabel(t: TFunction, issuance: IssuanceLike): string | null {
  return issuance.hiddenReason ? t(`guarantee.history.hidden.${issuance.hiddenReason}`) : null;
}

/** The latest entry still shown to the contractor: the one a 訂正 or 変更取消 acts on. */
export function latestVisible<T extends IssuanceLike & { sequence: number }>(issuances: readonly T[]): T | undefined {
  return issuances
    .filter((i) => !i.hiddenReason)
    .reduce<T | undefined>((latest, i) => (!latest || i.sequence > latest.sequence ? i : latest), undefined);
}
