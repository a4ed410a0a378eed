import { Anchor, Button, Group, Modal, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ElectronicOrderersTable } from './ElectronicOrderersTable';

interface ElectronicOrderersModalProps {
  opened: boolean;
  onClose: () => void;
}

/** 「電子保証対応の発注者はこちらです」: the list over the form, which keeps what was typed. */
export function ElectronicOrderersModal({ opened, onClose }: ElectronicOrderersModalProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={<span id={titleId}>{t('applications.electronicOrderers.title')}</span>}
      closeButtonProps={{ 'aria-label': t('applications.electronicOrderers.close') }}
    >
      <Text mb="sm">{t('applications.electronicOrderers.lead')}</Text>
      {opened && <ElectronicOrderersTable labelledBy={titleId} />}
      <Group justify="space-between" mt="md">
        <Anchor component={Link} to="/orderers/electronic" target="_blank">
          {t('applications.electronicOrderers.openPage')}
        </Anchor>
        <Button onClick={onClose}>{t('applications.electronicOrderers.close')}</Button>
      </Group>
    </Modal>
  );
}
