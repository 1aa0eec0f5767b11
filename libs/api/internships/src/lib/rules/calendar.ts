import { addDays, addMonths, type IsoDate } from '@pathways/api-programmes';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 September 2026", as GOV.UK writes dates. */
export function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "September 2026" for a month given as YYYY-MM or a date in it. */
export function longMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${MONTHS[number - 1]} ${year}`;
}

/** Full years from birth to the date (a 29 February birthday counts on 1 March). */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The last day of a term: a 12-month term from 1 September 2026 ends on 31 August 2027. */
export function termEnd(startDate: IsoDate, termMonths: number): IsoDate {
  return addDays(addMonths(startDate, termMonths), -1);
}

/** The month (YYYY-MM) a date falls in. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}
