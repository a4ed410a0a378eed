import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/**
 * The eras a date of esurety can fall in (dates run from 2000 to 2099), with their first day
 * (Cabinet Order: 平成 from 1989-01-08, 令和 from 2019-05-01) and their letter on Japanese forms.
 */
const ERAS = [
  { name: '令和', letter: 'R', firstDay: '2019-05-01' },
  { name: '平成', letter: 'H', firstDay: '1989-01-08' },
] as const;

const GREGORIAN_DATE = /^(\d{4})(?:\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))$/;

const ERA_DATE = /^(令和|平成|[RH])\s*(元|\d{1,2})\s*(?:年|[./-])\s*(\d{1,2})\s*(?:月|[./-])\s*(\d{1,2})\s*日?$/;

/**
 * What a person types into a date field, as a calendar date (YYYY-MM-DD), or null when it is not
 * one: 令和8年4月1日, 令和元年5月1日, R8.4.1, H31/4/30, 2026-04-01, 2026/4/1, 2026年4月1日 and
 * 20260401, in full-width or half-width characters. An era date outside its era (令和1年4月30日,
 * 平成31年5月1日) and a day the month does not have (令和8年2月30日) are null.
 */
export function parseDateInput(text: string): string | null {
  const typed = text.normalize('NFKC').trim().toUpperCase();
  if (!typed) return null;
  const era = ERA_DATE.exec(typed);
  if (era) return eraDate(era[1] ?? '', era[2] ?? '', Number(era[3]), Number(era[4]));
  const gregorian = GREGORIAN_DATE.exec(typed);
  if (!gregorian) return null;
  return calendarDate(Number(gregorian[1]), Number(gregorian[2] ?? gregorian[4]), Number(gregorian[3] ?? gregorian[5]));
}

/** The date as YYYY-MM-DD if the month has that day. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = dayjs(`${year}-${month}-${day}`, 'YYYY-M-D', true);
  return date.isValid() ? date.format('YYYY-MM-DD') : null;
}

function eraDate(eraText: string, yearText: string, month: number, day: number): string | null {
  const index = ERAS.findIndex((e) => e.name === eraText || e.letter === eraText);
  const era = ERAS[index];
  if (!era) return null;
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  if (eraYear < 1) return null;
  const year = Number(era.firstDay.slice(0, 4)) + eraYear - 1;
  const iso = calendarDate(year, month, day);
  if (!iso) return null;
  const nextEra = ERAS[index - 1];
  if (iso < era.firstDay || (nextEra && iso >= nextEra.firstDay)) return null;
  return iso;
}
