import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InviteOrganisationsQuery as InviteOrganisations, Role } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { roleLabelKey } from '../session/role-label';

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        id
        email
      }
    }
  }
`);

/** The organisations a user can belong to, by the role that belongs to each kind. */
export const InviteOrganisationsQuery = graphql(`
  query InviteOrganisations {
    branches {
      id
      name
      officeCode
    }
    orderers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    contractors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ROLES = ['CONTRACTOR', 'BRANCH_STAFF', 'ORDERER', 'ADMIN'] as const satisfies readonly Role[];

/** The organisations a user of each role may belong to, as select options. */
export function organisationOptions(data: InviteOrganisations | undefined): Record<Role, { value: string; label: string }[]> {
  return {
    CONTRACTOR: data?.contractors.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
    BRANCH_STAFF: data?.branches.map((b) => ({ value: b.id, label: `${b.name}（${b.officeCode}）` })) ?? [],
    ORDERER: data?.orderers.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
    ADMIN: [],
  };
}

/** 利用者の招待: address, name, role and the organisation of that role; the invitation goes by mail. */
export function InviteUserForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const organisations = useQuery(InviteOrganisationsQuery);
  const [invite, { loading }] = useMutation(InviteUserMutation);
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<string | null>(null);
  const required = (value: string) => (value.trim() ? null : t('register.requiredField'));
  const form = useForm({
    initialValues: { email: '', name: '', role: 'CONTRACTOR' as Role, organisationId: '' },
    validate: {
      email: required,
      name: required,
      organisationId: (id, { role }) => (role === 'ADMIN' ? null : required(id)),
    },
    onValuesChange: () => setInvited(null),
  });
  const { role } = form.getValues();
  const options = organisationOptions(organisations.data);
  const guard = useUnsavedChangesGuard(form.isDirty());

  async function submit({ email, name, role, organisationId }: typeof form.values) {
    setError(null);
    try {
      const result = await invite({
        variables: { input: { email: email.trim(), name: name.trim(), role, organisationId: organisationId || null } },
      });
      // The next invitation is often for the same organisation: only who is invited starts over.
      form.setValues({ email: '', name: '' });
      // What stays (the role, the organisation) is no longer unsaved input.
      form.resetDirty({ email: '', name: '', role, organisationId });
      setInvited(result.data?.inviteUser.user.email ?? email);
      onInvited();
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="xs">
        {t('users.invite.heading')}
      </Title>
      <Text mb="md">{t('users.invite.lead')}</Text>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          {invited && (
            <Alert color="green" variant="light" role="status">
              {t('users.invite.done', { email: invited })}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} title={t('users.invite.failedTitle')} />}
          <Group grow align="flex-start">
            <TextInput
              label={<RequiredLabel>{t('users.invite.email')}</RequiredLabel>}
              withAsterisk={false}
              type="email"
              name="email"
              required
              {...form.getInputProps('email')}
            />
            <TextInput
              label={<RequiredLabel>{t('users.invite.name')}</RequiredLabel>}
              withAsterisk={false}
              name="name"
              required
              {...form.getInputProps('name')}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('users.invite.role')}
              {...form.getInputProps('role')}
              // Organisations belong to one kind: a new role asks for its own.
              onChange={(e) => form.setValues({ role: e.currentTarget.value as Role, organisationId: '' })}
              data={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))}
            />
            {role !== 'ADMIN' ? (
              <NativeSelect
                label={<RequiredLabel>{t('users.invite.organisation')}</RequiredLabel>}
                {...form.getInputProps('organisationId')}
                data={[{ value: '', label: t('users.invite.organisationPlaceholder') }, ...options[role]]}
              />
            ) : (
              <div />
            )}
          </Group>
          <Button type="submit" loading={loading} w="fit-content">
            {t('users.invite.submit')}
          </Button>
        </Stack>
      </form>
      {guard.dialog}
    </section>
  );
}
