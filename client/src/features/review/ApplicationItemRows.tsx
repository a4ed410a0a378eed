import { formatYen, ratioPercent } from '@esurety/schema';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { DetailRow } from '../../ui/DetailTable';

export const ApplicationItemFieldsFragment = graphql(`
  fragment ApplicationItemFields on ApplicationItem {
    id
    kind
    certificateFormat
    currentYearTargetAmount
    amount
    depositBank
    redeposit
    feePaymentMethod
    feeBillingParty
    feeStatementWanted
  }
`);

/**
 * The rows of one kind's terms as the application form has them: 前払金保証 with its target
 * amount, deposit bank and re-deposit; 契約保証 without. The amount carries its ratio.
 */
export function useApplicationItemRows(
  item: FragmentType<typeof ApplicationItemFieldsFragment> | null | undefined,
  contractAmount: number | null | undefined,
): DetailRow[] {
  const { t } = useTranslation();
  const i = getFragmentData(ApplicationItemFieldsFragment, item);
  if (!i) return [];
  const advance = i.kind !== 'CONTRACT';
  const none = t('review.detail.none');
  const wanted = (value: boolean | null | undefined) =>
    value == null ? none : value ? t('review.detail.wanted') : t('review.detail.notWanted');

  const base = advance && i.currentYearTargetAmount ? i.currentYearTargetAmount : contractAmount;
  const percent = i.amount != null && base ? ratioPercent(i.amount, base) : null;
  const amount =
    i.amount == null
      ? none
      : percent
        ? `${formatYen(i.amount)} ${t('review.detail.ratio', {
            base: advance && i.currentYearTargetAmount ? t('review.detail.ratioBaseTarget') : t('review.detail.ratioBaseContract'),
            percent,
          })}`
        : formatYen(i.amount);

  const rows: DetailRow[] = [
    { label: t('review.detail.certificateFormat'), value: i.certificateFormat ? t(`guarantee.format.${i.certificateFormat}`) : none },
  ];
  if (advance) {
    rows.push({
      label: t('review.detail.currentYearTargetAmount'),
      value: i.currentYearTargetAmount != null ? formatYen(i.currentYearTargetAmount) : none,
    });
  }
  rows.push({ label: advance ? t('review.detail.advanceAmount') : t('review.detail.contractGuaranteeAmount'), value: amount });
  if (advance) {
    rows.push(
      { label: t('review.detail.depositBank'), value: i.depositBank ?? none },
      {
        label: t('review.detail.redeposit'),
        value: i.redeposit == null ? none : i.redeposit ? t('review.detail.redepositUsed') : t('review.detail.redepositNotUsed'),
      },
    );
  }
  rows.push(
    { label: t('review.detail.feePaymentMethod'), value: t(`review.detail.feePaymentMethodValue.${i.feePaymentMethod}`) },
    { label: t('review.detail.feeBillingParty'), value: i.feeBillingParty ?? none },
    { label: t('review.detail.feeStatement'), value: wanted(i.feeStatementWanted) },
  );
  return rows;
}
