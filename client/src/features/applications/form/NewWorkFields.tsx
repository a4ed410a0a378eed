import { DATE_RANGE } from '@esurety/schema';
import { Checkbox, Group, Input, NativeSelect, Radio, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EraDateInput } from '../../../ui/EraDateInput';
import { FieldHelp } from './FieldHelp';
import { fieldRow, radioRow } from './field-row';
import { asksElectronicAllowed, ordererById, type FormOptions } from './form-model';
import { JointVentureFields } from './JointVentureFields';
import { useApplicationFormContext } from './use-application-form';
import { YenInput } from './YenInput';

const DATE_WIDTH = '13rem';

/** 請負工事の情報 of a work not registered yet. */
export function NewWorkFields({ options }: { options: FormOptions }) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const work = form.values.work;
  const dateLabel = t(`applications.work.dateKind.${work.dateKind}`);
  const dateProps = (path: string) => ({ ...form.getInputProps(path), min: DATE_RANGE.min, max: DATE_RANGE.max });

  return (
    <>
      <TextInput
        {...fieldRow({ label: t('applications.work.name'), required: true, help: t('applications.help.workName') })}
        {...form.getInputProps('work.name')}
      />
      <NativeSelect
        {...fieldRow({ label: t('applications.work.orderer'), required: true, help: t('applications.help.orderer') })}
        {...form.getInputProps('work.ordererId')}
        data={[
          { value: '', label: t('applications.work.ordererPlaceholder') },
          ...options.orderers.map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      {asksElectronicAllowed(ordererById(options, work.ordererId)) && (
        <Input.Wrapper
          {...fieldRow({ label: t('applications.work.electronicAllowedRow'), help: t('applications.help.electronicAllowed') })}
          labelElement="div"
        >
          <Checkbox
            py={4}
            label={t('applications.work.electronicAllowed')}
            {...form.getInputProps('work.electronicAllowedByOrderer', { type: 'checkbox' })}
          />
        </Input.Wrapper>
      )}
      <TextInput {...fieldRow({ label: t('applications.work.location'), required: true })} {...form.getInputProps('work.location')} />
      <YenInput
        {...fieldRow({ label: t('applications.work.contractAmount'), required: true, inputWidth: '14rem' })}
        {...form.getInputProps('work.contractAmount')}
      />
      <EraDateInput
        {...fieldRow({ label: t('applications.work.contractDate'), required: true, inputWidth: DATE_WIDTH })}
        {...dateProps('work.contractDate')}
      />
      <EraDateInput
        {...fieldRow({
          label: t('applications.work.period'),
          required: true,
          inputWidth: DATE_WIDTH,
          after: (
            <>
              <Text aria-hidden>〜</Text>
              <EraDateInput
                w={DATE_WIDTH}
                aria-label={t('applications.work.endDate')}
                required
                {...dateProps('work.endDate')}
                // The row's one message (below the start date) says what is wrong with either.
                error={Boolean(form.errors['work.endDate'])}
              />
              <FieldHelp label={t('applications.work.period')} text={t('applications.help.period')} />
            </>
          ),
        })}
        aria-label={t('applications.work.startDate')}
        {...dateProps('work.startDate')}
        error={form.errors['work.startDate'] ?? form.errors['work.endDate']}
      />
      <Radio.Group
        {...radioRow({
          label: t('applications.work.dateKind.label'),
          error: form.errors['work.announcedOrNominatedOn'],
          inputWidth: 'auto',
          after: (
            <>
              <EraDateInput
                w={DATE_WIDTH}
                aria-label={dateLabel}
                {...dateProps('work.announcedOrNominatedOn')}
                error={Boolean(form.errors['work.announcedOrNominatedOn'])}
              />
              <FieldHelp label={t('applications.work.dateKind.label')} text={t('applications.help.announcedOrNominated')} />
            </>
          ),
        })}
        {...form.getInputProps('work.dateKind')}
        error={form.errors['work.announcedOrNominatedOn']}
      >
        <Group gap="lg" py={4}>
          <Radio value="announced" label={t('applications.work.dateKind.announced')} />
          <Radio value="nominated" label={t('applications.work.dateKind.nominated')} />
        </Group>
      </Radio.Group>
      <TextInput
        {...fieldRow({ label: t('applications.work.jointVentureName'), help: t('applications.help.jointVenture') })}
        {...form.getInputProps('work.jointVentureName')}
      />
      <JointVentureFields contractor={options.contractor} />
    </>
  );
}
