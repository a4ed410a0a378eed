import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import { ListTable } from '../../ui/ListTable';
import { PagedTableSection } from '../../ui/PagedTableSection';
import { useCursorPages } from '../../ui/use-cursor-pages';
import { roleLabelKey } from '../session/role-label';
import { ChangeRoleModal, type RoleTarget } from './ChangeRoleModal';
import { InviteUserForm, ROLES } from './InviteUserForm';

export const USERS_PAGE_SIZE = 20;

export const UsersQuery = graphql(`
  query AdminUsers($filter: UserFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          role
          disabledAt
          organisation {
            __typename
            id
            name
          }
        }
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      user {
        id
        disabledAt
      }
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($input: EnableUserInput!) {
    enableUser(input: $input) {
      user {
        id
        disabledAt
      }
    }
  }
`);

const readRole = (value: string | null): Role | null => ROLES.find((r) => r === value) ?? null;

/** 利用者の管理: every organisation's users; invite, disable, enable. */
export function UsersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const role = readRole(params.get('role'));
  const email = params.get('email') ?? '';
  const searchForm = useForm({ initialValues: { email } });
  const [refresh, setRefresh] = useState(0);

  function search({ email: typed }: typeof searchForm.values) {
    setParams({ ...(role ? { role } : {}), ...(typed.trim() ? { email: typed.trim() } : {}) });
  }

  return (
    <>
      <PageHeading>{t('users.title')}</PageHeading>
      <Text mb="lg">{t('users.lead')}</Text>
      <InviteUserForm onInvited={() => setRefresh((n) => n + 1)} />
      <form onSubmit={searchForm.onSubmit(search)}>
        <Group align="flex-end" mt="xl" mb="lg">
          <NativeSelect
            label={t('users.filterRole')}
            value={role ?? ''}
            onChange={(e) => setParams({ ...(e.currentTarget.value ? { role: e.currentTarget.value } : {}), ...(email ? { email } : {}) })}
            data={[{ value: '', label: t('users.filterAll') }, ...ROLES.map((r) => ({ value: r, label: t(roleLabelKey(r)) }))]}
          />
          <TextInput label={t('users.filterEmail')} {...searchForm.getInputProps('email')} />
          <Button type="submit" variant="outline">
            {t('users.search')}
          </Button>
        </Group>
      </form>
      <UserResults key={`${role ?? ''}|${email}|${refresh}`} role={role} email={email} />
    </>
  );
}

type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabledAt?: unknown;
  organisation?: { id: string; name: string } | null;
};

function UserResults({ role, email }: { role: Role | null; email: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(UsersQuery, {
    variables: { filter: { role, email: email || null }, first: USERS_PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [disable] = useMutation(DisableUserMutation);
  const [enable, enabling] = useMutation(EnableUserMutation);
  const [confirming, setConfirming] = useState<UserRow | null>(null);
  const [changingRole, setChangingRole] = useState<RoleTarget | null>(null);
  const [changedRole, setChangedRole] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function enableUser(userId: string) {
    setFailure(null);
    setPending(userId);
    try {
      await enable({ variables: { input: { userId } } });
    } catch (e) {
      setFailure(e);
    } finally {
      setPending(null);
    }
  }

  return (
    <>
      {failure !== null && <ErrorAlert error={failure} title={t('users.failedTitle')} />}
      {changedRole && (
        <Alert color="green" variant="light" role="status" mb="md">
          {t('users.changeRole.done', { name: changedRole })}
        </Alert>
      )}
      <PagedTableSection
        heading={t('users.tableHeading')}
        connection={(data ?? previousData)?.users}
        loading={loading}
        error={error}
        pages={pages}
        pageSize={USERS_PAGE_SIZE}
      >
        {(nodes, labelledBy) => (
          <ListTable
            labelledBy={labelledBy}
            minWidth={860}
            columns={[
              { label: t('users.name') },
              { label: t('users.email') },
              { label: t('users.role') },
              { label: t('users.organisation') },
              { label: t('users.status') },
              { label: t('users.actions') },
            ]}
            rows={nodes}
            empty={t('users.empty')}
            renderRow={(u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.email}</Table.Td>
                <Table.Td>{t(roleLabelKey(u.role))}</Table.Td>
                <Table.Td>{u.organisation?.name ?? '―'}</Table.Td>
                <Table.Td>
                  <Badge color={u.disabledAt ? 'gray' : 'green'} variant="light" tt="none" radius="sm" size="lg">
                    {u.disabledAt ? t('users.disabled') : t('users.active')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="outline"
                      aria-label={t('users.changeRole.label', { name: u.name })}
                      onClick={() => {
                        setChangedRole(null);
                        setChangingRole({
                          id: u.id,
                          name: u.name,
                          email: u.email,
                          role: u.role,
                          organisationId: u.organisation?.id ?? null,
                        });
                      }}
                    >
                      {t('users.changeRole.action')}
                    </Button>
                    {u.disabledAt ? (
                      <Button
                        size="xs"
                        variant="outline"
                        aria-label={t('users.enableLabel', { name: u.name })}
                        loading={enabling.loading && pending === u.id}
                        onClick={() => void enableUser(u.id)}
                      >
                        {t('users.enable')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t('users.disableLabel', { name: u.name })}
                        onClick={() => {
                          setFailure(null);
                          setConfirming(u);
                        }}
                      >
                        {t('users.disable')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
          />
        )}
      </PagedTableSection>
      <ChangeRoleModal
        target={changingRole}
        onClose={() => setChangingRole(null)}
        onChanged={(name) => {
          setChangingRole(null);
          setChangedRole(name);
        }}
      />
      <ConfirmDialog
        opened={confirming !== null}
        title={t('users.disableTitle')}
        message={confirming && t('users.disableBody', { name: confirming.name, email: confirming.email })}
        confirmLabel={t('users.confirmDisable')}
        confirmColor="red"
        failedTitle={t('users.failedTitle')}
        onConfirm={async () => {
          if (!confirming) return;
          await disable({ variables: { input: { userId: confirming.id } } });
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
