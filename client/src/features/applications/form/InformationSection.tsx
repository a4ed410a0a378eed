import { Group, Input, NativeSelect, Radio, Text, TextInput, Textarea } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRow, radioRow } from './field-row';
import { FormSection } from './FormSection';
import { emptyInformation, type FormOptions, type InformationForm } from './form-model';
import classes from './form-section.module.css';
import { useApplicationFormContext } from './use-application-form';

interface InformationSectionProps {
  options: FormOptions;
  /** 弊社からお客様へのお知らせ: the branch's message, when it returned the application */
  messageFromBranch?: string | null;
}

/** インフォメーション: where the application goes, the issuance notice, and whom to contact. */
export function InformationSection({ options, messageFromBranch }: InformationSectionProps) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const text = (field: keyof InformationForm) => form.getInputProps(`information.${field}`);
  const destinationId = useId();
  const contactId = useId();

  return (
    <FormSection
      id="information"
      heading={t('applications.information.heading')}
      clearLabel={t('applications.information.clear')}
      onClear={() => form.setFieldValue('information', emptyInformation())}
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
            inputWidth: '16rem',
          })}
          {...text('destinationBranchId')}
          data={[
            { value: '', label: t('applications.information.branchPlaceholder') },
            ...options.branches.map((b) => ({ value: b.id, label: b.name })),
          ]}
        />
        <Radio.Group
          {...radioRow({ label: t('applications.information.issuanceNotice') })}
          {...text('issuanceNoticeWanted')}
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
            required: form.values.information.issuanceNoticeWanted === 'yes',
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
          {...fieldRow({ label: t('applications.information.messageToBranch'), inputWidth: '40rem' })}
          {...text('messageToBranch')}
          rows={4}
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
