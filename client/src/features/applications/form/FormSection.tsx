import { Button, Group } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './form-section.module.css';

interface FormSectionProps {
  /** the anchor the page's section links jump to */
  id: string;
  heading: string;
  /** 「…をクリア」: empties this section only */
  clearLabel?: string;
  onClear?: () => void;
  children: ReactNode;
}

/** One of the form's sections: a heading bar (with its clear button) over its rows. */
export function FormSection({ id, heading, clearLabel, onClear, children }: FormSectionProps) {
  const headingId = useId();
  return (
    <section id={id} aria-labelledby={headingId} className={classes.section}>
      <Group justify="space-between" className={classes.headingBar}>
        <h2 id={headingId} className={classes.heading}>
          {heading}
        </h2>
        {clearLabel && onClear && (
          <Button variant="white" size="compact-sm" onClick={onClear}>
            {clearLabel}
          </Button>
        )}
      </Group>
      {children}
    </section>
  );
}
