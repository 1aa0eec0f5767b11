/** Closing dates are UK calendar days. */
export const LONDON_TODAY_SQL = `(now() AT TIME ZONE 'Europe/London')::date`;

export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
