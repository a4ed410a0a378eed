import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ElectronicOrderersModal } from '../orderers/ElectronicOrderersModal';
import { ErrorSummary } from './ErrorSummary';
import { checkForm, contractAmountOf, type ApplicationFormValue, type FieldMessages, type FormOptions } from './form-model';
import { GuaranteeSection } from './GuaranteeSection';
import { InformationSection } from './InformationSection';
import { WorkSection } from './WorkSection';

export interface ApplicationFormProps {
  value: ApplicationFormValue;
  onChange: (next: ApplicationFormValue) => void;
  options: FormOptions;
  /** the date of the application (YYYY-MM-DD, Japan), for the orderers' electronic rules */
  today: string;
  /** what the server said at the last save or send, field by field */
  serverErrors: FieldMessages;
  /** after 「確認へ」 failed: required fields are reported too, not only those already left */
  showRequired: boolean;
  /** counts failed attempts: each one brings the error summary into focus */
  attempt: number;
  /** 手続状況 of the application as saved */
  statusLabel: string;
  messageFromBranch?: string | null;
  busy: 'save' | 'confirm' | null;
  onSaveDraft: () => void;
  onConfirm: () => void;
  /** a note above the form, e.g. 「下書きを保存しました。」 */
  notice?: ReactNode;
}

/** Step 1, 申込作成: the Net Desk application screen, checked by the shared rules as it is filled. */
export function ApplicationForm(props: ApplicationFormProps) {
  const { value, onChange, options, today, serverErrors, showRequired, attempt } = props;
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [orderersOpen, orderers] = useDisclosure(false);
  const touch = (field: string) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));

  const errors = useMemo(() => {
    const draft = checkForm(value, options, 'draft', today);
    const submit = checkForm(value, options, 'submit', today);
    const shown: FieldMessages = { ...serverErrors };
    for (const [field, message] of Object.entries(draft)) shown[field] ??= message;
    for (const [field, message] of Object.entries(submit)) {
      if (showRequired || touched.has(field)) shown[field] ??= message;
    }
    return shown;
  }, [value, options, today, serverErrors, showRequired, touched]);

  const contractAmount = contractAmountOf(value, options);
  const sections = [
    { id: 'work', label: t('applications.work.heading') },
    { id: 'guarantee', label: t('applications.guarantee.heading') },
    { id: 'information', label: t('applications.information.heading') },
  ];

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onConfirm();
      }}
    >
      <Stack gap="lg">
        {attempt > 0 && <ErrorSummary messages={[...new Set(Object.values(errors))]} attempt={attempt} />}
        {props.notice}
        <Group component="nav" aria-label={t('applications.form.sectionsNav')} gap="xs">
          {sections.map((s, i) => (
            <Group key={s.id} gap="xs">
              {i > 0 && <span aria-hidden>/</span>}
              <Anchor href={`#${s.id}`}>{s.label}</Anchor>
            </Group>
          ))}
        </Group>
        <WorkSection value={value} onChange={onChange} options={options} errors={errors} touch={touch} />
        <GuaranteeSection
          value={value}
          onChange={onChange}
          errors={errors}
          touch={touch}
          contractAmount={contractAmount}
          statusLabel={props.statusLabel}
          onShowElectronicOrderers={orderers.open}
        />
        <InformationSection
          value={value.information}
          onChange={(information) => onChange({ ...value, information })}
          options={options}
          errors={errors}
          touch={touch}
          messageFromBranch={props.messageFromBranch}
        />
        <Group justify="center" gap="md">
          <Button variant="outline" size="md" onClick={props.onSaveDraft} loading={props.busy === 'save'} disabled={props.busy !== null}>
            {t('applications.form.saveDraft')}
          </Button>
          <Button type="submit" size="md" loading={props.busy === 'confirm'} disabled={props.busy !== null}>
            {t('applications.form.toConfirm')}
          </Button>
        </Group>
      </Stack>
      <ElectronicOrderersModal opened={orderersOpen} onClose={orderers.close} />
    </form>
  );
}
