import { useApolloClient, useQuery } from '@apollo/client/react';
import { Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailTable } from '../../ui/DetailTable';
import { PageHeading } from '../../ui/PageHeading';
import { CurrentUserQueryDocument } from '../session/current-user';
import { roleLabelKey } from '../session/role-label';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionsQuery, SessionsSection } from './SessionsSection';

/** アカウント: every user's own details, password and signed-in devices. */
export function AccountPage() {
  const { t } = useTranslation();
  const profileId = useId();
  const client = useApolloClient();
  const { data } = useQuery(CurrentUserQueryDocument);
  const me = data?.me;
  if (!me) return null;

  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      <Text mb="lg">{t('account.lead')}</Text>
      <section aria-labelledby={profileId}>
        <Title order={2} id={profileId} mb="sm">
          {t('account.profileHeading')}
        </Title>
        <DetailTable
          labelledBy={profileId}
          rows={[
            { label: t('account.name'), value: me.name },
            { label: t('account.email'), value: me.email },
            { label: t('account.role'), value: t(roleLabelKey(me.role)) },
            ...(me.organisation ? [{ label: t('account.organisation'), value: me.organisation.name }] : []),
          ]}
        />
      </section>
      <div style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
        <ChangePasswordForm email={me.email} onChanged={() => void client.refetchQueries({ include: [SessionsQuery] })} />
      </div>
      <SessionsSection />
    </>
  );
}
