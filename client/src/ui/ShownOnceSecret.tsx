import { Alert, Button, CopyButton, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import classes from './shown-once-secret.module.css';

interface ShownOnceSecretProps {
  heading: string;
  /** what was created, in a sentence */
  lead?: string;
  /** 「…は今だけ表示されます。安全な場所に保管してください。」 */
  warning: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  dismissLabel: string;
  onDismiss: () => void;
}

/**
 * A secret the server returns only once (an API token, a webhook's signing secret): shown in a
 * marked box with a copy button until the user closes it. It lives in this component's props
 * only, never in Apollo's cache. The heading takes the focus so that screen readers read it.
 */
export function ShownOnceSecret({
  heading,
  lead,
  warning,
  label,
  value,
  copyLabel,
  copiedLabel,
  dismissLabel,
  onDismiss,
}: ShownOnceSecretProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" mb="xl" bd="2px solid var(--mantine-color-yellow-7)">
      <Title order={2} size="h3" id={headingId} ref={headingRef} tabIndex={-1} mb="sm">
        {heading}
      </Title>
      {lead && <Text mb="sm">{lead}</Text>}
      <Alert color="yellow" variant="light" mb="md">
        <Text fw={700}>{warning}</Text>
      </Alert>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          flex="1 1 24rem"
          classNames={{ input: classes.secret }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={value} timeout={3000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'outline' : 'filled'} aria-live="polite">
              {copied ? copiedLabel : copyLabel}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Button variant="default" mt="md" onClick={onDismiss}>
        {dismissLabel}
      </Button>
    </Paper>
  );
}
