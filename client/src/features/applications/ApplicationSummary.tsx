import { ratioPercent } from '@esurety/schema';
import { Stack, Text, Title, type TitleOrder } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import type { ApplicationDetailsFragment } from '../../gql/graphql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { NONE, textOrNone, WorkFieldsFragment, workRows, yen, type WorkFacts } from './work-rows';

type Item = NonNullable<ApplicationDetailsFragment['advancePayment']>;
type ContractItem = NonNullable<ApplicationDetailsFragment['contractGuarantee']>;

const yesNo = (value: boolean | null | undefined, yes: string, no: string) => (value === true ? yes : value === false ? no : NONE);

/** The work of an application: the one entered (draft), else the one chosen or made from it. */
export function applicationWork(application: ApplicationDetailsFragment): WorkFacts | null {
  const work = getFragmentData(WorkFieldsFragment, application.work);
  const orderer = application.orderer ?? work?.orderer ?? null;
  // Whether the orderer allowed this work only matters where the orderer decides work by work.
  const asked = orderer?.electronicRule === 'WORKS_ALLOWED_BY_ORDERER';
  const source = application.workDraft ?? work;
  if (!source) return null;
  return {
    ...source,
    ordererName: orderer?.name ?? null,
    electronicAllowedByOrderer: asked ? (source.electronicAllowedByOrderer ?? false) : null,
    jointVentureMembers: source.jointVentureMembers ?? [],
  };
}

function guaranteeRows(
  item: Item | ContractItem,
  kind: 'advancePayment' | 'contractGuarantee',
  contractAmount: number | null | undefined,
  t: TFunction,
): DetailRow[] {
  const advance = kind === 'advancePayment' ? (item as Item) : null;
  const base = advance?.currentYearTargetAmount ?? contractAmount;
  const ratio = typeof item.amount === 'number' && typeof base === 'number' ? ratioPercent(item.amount, base) : null;
  const amount = ratio ? `${yen(item.amount)}（${ratio}%）` : yen(item.amount);
  const rows: DetailRow[] = [
    {
      label: t('applications.guarantee.certificateFormat'),
      value: item.certificateFormat ? t(`applications.certificateFormat.${item.certificateFormat}`) : NONE,
    },
  ];
  if (advance) rows.push({ label: t('applications.guarantee.currentYearTargetAmount'), value: yen(advance.currentYearTargetAmount) });
  rows.push({
    label: advance ? t('applications.guarantee.advanceAmount') : t('applications.guarantee.contractAmount'),
    value: amount,
  });
  if (advance) {
    rows.push(
      { label: t('applications.guarantee.depositBank'), value: <span data-testid="deposit-bank">{textOrNone(advance.depositBank)}</span> },
      {
        label: t('applications.guarantee.redeposit'),
        value: yesNo(advance.redeposit, t('applications.guarantee.redepositYes'), t('applications.guarantee.redepositNo')),
      },
    );
  }
  rows.push(
    {
      label: advance ? t('applications.guarantee.advanceFeePaymentMethod') : t('applications.guarantee.contractFeePaymentMethod'),
      value: t(`applications.feePaymentMethod.${item.feePaymentMethod}`),
    },
    {
      label: advance ? t('applications.guarantee.advanceFeeBillingParty') : t('applications.guarantee.contractFeeBillingParty'),
      value: textOrNone(item.feeBillingParty),
    },
    {
      label: t('applications.guarantee.feeStatement'),
      value: yesNo(item.feeStatementWanted, t('applications.choice.wanted'), t('applications.choice.notWanted')),
    },
  );
  return rows;
}

function informationRows(a: ApplicationDetailsFragment, t: TFunction): DetailRow[] {
  return [
    { label: t('applications.information.destinationBranch'), value: textOrNone(a.destinationBranch?.name) },
    {
      label: t('applications.information.issuanceNotice'),
      value: a.issuanceNoticeWanted ? t('applications.choice.wanted') : t('applications.choice.notWanted'),
    },
    { label: t('applications.information.notifyEmail'), value: textOrNone(a.notifyEmail) },
    { label: t('applications.information.contactDepartment'), value: textOrNone(a.contactDepartment) },
    { label: t('applications.information.contactTitle'), value: textOrNone(a.contactTitle) },
    { label: t('applications.information.contactName'), value: textOrNone(a.contactName) },
    { label: t('applications.information.contactPhone'), value: textOrNone(a.contactPhone) },
    {
      label: t('applications.information.messageToBranch'),
      value: <Text style={{ whiteSpace: 'pre-wrap' }}>{textOrNone(a.messageToBranch)}</Text>,
    },
    {
      label: t('applications.information.messageFromBranch'),
      value: <Text style={{ whiteSpace: 'pre-wrap' }}>{textOrNone(a.messageFromBranch)}</Text>,
    },
  ];
}

function Part({ heading, order, children }: { heading: string; order: TitleOrder; children: (id: string) => React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <Title order={order} id={id} mb="xs">
        {heading}
      </Title>
      {children(id)}
    </section>
  );
}

interface ApplicationSummaryProps {
  application: ApplicationDetailsFragment;
  /** the level of the parts' headings: 2 on a page of its own, 3 inside a step */
  headingOrder: TitleOrder;
}

/** The whole application read-only, as saved: the confirm step and the detail page show this. */
export function ApplicationSummary({ application, headingOrder }: ApplicationSummaryProps) {
  const { t } = useTranslation();
  const work = applicationWork(application);
  const kinds = [
    { key: 'advancePayment' as const, heading: t('applications.kind.ADVANCE_PAYMENT'), item: application.advancePayment },
    { key: 'contractGuarantee' as const, heading: t('applications.kind.CONTRACT'), item: application.contractGuarantee },
  ];
  return (
    <Stack gap="lg">
      <Part heading={t('applications.work.heading')} order={headingOrder}>
        {(id) => (work ? <DetailTable labelledBy={id} rows={workRows(work, t)} /> : <Text>{NONE}</Text>)}
      </Part>
      {kinds.map(({ key, heading, item }) => (
        <Part key={key} heading={heading} order={headingOrder}>
          {(id) =>
            item ? (
              <DetailTable labelledBy={id} rows={guaranteeRows(item, key, work?.contractAmount, t)} />
            ) : (
              <Text>{t('applications.guarantee.notApplied', { kind: heading })}</Text>
            )
          }
        </Part>
      ))}
      <Part heading={t('applications.information.heading')} order={headingOrder}>
        {(id) => <DetailTable labelledBy={id} rows={informationRows(application, t)} />}
      </Part>
    </Stack>
  );
}
