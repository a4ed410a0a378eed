import { Checkbox, Group, Input, NativeSelect, Radio, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldHelp } from './FieldHelp';
import { fieldRow, radioRow } from './field-row';
import { asksElectronicAllowed, ordererById, type FieldMessages, type FormOptions, type WorkForm } from './form-model';
import { JointVentureFields } from './JointVentureFields';
import { YenInput } from './YenInput';

interface NewWorkFieldsProps {
  value: WorkForm;
  onChange: (next: WorkForm) => void;
  options: FormOptions;
  errors: FieldMessages;
  touch: (field: string) => void;
}

/** 請負工事の情報 of a work not registered yet. */
export function NewWorkFields({ value, onChange, options, errors, touch }: NewWorkFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof WorkForm>(key: K, v: WorkForm[K]) => onChange({ ...value, [key]: v });
  const error = (field: string) => errors[`work.${field}`];
  const text = (field: 'name' | 'location' | 'jointVentureName') => ({
    value: value[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: () => touch(`work.${field}`),
  });
  const dateField = value.dateKind === 'announced' ? 'announcedOn' : 'nominatedOn';
  const dateLabel = t(`applications.work.dateKind.${value.dateKind}`);

  return (
    <>
      <TextInput
        {...fieldRow({ label: t('applications.work.name'), required: true, help: t('applications.help.workName'), error: error('name') })}
        {...text('name')}
      />
      <NativeSelect
        {...fieldRow({
          label: t('applications.work.orderer'),
          required: true,
          help: t('applications.help.orderer'),
          error: error('ordererId'),
        })}
        value={value.ordererId}
        onChange={(e) => set('ordererId', e.currentTarget.value)}
        onBlur={() => touch('work.ordererId')}
        data={[
          { value: '', label: t('applications.work.ordererPlaceholder') },
          ...options.orderers.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      {asksElectronicAllowed(ordererById(options, value.ordererId)) && (
        <Input.Wrapper
          {...fieldRow({ label: t('applications.work.electronicAllowedRow'), help: t('applications.help.electronicAllowed') })}
          labelElement="div"
        >
          <Checkbox
            py={4}
            label={t('applications.work.electronicAllowed')}
            checked={value.electronicAllowedByOrderer}
            onChange={(e) => set('electronicAllowedByOrderer', e.currentTarget.checked)}
          />
        </Input.Wrapper>
      )}
      <TextInput
        {...fieldRow({ label: t('applications.work.location'), required: true, error: error('location') })}
        {...text('location')}
      />
      <YenInput
        {...fieldRow({ label: t('applications.work.contractAmount'), required: true, error: error('contractAmount'), inputWidth: '14rem' })}
        value={value.contractAmount}
        onChange={(v) => set('contractAmount', v)}
        onBlur={() => touch('work.contractAmount')}
      />
      <TextInput
        {...fieldRow({ label: t('applications.work.contractDate'), required: true, error: error('contractDate'), inputWidth: '12rem' })}
        type="date"
        value={value.contractDate}
        onChange={(e) => set('contractDate', e.currentTarget.value)}
        onBlur={() => touch('work.contractDate')}
      />
      <TextInput
        {...fieldRow({
          label: t('applications.work.period'),
          required: true,
          error: error('startDate') ?? error('endDate'),
          inputWidth: '12rem',
          after: (
            <>
              <Text aria-hidden>〜</Text>
              <TextInput
                type="date"
                w="12rem"
                aria-label={t('applications.work.endDate')}
                required
                error={Boolean(error('endDate'))}
                value={value.endDate}
                onChange={(e) => set('endDate', e.currentTarget.value)}
                onBlur={() => touch('work.endDate')}
              />
              <FieldHelp label={t('applications.work.period')} text={t('applications.help.period')} />
            </>
          ),
        })}
        aria-label={t('applications.work.startDate')}
        type="date"
        value={value.startDate}
        onChange={(e) => set('startDate', e.currentTarget.value)}
        onBlur={() => touch('work.startDate')}
      />
      <Radio.Group
        {...radioRow({
          label: t('applications.work.dateKind.label'),
          error: error(dateField),
          inputWidth: 'auto',
          after: (
            <>
              <TextInput
                type="date"
                w="12rem"
                aria-label={dateLabel}
                error={Boolean(error(dateField))}
                value={value.announcedOrNominatedOn}
                onChange={(e) => set('announcedOrNominatedOn', e.currentTarget.value)}
              />
              <FieldHelp label={t('applications.work.dateKind.label')} text={t('applications.help.announcedOrNominated')} />
            </>
          ),
        })}
        value={value.dateKind}
        onChange={(kind) => set('dateKind', kind as WorkForm['dateKind'])}
      >
        <Group gap="lg" py={4}>
          <Radio value="announced" label={t('applications.work.dateKind.announced')} />
          <Radio value="nominated" label={t('applications.work.dateKind.nominated')} />
        </Group>
      </Radio.Group>
      <TextInput
        {...fieldRow({
          label: t('applications.work.jointVentureName'),
          help: t('applications.help.jointVenture'),
          error: error('jointVentureName'),
        })}
        {...text('jointVentureName')}
      />
      <JointVentureFields
        members={value.members}
        onChange={(members) => set('members', members)}
        contractor={options.contractor}
        errors={errors}
      />
    </>
  );
}
