import { ActionIcon, Popover, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldHelpProps {
  /** the field's label, which names the button: 「前払金保証金額」のヘルプ */
  label: string;
  text: string;
}

/** The 「?」 after a field: a button that opens a short help text; Escape or a click elsewhere closes it. */
export function FieldHelp({ label, text }: FieldHelpProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} width={320} position="bottom-start" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="outline"
          radius="xl"
          size="md"
          aria-label={t('applications.help.open', { label })}
          onClick={() => setOpened((o) => !o)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpened(false);
          }}
        >
          <span aria-hidden>?</span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm">{text}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}
