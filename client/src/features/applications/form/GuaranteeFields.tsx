import { parseYen, ratioPercent, toFullWidth } from '@esurety/schema';
import { Anchor, Group, Radio, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import { useApplicationFormContext } from './use-application-form';
import { YenInput } from './YenInput';

export type GuaranteeKey = 'advancePayment' | 'contractGuarantee';

interface GuaranteeFieldsProps {
  kind: GuaranteeKey;
  /** the work's 請負金額, the base of the ratio unless a 今年度対象額 is given */
  contractAmount: number | null;
  onShowElectronicOrderers: () => void;
}

/** The share of an amount as the form shows it: "40.0", "0.0" before an amount, "－" without a base. */
export function ratioText(amountTyped: string, base: number | null): string {
  if (base === null) return '－';
  const amount = parseYen(amountTyped);
  return amount.ok ? (ratioPercent(amount.value, base) ?? '－') : '0.0';
}

/** The fields of one kind of guarantee (保証の申込内容), as Net Desk lays them out. */
export function GuaranteeFields({ kind, contractAmount, onShowElectronicOrderers }: GuaranteeFieldsProps) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const value = form.values[kind];
  const advance = kind === 'advancePayment';
  const inputProps = (field: keyof typeof value) => form.getInputProps(`${kind}.${field}`);

  const target = parseYen(value.currentYearTargetAmount);
  const base = advance && target.ok ? target.value : contractAmount;
  const ratio = ratioText(value.amount, base);
  const fullWidth = toFullWidth(value.depositBank.trim());

  return (
    <>
      <Radio.Group
        {...radioRow({
          label: t('applications.guarantee.certificateFormat'),
          required: true,
          help: t('applications.help.certificateFormat'),
        })}
        {...inputProps('certificateFormat')}
        description={
          <>
            {t('applications.guarantee.electronicNoteBefore')}
            <Anchor component="button" type="button" fz="inherit" onClick={onShowElectronicOrderers}>
              {t('applications.guarantee.electronicNoteLink')}
            </Anchor>
            {t('applications.guarantee.electronicNoteAfter')}
          </>
        }
      >
        <Group gap="lg" py={4}>
          <Radio value="PAPER" label={t('applications.certificateFormat.PAPER')} />
          <Radio value="ELECTRONIC" label={t('applications.certificateFormat.ELECTRONIC')} />
        </Group>
      </Radio.Group>

      {advance && (
        <YenInput
          {...fieldRow({
            label: t('applications.guarantee.currentYearTargetAmount'),
            help: t('applications.help.currentYearTargetAmount'),
            inputWidth: '14rem',
            after: <Text size="sm">{t('applications.guarantee.currentYearTargetNote')}</Text>,
          })}
          {...inputProps('currentYearTargetAmount')}
        />
      )}

      <YenInput
        {...fieldRow({
          label: advance ? t('applications.guarantee.advanceAmount') : t('applications.guarantee.contractAmount'),
          required: true,
          help: advance ? t('applications.help.advanceAmount') : t('applications.help.contractAmount'),
          inputWidth: '14rem',
          after: (
            <Text size="sm" data-testid={`${kind}-ratio`}>
              {advance ? t('applications.guarantee.advanceRatio', { ratio }) : t('applications.guarantee.contractRatio', { ratio })}
            </Text>
          ),
        })}
        {...inputProps('amount')}
      />

      {advance && (
        <TextInput
          {...fieldRow({
            label: t('applications.guarantee.depositBank'),
            required: true,
            help: t('applications.help.depositBank'),
          })}
          {...inputProps('depositBank')}
          description={
            fullWidth && fullWidth !== value.depositBank.trim()
              ? t('applications.guarantee.depositBankConverted', { value: fullWidth })
              : t('applications.guarantee.depositBankNote')
          }
        />
      )}

      {advance && (
        <Radio.Group {...radioRow({ label: t('applications.guarantee.redeposit'), required: true })} {...inputProps('redeposit')}>
          <Group gap="lg" py={4}>
            <Radio value="no" label={t('applications.guarantee.redepositNo')} />
            <Radio value="yes" label={t('applications.guarantee.redepositYes')} />
          </Group>
        </Radio.Group>
      )}

      <Radio.Group
        {...radioRow({
          label: advance ? t('applications.guarantee.advanceFeePaymentMethod') : t('applications.guarantee.contractFeePaymentMethod'),
          required: true,
        })}
        {...inputProps('feePaymentMethod')}
      >
        <Group gap="lg" py={4}>
          <Radio value="LUMP_SUM" label={t('applications.feePaymentMethod.LUMP_SUM')} />
        </Group>
      </Radio.Group>

      <TextInput
        {...fieldRow({
          label: advance ? t('applications.guarantee.advanceFeeBillingParty') : t('applications.guarantee.contractFeeBillingParty'),
          required: true,
          help: t('applications.help.feeBillingParty'),
        })}
        {...inputProps('feeBillingParty')}
      />

      <Radio.Group
        {...radioRow({ label: t('applications.guarantee.feeStatement'), required: true })}
        {...inputProps('feeStatementWanted')}
        description={t('applications.guarantee.feeStatementNote')}
      >
        <Group gap="lg" py={4}>
          <Radio value="yes" label={t('applications.choice.wanted')} />
          <Radio value="no" label={t('applications.choice.notWanted')} />
        </Group>
      </Radio.Group>
    </>
  );
}
