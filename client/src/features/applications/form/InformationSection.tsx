import { Group, Input, NativeSelect, Radio, Text, TextInput, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import { FormSection } from './FormSection';
import { emptyInformation, type FieldMessages, type FormOptions, type InformationForm } from './form-model';
import classes from './form-section.module.css';

interface InformationSectionProps {
  value: InformationForm;
  onChange: (next: InformationForm) => void;
  options: FormOptions;
  errors: FieldMessages;
  touch: (field: string) => void;
  /** 弊社からお客様へのお知らせ: the branch's message, when it returned the application */
  messageFromBranch?: string | null;
}

/** インフォメーション: where the application goes, the issuance notice, and whom to contact. */
export function InformationSection({ value, onChange, options, errors, touch, messageFromBranch }: InformationSectionProps) {
  const { t } = useTranslation();
  const set = <K extends keyof InformationForm>(key: K, v: InformationForm[K]) => onChange({ ...value, [key]: v });
  const text = (field: 'notifyEmail' | 'contactDepartment' | 'contactTitle' | 'contactName' | 'contactPhone') => ({
    value: value[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: () => touch(field),
    error: errors[field],
  });
  const destinationId = useId();
  const contactId = useId();

  return (
    <FormSection
      id="information"
      heading={t('applications.information.heading')}
      clearLabel={t('applications.information.clear')}
      onClear={() => onChange(emptyInformation())}
    >
      <section aria-labelledby={destinationId} className={classes.subsection}>
        <div className={classes.subheadingBar}>
          <h3 id={destinationId} className={classes.subheading}>
            {t('applications.information.destinationHeading')}
          </h3>
        </div>
        <NativeSelect
          {...fieldRow({
            label: t('applications.information.destinationBranch'),
            required: true,
            help: t('applications.help.destinationBranch'),
            error: errors.destinationBranchId,
            inputWidth: '16rem',
          })}
          value={value.destinationBranchId}
          onChange={(e) => set('destinationBranchId', e.currentTarget.value)}
          onBlur={() => touch('destinationBranchId')}
          data={[
            { value: '', label: t('applications.information.branchPlaceholder') },
            ...options.branches.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
        <Radio.Group
          {...radioRow({ label: t('applications.information.issuanceNotice'), error: errors.issuanceNoticeWanted })}
          value={value.issuanceNoticeWanted}
          onChange={(v) => set('issuanceNoticeWanted', v as InformationForm['issuanceNoticeWanted'])}
          description={t('applications.information.issuanceNoticeNote')}
        >
          <Group gap="lg" py={4}>
            <Radio value="yes" label={t('applications.choice.wanted')} />
            <Radio value="no" label={t('applications.choice.notWanted')} />
          </Group>
        </Radio.Group>
        <TextInput
          {...fieldRow({
            label: t('applications.information.notifyEmail'),
            required: value.issuanceNoticeWanted === 'yes',
            help: t('applications.help.notifyEmail'),
          })}
          {...text('notifyEmail')}
          type="email"
          autoComplete="email"
        />
      </section>

      <section aria-labelledby={contactId} className={classes.subsection}>
        <div className={classes.subheadingBar}>
          <h3 id={contactId} className={classes.subheading}>
            {t('applications.information.contactHeading')}
          </h3>
        </div>
        <TextInput
          {...fieldRow({ label: t('applications.information.contactDepartment'), help: t('applications.help.contactDepartment') })}
          {...text('contactDepartment')}
          autoComplete="organization-title"
        />
        <TextInput {...fieldRow({ label: t('applications.information.contactTitle') })} {...text('contactTitle')} />
        <TextInput {...fieldRow({ label: t('applications.information.contactName') })} {...text('contactName')} autoComplete="name" />
        <TextInput
          {...fieldRow({ label: t('applications.information.contactPhone'), inputWidth: '16rem' })}
          {...text('contactPhone')}
          type="tel"
          autoComplete="tel"
        />
        <Textarea
          {...fieldRow({ label: t('applications.information.messageToBranch'), inputWidth: '40rem', error: errors.messageToBranch })}
          rows={4}
          value={value.messageToBranch}
          onChange={(e) => set('messageToBranch', e.currentTarget.value)}
        />
        <Input.Wrapper {...fieldRow({ label: t('applications.information.messageFromBranch'), inputWidth: '40rem' })} labelElement="div">
          <Text py={4} style={{ whiteSpace: 'pre-wrap' }} data-testid="message-from-branch">
            {messageFromBranch?.trim() ? messageFromBranch : t('applications.information.noMessageFromBranch')}
          </Text>
        </Input.Wrapper>
      </section>
    </FormSection>
  );
}
