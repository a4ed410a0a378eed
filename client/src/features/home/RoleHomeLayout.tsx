import { Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading';

interface RoleHomeLayoutProps {
  heading: string;
  userName: string;
  /** the organisation's details, named by the section heading whose id it receives */
  children: (labelledBy: string) => ReactNode;
}

/** A role's home: its heading, a greeting, and the user's organisation as registered. */
export function RoleHomeLayout({ heading, userName, children }: RoleHomeLayoutProps) {
  const { t } = useTranslation();
  const detailsHeadingId = useId();
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <Text mb="lg">{t('home.welcome', { name: userName })}</Text>
      <section aria-labelledby={detailsHeadingId}>
        <Title order={2} id={detailsHeadingId} mb="sm">
          {t('home.registeredDetails')}
        </Title>
        {children(detailsHeadingId)}
      </section>
    </>
  );
}
