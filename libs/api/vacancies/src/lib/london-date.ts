/** Closing dates are UK calendar days. */
export const LONDON_TODAY_SQL = `(now() AT TIME ZONE 'Europe/London')::date`;

export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "31 January 2030" for 2030-01-31, as GOV.UK writes dates. */
export function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
