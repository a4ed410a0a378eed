import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../ui/PageHeading';

export function AdminHome({ userName }: { userName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('home.admin.heading')}</PageHeading>
      <Text mb="sm">{t('home.welcome', { name: userName })}</Text>
      <Text>{t('home.admin.note')}</Text>
      <Button component={Link} to="/admin/outbox" mt="lg">
        {t('home.admin.outboxLink')}
      </Button>
    </>
  );
}
