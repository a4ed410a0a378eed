import { formatYen } from '@esurety/schema';
import { Group, NativeSelect, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import { FormSection } from './FormSection';
import { workById, type FormOptions } from './form-model';
import { NewWorkFields } from './NewWorkFields';
import { useApplicationFormContext } from './use-application-form';
import { WorkDetails } from './WorkDetails';

/** 請負工事の情報: one of the contractor's works, or a new one entered here. */
export function WorkSection({ options }: { options: FormOptions }) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const chosen = workById(options, form.values.workId);
  return (
    <FormSection id="work" heading={t('applications.work.heading')}>
      <Radio.Group
        {...radioRow({ label: t('applications.work.mode.label'), required: true, help: t('applications.help.workMode') })}
        {...form.getInputProps('workMode')}
      >
        <Group gap="lg" py={4}>
          <Radio value="existing" label={t('applications.work.mode.existing')} />
          <Radio value="new" label={t('applications.work.mode.new')} />
        </Group>
      </Radio.Group>

      {form.values.workMode === 'existing' ? (
        <>
          <NativeSelect
            {...fieldRow({ label: t('applications.work.select'), required: true })}
            {...form.getInputProps('workId')}
            data={[
              { value: '', label: t('applications.work.selectPlaceholder') },
              ...options.works.map((w) => ({
                value: w.id,
                label: `${w.name}（${w.orderer.name}・${formatYen(w.contractAmount)}）`,
              })),
            ]}
          />
          {chosen && <WorkDetails work={chosen} />}
        </>
      ) : (
        <NewWorkFields options={options} />
      )}
    </FormSection>
  );
}
