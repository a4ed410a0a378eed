import { fireEvent } from '@testing-library/react';

/** Types into a date field and leaves it, as a person does before pressing a button. */
export function typeDate(input: HTMLElement, text: string) {
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
}
