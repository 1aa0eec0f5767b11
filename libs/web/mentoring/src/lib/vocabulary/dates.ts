const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** GOV.UK style, "27 March 2026", from a YYYY-MM-DD date or a date-time; "Not set" when null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'Not set';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : LONG_DATE.format(date);
}

/** Today as YYYY-MM-DD in UTC, the calendar the API checks dates against. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 && `${hours} hour${hours === 1 ? '' : 's'}`,
    rest > 0 && `${rest} minute${rest === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 minutes';
}
