import { Alert, Checkbox, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyGuarantee } from './form-model';
import { GuaranteeFields, type GuaranteeKey } from './GuaranteeFields';
import { FormSection } from './FormSection';
import classes from './form-section.module.css';
import { useApplicationFormContext } from './use-application-form';

interface GuaranteeSectionProps {
  /** the work's 請負金額, the base of the ratios */
  contractAmount: number | null;
  /** 手続状況 as shown next to each kind */
  statusLabel: string;
  onShowElectronicOrderers: () => void;
}

/** 保証の申込内容: 前払金保証 and 契約保証, each applied for or not. */
export function GuaranteeSection({ contractAmount, statusLabel, onShowElectronicOrderers }: GuaranteeSectionProps) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const kinds: { key: GuaranteeKey; heading: string; apply: string }[] = [
    { key: 'advancePayment', heading: t('applications.kind.ADVANCE_PAYMENT'), apply: t('applications.guarantee.applyAdvance') },
    { key: 'contractGuarantee', heading: t('applications.kind.CONTRACT'), apply: t('applications.guarantee.applyContract') },
  ];
  return (
    <FormSection
      id="guarantee"
      heading={t('applications.guarantee.heading')}
      clearLabel={t('applications.guarantee.clear')}
      onClear={() => {
        form.setFieldValue('advancePayment', emptyGuarantee());
        form.setFieldValue('contractGuarantee', emptyGuarantee());
      }}
    >
      {form.errors.kinds && (
        <Alert color="red" variant="light" m="sm">
          {form.errors.kinds}
        </Alert>
      )}
      {kinds.map((kind) => (
        <GuaranteeKind key={kind.key} kind={kind.key} heading={kind.heading} apply={kind.apply} statusLabel={statusLabel}>
          <GuaranteeFields kind={kind.key} contractAmount={contractAmount} onShowElectronicOrderers={onShowElectronicOrderers} />
        </GuaranteeKind>
      ))}
    </FormSection>
  );
}

interface GuaranteeKindProps {
  kind: GuaranteeKey;
  heading: string;
  apply: string;
  statusLabel: string;
  children: React.ReactNode;
}

/** One kind's bar (heading, 「…を申し込む」, 手続状況) and, when applied for, its fields. */
function GuaranteeKind({ kind, heading, apply, statusLabel, children }: GuaranteeKindProps) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.subsection}>
      <Group className={classes.subheadingBar} gap="lg" wrap="wrap">
        <h3 id={headingId} className={classes.subheading}>
          {heading}
        </h3>
        <Checkbox label={apply} {...form.getInputProps(`${kind}.applied`, { type: 'checkbox' })} />
        <Text size="sm" ml="auto">
          {t('applications.form.status')}: {statusLabel}
        </Text>
      </Group>
      {form.values[kind].applied ? (
        <div>{children}</div>
      ) : (
        <Text size="sm" c="gray.7" p="sm">
          {t('applications.guarantee.notApplied', { kind: heading })}
        </Text>
      )}
    </section>
  );
}
