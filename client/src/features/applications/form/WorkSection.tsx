import { formatYen } from '@esurety/schema';
import { Group, NativeSelect, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import { FormSection } from './FormSection';
import type { ApplicationFormValue, FieldMessages, FormOptions } from './form-model';
import { NewWorkFields } from './NewWorkFields';
import { WorkDetails } from './WorkDetails';

interface WorkSectionProps {
  value: ApplicationFormValue;
  onChange: (next: ApplicationFormValue) => void;
  options: FormOptions;
  errors: FieldMessages;
  touch: (field: string) => void;
}

/** 請負工事の情報: one of the contractor's works, or a new one entered here. */
export function WorkSection({ value, onChange, options, errors, touch }: WorkSectionProps) {
  const { t } = useTranslation();
  const chosen = options.works.find((w) => w.id === value.workId);
  return (
    <FormSection id="work" heading={t('applications.work.heading')}>
      <Radio.Group
        {...radioRow({ label: t('applications.work.mode.label'), required: true, help: t('applications.help.workMode') })}
        value={value.workMode}
        onChange={(mode) => onChange({ ...value, workMode: mode as ApplicationFormValue['workMode'] })}
      >
        <Group gap="lg" py={4}>
          <Radio value="existing" label={t('applications.work.mode.existing')} />
          <Radio value="new" label={t('applications.work.mode.new')} />
        </Group>
      </Radio.Group>

      {value.workMode === 'existing' ? (
        <>
          <NativeSelect
            {...fieldRow({ label: t('applications.work.select'), required: true, error: errors.workId })}
            value={value.workId}
            onChange={(e) => onChange({ ...value, workId: e.currentTarget.value })}
            onBlur={() => touch('workId')}
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
        <NewWorkFields
          value={value.work}
          onChange={(work) => onChange({ ...value, work })}
          options={options}
          errors={errors}
          touch={touch}
        />
      )}
    </FormSection>
  );
}
