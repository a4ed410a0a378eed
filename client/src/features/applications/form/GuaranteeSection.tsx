import { Alert, Checkbox, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyGuarantee, type ApplicationFormValue, type FieldMessages, type GuaranteeForm } from './form-model';
import { GuaranteeFields, type GuaranteeKey } from './GuaranteeFields';
import { FormSection } from './FormSection';
import classes from './form-section.module.css';

interface GuaranteeSectionProps {
  value: ApplicationFormValue;
  onChange: (next: ApplicationFormValue) => void;
  errors: FieldMessages;
  touch: (field: string) => void;
  contractAmount: number | null;
  /** 手続状況 as shown next to each kind */
  statusLabel: string;
  onShowElectronicOrderers: () => void;
}

/** 保証の申込内容: 前払金保証 and 契約保証, each applied for or not. */
export function GuaranteeSection({
  value,
  onChange,
  errors,
  touch,
  contractAmount,
  statusLabel,
  onShowElectronicOrderers,
}: GuaranteeSectionProps) {
  const { t } = useTranslation();
  const kinds: { key: GuaranteeKey; heading: string; apply: string }[] = [
    { key: 'advancePayment', heading: t('applications.kind.ADVANCE_PAYMENT'), apply: t('applications.guarantee.applyAdvance') },
    { key: 'contractGuarantee', heading: t('applications.kind.CONTRACT'), apply: t('applications.guarantee.applyContract') },
  ];
  return (
    <FormSection
      id="guarantee"
      heading={t('applications.guarantee.heading')}
      clearLabel={t('applications.guarantee.clear')}
      onClear={() => onChange({ ...value, advancePayment: emptyGuarantee(), contractGuarantee: emptyGuarantee() })}
    >
      {errors.kinds && (
        <Alert color="red" variant="light" m="sm">
          {errors.kinds}
        </Alert>
      )}
      {kinds.map((kind) => (
        <GuaranteeKind
          key={kind.key}
          heading={kind.heading}
          apply={kind.apply}
          statusLabel={statusLabel}
          value={value[kind.key]}
          onChange={(next) => onChange({ ...value, [kind.key]: next })}
        >
          <GuaranteeFields
            kind={kind.key}
            value={value[kind.key]}
            onChange={(next) => onChange({ ...value, [kind.key]: next })}
            errors={errors}
            touch={touch}
            contractAmount={contractAmount}
            onShowElectronicOrderers={onShowElectronicOrderers}
          />
        </GuaranteeKind>
      ))}
    </FormSection>
  );
}

interface GuaranteeKindProps {
  heading: string;
  apply: string;
  statusLabel: string;
  value: GuaranteeForm;
  onChange: (next: GuaranteeForm) => void;
  children: React.ReactNode;
}

/** One kind's bar (heading, 「…を申し込む」, 手続状況) and, when applied for, its fields. */
function GuaranteeKind({ heading, apply, statusLabel, value, onChange, children }: GuaranteeKindProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.subsection}>
      <Group className={classes.subheadingBar} gap="lg" wrap="wrap">
        <h3 id={headingId} className={classes.subheading}>
          {heading}
        </h3>
        <Checkbox label={apply} checked={value.applied} onChange={(e) => onChange({ ...value, applied: e.currentTarget.checked })} />
        <Text size="sm" ml="auto">
          {t('applications.form.status')}: {statusLabel}
        </Text>
      </Group>
      {value.applied ? (
        <div>{children}</div>
      ) : (
        <Text size="sm" c="gray.7" p="sm">
          {t('applications.guarantee.notApplied', { kind: heading })}
        </Text>
      )}
    </section>
  );
}
