import { Button, Group, Paper, SimpleGrid, Title, type MantineSpacing } from '@mantine/core';
import { useId, type FormEventHandler, type ReactNode } from 'react';

interface FilterFormProps {
  /** 検索条件 */
  heading: string;
  searchLabel: string;
  clearLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClear: () => void;
  /** the space below the box */
  mb?: MantineSpacing;
  /** the condition fields, laid out three to a row on a wide screen */
  children: ReactNode;
}

/** A list's 検索条件 box: its heading, the condition fields, and 検索 and the clear button. */
export function FilterForm({ heading, searchLabel, clearLabel, onSubmit, onClear, mb = 'lg', children }: FilterFormProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb={mb} bg="gray.0">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {heading}
      </Title>
      <form onSubmit={onSubmit} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {children}
        </SimpleGrid>
        <Group mt="md" gap="sm">
          <Button type="submit">{searchLabel}</Button>
          <Button variant="default" onClick={onClear}>
            {clearLabel}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
