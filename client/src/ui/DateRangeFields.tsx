import { isIsoDate } from '@esurety/schema';
import { EraDateInput, type EraDateInputProps } from './EraDateInput';

const dateOrNothing = (value: string | undefined) => (value && isIsoDate(value) ? value : undefined);

/**
 * A period's two date fields (から, まで), side by side in the caller's grid: each one's calendar
 * offers only the days the other allows. The props are each field's (label, value, onChange, error…).
 */
export function DateRangeFields({ from, to }: { from: EraDateInputProps; to: EraDateInputProps }) {
  return (
    <>
      <EraDateInput {...from} max={dateOrNothing(to.value)} />
      <EraDateInput {...to} min={dateOrNothing(from.value)} />
    </>
  );
}
