import { Alert, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorSummaryProps {
  messages: string[];
  /** changes on every failed attempt, which moves the focus here again */
  attempt: number;
}

/** The list of what to fix, above the form, focused after a failed save so it is read out. */
export function ErrorSummary({ messages, attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (messages.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      title={t('applications.form.errorSummary', { count: messages.length })}
      data-testid="error-summary"
    >
      <List size="sm" spacing={2}>
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
