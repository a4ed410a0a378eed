import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ElectronicOrderersModal } from '../orderers/ElectronicOrderersModal';
import { ErrorSummary } from './ErrorSummary';
import { contractAmountOf, type FormOptions } from './form-model';
import { GuaranteeSection } from './GuaranteeSection';
import { InformationSection } from './InformationSection';
import { useApplicationFormContext } from './use-application-form';
import { WorkSection } from './WorkSection';

export interface ApplicationFormProps {
  options: FormOptions;
  /** counts failed attempts: each one brings the error summary into focus */
  attempt: number;
  /** 手続状況 of the application as saved */
  statusLabel: string;
  messageFromBranch?: string | null;
  busy: 'save' | 'confirm' | null;
  onSaveDraft: () => void;
  /** 確認へ (or Enter in a field) with every rule met */
  onConfirm: () => void;
  /** 確認へ with a rule broken: the form now shows every message */
  onInvalid: () => void;
  /** a note above the form, e.g. 「下書きを保存しました。」 */
  notice?: ReactNode;
}

/**
 * Step 1, 申込作成: the Net Desk application screen, checked by the shared rules as it is filled.
 * Its values and messages are the `useApplicationForm` of the surrounding `ApplicationFormProvider`.
 */
export function ApplicationForm(props: ApplicationFormProps) {
  const { options, attempt } = props;
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const [orderersOpen, orderers] = useDisclosure(false);

  const messages = [...new Set(Object.values(form.errors).filter((m): m is string => typeof m === 'string'))];
  const sections = [
    { id: 'work', label: t('applications.work.heading') },
    { id: 'guarantee', label: t('applications.guarantee.heading') },
    { id: 'information', label: t('applications.information.heading') },
  ];

  return (
    <form noValidate onSubmit={form.onSubmit(props.onConfirm, props.onInvalid)}>
      <Stack gap="lg">
        {attempt > 0 && <ErrorSummary messages={messages} attempt={attempt} />}
        {props.notice}
        <Group component="nav" aria-label={t('applications.form.sectionsNav')} gap="xs">
          {sections.map((s, i) => (
            <Group key={s.id} gap="xs">
              {i > 0 && <span aria-hidden>/</span>}
              <Anchor href={`#${s.id}`}>{s.label}</Anchor>
            </Group>
          ))}
        </Group>
        <WorkSection options={options} />
        <GuaranteeSection
          contractAmount={contractAmountOf(form.values, options)}
          statusLabel={props.statusLabel}
          onShowElectronicOrderers={orderers.open}
        />
        <InformationSection options={options} messageFromBranch={props.messageFromBranch} />
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
