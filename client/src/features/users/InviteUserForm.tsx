import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { InviteOrganisationsQuery as InviteOrganisations, Role } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { fieldErrors } from '../../ui/field-errors';
import { RequiredLabel } from '../../ui/RequiredLabel';
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
  const [values, setValues] = useState({ email: '', name: '', role: 'CONTRACTOR' as Role, organisationId: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<string | null>(null);

  const options = organisationOptions(organisations.data);

  function set(name: keyof typeof values, value: string) {
    setValues((v) => ({ ...v, [name]: value, ...(name === 'role' ? { organisationId: '' } : {}) }));
    setErrors((e) => ({ ...e, [name]: '' }));
    setInvited(null);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const wanted: (keyof typeof values)[] = ['email', 'name', ...(values.role === 'ADMIN' ? [] : (['organisationId'] as const))];
    const required = wanted.filter((f) => !values[f].trim());
    if (required.length) {
      setErrors(Object.fromEntries(required.map((f) => [f, t('register.requiredField')])));
      return;
    }
    try {
      const result = await invite({
        variables: {
          input: { email: values.email.trim(), name: values.name.trim(), role: values.role, organisationId: values.organisationId || null },
        },
      });
      setInvited(result.data?.inviteUser.user.email ?? values.email);
      setValues({ email: '', name: '', role: values.role, organisationId: values.organisationId });
      onInvited();
    } catch (e) {
      const byField = fieldErrors(e);
      if (Object.keys(byField).length) setErrors(byField);
      else setError(e);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="xs">
        {t('users.invite.heading')}
      </Title>
      <Text mb="md">{t('users.invite.lead')}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
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
              value={values.email}
              error={errors.email || undefined}
              onChange={(e) => set('email', e.currentTarget.value)}
            />
            <TextInput
              label={<RequiredLabel>{t('users.invite.name')}</RequiredLabel>}
              withAsterisk={false}
              name="name"
              required
              value={values.name}
              error={errors.name || undefined}
              onChange={(e) => set('name', e.currentTarget.value)}
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('users.invite.role')}
              value={values.role}
              onChange={(e) => set('role', e.currentTarget.value)}
              data={ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }))}
            />
            {values.role !== 'ADMIN' ? (
              <NativeSelect
                label={<RequiredLabel>{t('users.invite.organisation')}</RequiredLabel>}
                value={values.organisationId}
                error={errors.organisationId || undefined}
                onChange={(e) => set('organisationId', e.currentTarget.value)}
                data={[{ value: '', label: t('users.invite.organisationPlaceholder') }, ...options[values.role]]}
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
    </section>
  );
}
