import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { ContractorRegistrationStatus } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatEraTimestamp } from '../../ui/era-time';
import { showFieldErrors } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { ListTable } from '../../ui/ListTable';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';

export const REGISTRATIONS_PAGE_SIZE = 20;
const statuses = ['PENDING', 'APPROVED', 'REFUSED'] as const satisfies readonly ContractorRegistrationStatus[];
const colours: Record<ContractorRegistrationStatus, string> = { PENDING: 'yellow', APPROVED: 'green', REFUSED: 'gray' };

export const ContractorRegistrationsQuery = graphql(`
  query ContractorRegistrations($filter: ContractorRegistrationFilter, $first: Int!, $after: String) {
    contractorRegistrations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          name
          address
          corporateNumber
          representative
          contactName
          email
          status
          refusalReason
        }
      }
    }
  }
`);

export const ApproveContractorRegistrationMutation = graphql(`
  mutation ApproveContractorRegistration($input: ApproveContractorRegistrationInput!) {
    approveContractorRegistration(input: $input) {
      contractorRegistration {
        id
        status
      }
    }
  }
`);

export const RefuseContractorRegistrationMutation = graphql(`
  mutation RefuseContractorRegistration($input: RefuseContractorRegistrationInput!) {
    refuseContractorRegistration(input: $input) {
      contractorRegistration {
        id
        status
        refusalReason
      }
    }
  }
`);

interface Target {
  id: string;
  name: string;
  contactName: string;
  email: string;
  decision: 'approve' | 'refuse';
}

/** 利用登録申請: the requests from construction companies; approve (and invite) or refuse. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = statuses.find((s) => s === (params.get('status') ?? 'PENDING')) ?? null;
  const [done, setDone] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);

  return (
    <>
      <PageHeading>{t('registrations.title')}</PageHeading>
      <Text mb="md">{t('registrations.lead')}</Text>
      <NativeSelect
        label={t('registrations.filterStatus')}
        maw="16rem"
        mb="lg"
        value={status ?? ''}
        onChange={(e) => setParams({ status: e.currentTarget.value || 'ALL' })}
        data={[...statuses.map((s) => ({ value: s, label: t(`registrations.status.${s}`) })), { value: '', label: t('registrations.all') }]}
      />
      {done && (
        <Alert color="green" variant="light" role="status" mb="md">
          {done}
        </Alert>
      )}
      <RegistrationResults
        key={`${status ?? 'all'}|${refresh}`}
        status={status}
        onDecided={(message) => {
          setDone(message);
          setRefresh((n) => n + 1);
        }}
      />
    </>
  );
}

function RegistrationResults({ status, onDecided }: { status: ContractorRegistrationStatus | null; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(ContractorRegistrationsQuery, {
    variables: { filter: status ? { status } : null, first: REGISTRATIONS_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [target, setTarget] = useState<Target | null>(null);

  return (
    <>
      <PagedTableSection
        heading={t('registrations.tableHeading')}
        connection={(data ?? previousData)?.contractorRegistrations}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={REGISTRATIONS_PAGE_SIZE}
      >
        {(nodes, labelledBy) => (
          <ListTable
            labelledBy={labelledBy}
            minWidth={960}
            columns={[
              { label: t('registrations.createdAt') },
              { label: t('registrations.name') },
              { label: t('registrations.corporateNumber') },
              { label: t('registrations.representative') },
              { label: t('registrations.contact') },
              { label: t('registrations.statusColumn') },
              { label: t('registrations.actions') },
            ]}
            rows={nodes}
            empty={t('registrations.empty')}
            renderRow={(r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatEraTimestamp(r.createdAt as string)}</Table.Td>
                <Table.Td>
                  {r.name}
                  <Text size="sm" c="dimmed">
                    {r.address}
                  </Text>
                </Table.Td>
                <Table.Td>{r.corporateNumber}</Table.Td>
                <Table.Td>{r.representative}</Table.Td>
                <Table.Td>
                  {r.contactName}
                  <Text size="sm">{r.email}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={colours[r.status]} variant="light" tt="none" radius="sm" size="lg">
                    {t(`registrations.status.${r.status}`)}
                  </Badge>
                  {r.refusalReason && <Text size="sm">{r.refusalReason}</Text>}
                </Table.Td>
                <Table.Td>
                  {r.status === 'PENDING' && (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        aria-label={t('registrations.approveLabel', { name: r.name })}
                        onClick={() => setTarget({ ...r, decision: 'approve' })}
                      >
                        {t('registrations.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t('registrations.refuseLabel', { name: r.name })}
                        onClick={() => setTarget({ ...r, decision: 'refuse' })}
                      >
                        {t('registrations.refuse')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </PagedTableSection>
      <DecisionModal
        target={target}
        onClose={() => setTarget(null)}
        onDecided={(message) => {
          setTarget(null);
          onDecided(message);
        }}
      />
    </>
  );
}

/** 承認 (a question) or 不承認 (with the reason the applicant is told), in one dialog. */
function DecisionModal({
  target,
  onClose,
  onDecided,
}: {
  target: Target | null;
  onClose: () => void;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [approve] = useMutation(ApproveContractorRegistrationMutation);
  const [refuse] = useMutation(RefuseContractorRegistrationMutation);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : t('register.requiredField')) },
  });
  const refusing = target?.decision === 'refuse';
  // Leaving the page with a reason typed in the open 却下 dialog asks first.
  const guard = useUnsavedChangesGuard(refusing && form.isDirty());

  async function confirm() {
    if (!target) return;
    if (target.decision === 'approve') {
      await approve({ variables: { input: { contractorRegistrationId: target.id } } });
      onDecided(t('registrations.approved', { email: target.email }));
      return;
    }
    if (form.validate().hasErrors) return;
    try {
      await refuse({ variables: { input: { contractorRegistrationId: target.id, reason: form.getValues().reason.trim() } } });
    } catch (e) {
      if (showFieldErrors(form, e)) return;
      throw e;
    }
    form.reset();
    onDecided(t('registrations.refused'));
  }

  return (
    <ConfirmDialog
      opened={target !== null}
      title={refusing ? t('registrations.refuseTitle') : t('registrations.approveTitle')}
      message={
        target?.decision === 'approve' &&
        t('registrations.approveBody', { name: target.name, contact: target.contactName, email: target.email })
      }
      confirmLabel={refusing ? t('registrations.refuse') : t('registrations.approve')}
      confirmColor={refusing ? 'red' : undefined}
      failedTitle={t('registrations.failedTitle')}
      onConfirm={confirm}
      onClose={() => {
        form.reset();
        onClose();
      }}
    >
      {refusing && (
        <Textarea
          label={t('registrations.reason')}
          description={t('registrations.reasonHelp')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('reason')}
        />
      )}
      {guard.dialog}
    </ConfirmDialog>
  );
}
