import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type ApplicationStep = 'create' | 'confirm' | 'sent';

const order: ApplicationStep[] = ['create', 'confirm', 'sent'];

/** 申込作成 > 申込確認 > 送信完了: where the user is; the steps are not buttons. */
export function ApplicationSteps({ step }: { step: ApplicationStep }) {
  const { t } = useTranslation();
  const active = order.indexOf(step);
  const labels: Record<ApplicationStep, string> = {
    create: t('applications.steps.create'),
    confirm: t('applications.steps.confirm'),
    sent: t('applications.steps.sent'),
  };
  return (
    <div role="group" aria-label={t('applications.steps.label')}>
      <Stepper active={step === 'sent' ? order.length : active} size="sm" allowNextStepsSelect={false} mb="lg">
        {order.map((s, i) => (
          <Stepper.Step
            key={s}
            component="div"
            allowStepSelect={false}
            label={labels[s]}
            aria-current={i === active ? 'step' : undefined}
          />
        ))}
      </Stepper>
    </div>
  );
}
