import { Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** The page's one h1, also used as the browser tab's title. */
export function PageHeading({ children }: { children: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${children} | ${t('app.name')}`);
  return (
    <Title order={1} mb="md">
      {children}
    </Title>
  );
}
