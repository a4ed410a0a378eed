import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getFragmentData } from '../../gql';
import type { ApplicationDetailsFragment as ApplicationDetails } from '../../gql/graphql';
import { DetailTable, type DetailRow } from '../../ui/DetailTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { CurrentUserQueryDocument } from '../session/current-user';
import { ApplicationSummary } from './ApplicationSummary';
import { ApplicationDetailsFragment, ApplicationQueryDocument } from './documents';
import { IssuedGuarantees } from './IssuedGuarantees';
import { editable, statusColor, statusLabelKey, withdrawable } from './status';
import { formatEraTimestamp } from './timestamps';
import { NONE } from './work-rows';
import { WithdrawButton } from './WithdrawButton';
import { DeleteDraftButton } from './DeleteDraftButton';

/** /applications/:id: the application read-only, with what its contractor may still do. */
export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useQuery(CurrentUserQueryDocument);
  const { data, loading, error } = useQuery(ApplicationQueryDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [withdrawn, setWithdrawn] = useState(false);
  const application = data ? getFragmentData(ApplicationDetailsFragment, data.application) : null;

  let body: React.ReactNode;
  if (!application && loading) body = <LoadingState />;
  else if (!application) body = <ErrorAlert error={error} />;
  else {
    body = (
      <ApplicationDetail
        application={application}
        mayAct={me.data?.me?.role === 'CONTRACTOR'}
        withdrawn={withdrawn}
        onWithdrawn={() => setWithdrawn(true)}
      />
    );
  }
  return (
    <>
      <PageHeading>{t('applications.detail.title')}</PageHeading>
      {body}
      <Anchor component={Link} to="/applications" mt="xl" display="inline-block">
        {t('applications.detail.backToList')}
      </Anchor>
    </>
  );
}

interface ApplicationDetailProps {
  application: ApplicationDetails;
  /** the contractor may edit and withdraw; branch staff only read */
  mayAct: boolean;
  withdrawn: boolean;
  onWithdrawn: () => void;
}

function ApplicationDetail({ application: a, mayAct, withdrawn, onWithdrawn }: ApplicationDetailProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const statusHeading = useId();
  const guaranteesHeading = useId();
  const stamp = (label: string, at: string | null | undefined): DetailRow[] => (at ? [{ label, value: formatEraTimestamp(at) }] : []);
  const rows: DetailRow[] = [
    { label: t('applications.list.workName'), value: a.workName ?? NONE },
    {
      label: t('applications.list.status'),
      value: (
        <Badge color={statusColor[a.status]} variant="light" tt="none" size="lg" radius="sm">
          {t(statusLabelKey(a.status))}
        </Badge>
      ),
    },
    ...stamp(t('applications.event.submittedAt'), a.submittedAt),
    ...stamp(t('applications.event.returnedAt'), a.returnedAt),
    ...stamp(t('applications.event.issuedAt'), a.issuedAt),
    ...stamp(t('applications.event.withdrawnAt'), a.withdrawnAt),
  ];

  return (
    <Stack gap="lg">
      {withdrawn && (
        <Alert color="green" variant="light" role="status">
          {t('applications.detail.withdrawn')}
        </Alert>
      )}
      {a.status === 'RETURNED' && (
        <Alert color="orange" variant="light" title={t('applications.detail.returnedTitle')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{a.messageFromBranch ?? NONE}</Text>
        </Alert>
      )}
      <section aria-labelledby={statusHeading}>
        <Title order={2} id={statusHeading} mb="xs">
          {t('applications.detail.statusHeading')}
        </Title>
        <DetailTable labelledBy={statusHeading} rows={rows} />
      </section>
      {mayAct && (editable(a.status) || withdrawable(a.status)) && (
        <Group gap="md">
          {editable(a.status) && (
            <Button component={Link} to={`/applications/${a.id}/edit`}>
              {t('applications.detail.edit')}
            </Button>
          )}
          {withdrawable(a.status) && <WithdrawButton applicationId={a.id} workName={a.workName ?? NONE} onWithdrawn={onWithdrawn} />}
          {a.status === 'DRAFT' && (
            <DeleteDraftButton
              applicationId={a.id}
              workName={a.workName ?? t('applications.list.noWorkName')}
              onDeleted={() => void navigate('/applications', { state: { deleted: true } })}
            />
          )}
        </Group>
      )}
      {a.status === 'ISSUED' && (
        <section aria-labelledby={guaranteesHeading}>
          <Title order={2} id={guaranteesHeading} mb="xs">
            {t('applications.detail.guaranteesHeading')}
          </Title>
          <IssuedGuarantees guarantees={a.guarantees} labelledBy={guaranteesHeading} />
        </section>
      )}
      <ApplicationSummary application={a} headingOrder={2} />
    </Stack>
  );
}
