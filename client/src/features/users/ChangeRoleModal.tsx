import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
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

/** 役割の変更: a new role and the organisation of that kind; the user's sessions and tokens end. */
export function ChangeRoleModal({
  target,
  onClose,
  onChanged,
}: {
  target: RoleTarget | null;
  onClose: () => void;
  onChanged: (name: string) => void;
}) {
  const { t } = useTranslation();
  const organisations = useQuery(InviteOrganisationsQuery, { skip: target === null });
  const [change, { loading }] = useMutation(ChangeUserRoleMutation);
  const [choice, setChoice] = useState<{ role: Role; organisationId: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const current = choice ?? (target ? { role: target.role, organisationId: target.organisationId ?? '' } : null);

  function close() {
    setChoice(null);
    setErrors({});
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!target || !current) return;
    setError(null);
    if (current.role !== 'ADMIN' && !current.organisationId) {
      setErrors({ organisationId: t('register.requiredField') });
      return;
    }
    try {
      await change({ variables: { input: { userId: target.id, role: current.role, organisationId: current.organisationId || null } } });
      setChoice(null);
      onChanged(target.name);
    } catch (e) {
      const byField = fieldErrors(e);
      if (byField.organisationId) setErrors(byField);
      else setError(e);
    }
  }

  return (
    <Modal
      opened={target !== null}
      onClose={close}
      title={t('users.changeRole.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('users.close') }}
    >
      {target && current && (
        <Stack gap="md">
          <Text>{t('users.changeRole.body', { name: target.name, email: target.email })}</Text>
          <NativeSelect
            label={t('users.invite.role')}
            value={current.role}
            onChange={(e) => {
              setChoice({ role: e.currentTarget.value as Role, organisationId: '' });
              setErrors({});
            }}
            data={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))}
          />
          {current.role !== 'ADMIN' && (
            <NativeSelect
              label={<RequiredLabel>{t('users.invite.organisation')}</RequiredLabel>}
              value={current.organisationId}
              error={errors.organisationId}
              onChange={(e) => {
                setChoice({ role: current.role, organisationId: e.currentTarget.value });
                setErrors({});
              }}
              data={[
                { value: '', label: t('users.invite.organisationPlaceholder') },
                ...organisationOptions(organisations.data)[current.role],
              ]}
            />
          )}
          {error !== null && <ErrorAlert error={error} title={t('users.failedTitle')} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={loading}>
              {t('users.cancel')}
            </Button>
            <Button loading={loading} onClick={() => void confirm()}>
              {t('users.changeRole.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
