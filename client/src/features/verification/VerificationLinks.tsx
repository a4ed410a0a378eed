import { Anchor, List, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Where an orderer goes next: who accepts electronic guarantees, and its own ledger. */
export function VerificationLinks() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mt="xl" mb="xs">
        {t('verification.links.heading')}
      </Title>
      <List spacing="xs">
        <List.Item>
          <Anchor component={Link} to="/orderers/electronic">
            {t('verification.links.orderers')}
          </Anchor>
        </List.Item>
        <List.Item>
          <Anchor component={Link} to="/ledger">
            {t('verification.links.ledger')}
          </Anchor>
        </List.Item>
      </List>
    </nav>
  );
}
