import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from './current-user';
import { roleLabelKey } from './role-label';

/** Who is signed in: name, organisation and role, as the header shows them. */
export function UserSummary({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0} align="flex-end" data-testid="user-summary">
      <Text fw={700} size="sm">
        {user.name}
      </Text>
      <Group gap="xs" justify="flex-end">
        {user.organisation && (
          <Text size="xs" c="gray.7">
            {user.organisation.name}
          </Text>
        )}
        <Badge variant="light" tt="none" size="lg" radius="sm">
          {t(roleLabelKey(user.role))}
        </Badge>
      </Group>
    </Stack>
  );
}
