import { parseYen, ratioPercent, toFullWidth } from '@esurety/schema';
import { Anchor, Group, Radio, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import type { FieldMessages, GuaranteeForm } from './form-model';
import { YenInput } from './YenInput';

export type GuaranteeKey = 'advancePayment' | 'contractGuarantee';

interface GuaranteeFieldsProps {
  kind: GuaranteeKey;
  value: GuaranteeForm;
  onChange: (next: GuaranteeForm) => void;
  errors: FieldMessages;
  touch: (field: string) => void;
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
export function GuaranteeFields({ kind, value, onChange, errors, touch, contractAmount, onShowElectronicOrderers }: GuaranteeFieldsProps) {
  const { t } = useTranslation();
  const advance = kind === 'advancePayment';
  const set = <K extends keyof GuaranteeForm>(key: K, v: GuaranteeForm[K]) => onChange({ ...value, [key]: v });
  const error = (field: string) => errors[`${kind}.${field}`];

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
          error: error('certificateFormat'),
        })}
        value={value.certificateFormat}
        onChange={(v) => set('certificateFormat', v as GuaranteeForm['certificateFormat'])}
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
            error: error('currentYearTargetAmount'),
            inputWidth: '14rem',
            after: <Text size="sm">{t('applications.guarantee.currentYearTargetNote')}</Text>,
          })}
          value={value.currentYearTargetAmount}
          onChange={(v) => set('currentYearTargetAmount', v)}
          onBlur={() => touch(`${kind}.currentYearTargetAmount`)}
        />
      )}

      <YenInput
        {...fieldRow({
          label: advance ? t('applications.guarantee.advanceAmount') : t('applications.guarantee.contractAmount'),
          required: true,
          help: advance ? t('applications.help.advanceAmount') : t('applications.help.contractAmount'),
          error: error('amount'),
          inputWidth: '14rem',
          after: (
            <Text size="sm" data-testid={`${kind}-ratio`}>
              {advance ? t('applications.guarantee.advanceRatio', { ratio }) : t('applications.guarantee.contractRatio', { ratio })}
            </Text>
          ),
        })}
        value={value.amount}
        onChange={(v) => set('amount', v)}
        onBlur={() => touch(`${kind}.amount`)}
      />

      {advance && (
        <TextInput
          {...fieldRow({
            label: t('applications.guarantee.depositBank'),
            required: true,
            help: t('applications.help.depositBank'),
            error: error('depositBank'),
          })}
          value={value.depositBank}
          onChange={(e) => set('depositBank', e.currentTarget.value)}
          onBlur={() => touch(`${kind}.depositBank`)}
          description={
            fullWidth && fullWidth !== value.depositBank.trim()
              ? t('applications.guarantee.depositBankConverted', { value: fullWidth })
              : t('applications.guarantee.depositBankNote')
          }
        />
      )}

      {advance && (
        <Radio.Group
          {...radioRow({ label: t('applications.guarantee.redeposit'), required: true, error: error('redeposit') })}
          value={value.redeposit}
          onChange={(v) => set('redeposit', v as GuaranteeForm['redeposit'])}
        >
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
          error: error('feePaymentMethod'),
        })}
        value={value.feePaymentMethod}
        onChange={(v) => set('feePaymentMethod', v as GuaranteeForm['feePaymentMethod'])}
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
          error: error('feeBillingParty'),
        })}
        value={value.feeBillingParty}
        onChange={(e) => set('feeBillingParty', e.currentTarget.value)}
        onBlur={() => touch(`${kind}.feeBillingParty`)}
      />

      <Radio.Group
        {...radioRow({ label: t('applications.guarantee.feeStatement'), required: true, error: error('feeStatementWanted') })}
        value={value.feeStatementWanted}
        onChange={(v) => set('feeStatementWanted', v as GuaranteeForm['feeStatementWanted'])}
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
