import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A field label with the 「必須」 tag Japanese forms use instead of an asterisk. The tag is hidden
 * from assistive technology: the input's `required` attribute already says it.
 */
export function RequiredLabel({ children }: { children: string }) {
  const { t } = useTranslation();
  return (
    <Group component="span" gap="xs" wrap="nowrap" display="inline-flex">
      {children}
      <Badge component="span" color="red" variant="filled" size="lg" radius="xs" tt="none" aria-hidden>
        {t('form.required')}
      </Badge>
    </Group>
  );
}
