import { Container, Group } from '@mantine/core';
import { Outlet } from 'react-router-dom';
import { PageBoundary } from '../../ui/PageBoundary';
import { LanguageSwitch } from './LanguageSwitch';
import { ServiceName, type Service } from './ServiceName';
import { SkipLink, mainContentId } from './SkipLink';
import classes from './layout.module.css';

/**
 * The frame of pages for visitors who are not signed in: the service's name and the language
 * switch, no navigation. The verification service (/verify) names itself in the header.
 */
export function PublicLayout({ service = 'esurety' }: { service?: Service }) {
  return (
    <>
      <SkipLink />
      <header className={classes.header}>
        <Container size="lg" py="sm">
          <Group justify="space-between" wrap="nowrap">
            <ServiceName service={service} />
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <Container component="main" id={mainContentId} tabIndex={-1} size="lg" py="xl" className={classes.main}>
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      </Container>
    </>
  );
}
