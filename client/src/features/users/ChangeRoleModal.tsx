import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { roleLabelKey } from '../session/role-label';
import { InviteOrganisationsQuery, ROLES, organisationOptions } from './InviteUserForm';

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      user {
        id
        role
        organisation {
          __typename
          id
          name
        }
      }
    }
  }
`);

export interface RoleTarget {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
}

interface ChangeRoleProps {
  onClose: () => void;
  onChanged: (name: string) => void;
}

/** 役割の変更: a new role and the organisation of that kind; the user's sessions and tokens end. */
export function ChangeRoleModal({ target, onClose, onChanged }: ChangeRoleProps & { target: RoleTarget | null }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={t('users.changeRole.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('users.close') }}
    >
      {/* Each opening starts from the user's present role and organisation. */}
      {target && <ChangeRoleForm key={target.id} target={target} onClose={onClose} onChanged={onChanged} />}
    </Modal>
  );
}

function ChangeRoleForm({ target, onClose, onChanged }: ChangeRoleProps & { target: RoleTarget }) {
  const { t } = useTranslation();
  const organisations = useQuery(InviteOrganisationsQuery);
  const [change, { loading }] = useMutation(ChangeUserRoleMutation);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { role: target.role, organisationId: target.organisationId ?? '' },
    validate: {
      organisationId: (id, { role }) => (role === 'ADMIN' || id ? null : t('register.requiredField')),
    },
  });
  const { role } = form.getValues();

  async function submit({ role, organisationId }: typeof form.values) {
    setError(null);
    try {
      await change({ variables: { input: { userId: target.id, role, organisationId: organisationId || null } } });
      onChanged(target.name);
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="md">
        <Text>{t('users.changeRole.body', { name: target.name, email: target.email })}</Text>
        <NativeSelect
          label={t('users.invite.role')}
          {...form.getInputProps('role')}
          // Organisations belong to one kind: a new role asks for its own.
          onChange={(e) => form.setValues({ role: e.currentTarget.value as Role, organisationId: '' })}
          data={ROLES.map((r) => ({ value: r, label: t(roleLabelKey(r)) }))}
        />
        {role !== 'ADMIN' && (
          <NativeSelect
            label={<RequiredLabel>{t('users.invite.organisation')}</RequiredLabel>}
            {...form.getInputProps('organisationId')}
            data={[{ value: '', label: t('users.invite.organisationPlaceholder') }, ...organisationOptions(organisations.data)[role]]}
          />
        )}
        {error !== null && <ErrorAlert error={error} title={t('users.failedTitle')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('users.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('users.changeRole.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
