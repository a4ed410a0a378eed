import { Container, Flex, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { LogoutButton } from '../../features/session/LogoutButton';
import { RequireSignedIn } from '../../features/session/RequireSignedIn';
import { UserSummary } from '../../features/session/UserSummary';
import { PageBoundary } from '../../ui/PageBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { ServiceName } from './ServiceName';
import { SkipLink, mainContentId } from './SkipLink';
import classes from './layout.module.css';
import { webhookRoles } from '../../features/webhooks/routes';
import { feeRateRoles, feeStatementRoles } from '../../features/fees/routes';

/** The frame of every page for signed-in users; anyone else is sent to /login. */
export function SignedInLayout() {
  const { t } = useTranslation();
  return (
    <RequireSignedIn>
      {(user) => (
        <>
          <SkipLink />
          <header className={classes.header}>
            <Container size="lg" py="sm">
              <Group justify="space-between" gap="sm">
                <ServiceName />
                <Group gap="md" justify="flex-end">
                  <UserSummary user={user} />
                  <LanguageSwitch />
                  <LogoutButton />
                </Group>
              </Group>
            </Container>
            <nav aria-label={t('app.mainNavigation')} className={classes.nav}>
              <Container size="lg">
                {/* A row of tabs that wraps onto a second row when it must, without a band between the rows. */}
                <Flex columnGap="md" rowGap={0} wrap="wrap">
                  <NavLink to="/" end className={classes.navLink}>
                    {t('nav.home')}
                  </NavLink>
                  {user.role === 'CONTRACTOR' && (
                    <NavLink to="/applications" className={classes.navLink}>
                      {t('applications.nav.contractor')}
                    </NavLink>
                  )}
                  {user.role === 'CONTRACTOR' && (
                    <NavLink to="/guarantees" className={classes.navLink}>
                      {t('delivery.nav')}
                    </NavLink>
                  )}
                  {user.role === 'BRANCH_STAFF' && (
                    <NavLink to="/review" className={classes.navLink}>
                      {t('nav.review')}
                    </NavLink>
                  )}
                  {user.role === 'BRANCH_STAFF' && (
                    <NavLink to="/guarantees" className={classes.navLink}>
                      {t('delivery.nav')}
                    </NavLink>
                  )}
                  {user.role === 'BRANCH_STAFF' && (
                    <NavLink to="/bid-bonds" className={classes.navLink}>
                      {t('bidBonds.nav')}
                    </NavLink>
                  )}
                  {feeStatementRoles.includes(user.role) && (
                    <NavLink to="/fee-statements" className={classes.navLink}>
                      {t('nav.feeStatements')}
                    </NavLink>
                  )}
                  {feeRateRoles.includes(user.role) && (
                    <NavLink to="/fee-rates" className={classes.navLink}>
                      {t('nav.feeRates')}
                    </NavLink>
                  )}
                  {user.role === 'ORDERER' && (
                    <NavLink to="/ledger" className={classes.navLink}>
                      {t('nav.ledger')}
                    </NavLink>
                  )}
                  {user.role === 'ORDERER' && (
                    <NavLink to="/verify" className={classes.navLink}>
                      {t('nav.verification')}
                    </NavLink>
                  )}
                  {user.role === 'ADMIN' && (
                    <NavLink to="/admin/users" className={classes.navLink}>
                      {t('nav.users')}
                    </NavLink>
                  )}
                  {user.role === 'ADMIN' && (
                    <NavLink to="/admin/registrations" className={classes.navLink}>
                      {t('nav.registrations')}
                    </NavLink>
                  )}
                  {user.role === 'ADMIN' && (
                    <NavLink to="/admin/organisations" className={classes.navLink}>
                      {t('nav.organisations')}
                    </NavLink>
                  )}
                  {user.role === 'ADMIN' && (
                    <NavLink to="/admin/outbox" className={classes.navLink}>
                      {t('nav.outbox')}
                    </NavLink>
                  )}
                  {(user.role === 'BRANCH_STAFF' || user.role === 'ADMIN') && (
                    <NavLink to="/audit" className={classes.navLink}>
                      {t('nav.audit')}
                    </NavLink>
                  )}
                  {webhookRoles.includes(user.role) && (
                    <NavLink to="/settings/webhooks" className={classes.navLink}>
                      {t('nav.webhooks')}
                    </NavLink>
                  )}
                  <NavLink to="/settings/api-tokens" className={classes.navLink}>
                    {t('nav.apiTokens')}
                  </NavLink>
                  <NavLink to="/account" className={classes.navLink}>
                    {t('nav.account')}
                  </NavLink>
                </Flex>
              </Container>
            </nav>
          </header>
          <Container component="main" id={mainContentId} tabIndex={-1} size="lg" py="xl" className={classes.main}>
            {/* Pages that load a part of themselves on demand (React.lazy) wait here. */}
            <PageBoundary>
              <Outlet />
            </PageBoundary>
          </Container>
        </>
      )}
    </RequireSignedIn>
  );
}
