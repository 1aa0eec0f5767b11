/** What someone typed in the three boxes of a GOV.UK date input. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type ParsedDate =
  { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid'; message: string };

/** Reads a GOV.UK date input; `name` is what the message calls it, e.g. "The from date". */
export function parseDateParts(parts: DateParts, name: string): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { kind: 'empty' };
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean);
  if (missing.length > 0) {
    return { kind: 'invalid', message: `${name} must include a ${missing.join(' and ')}` };
  }
  if (![day, month, year].every((part) => /^\d+$/.test(part)) || year.length !== 4) {
    return { kind: 'invalid', message: `${name} must be a real date` };
  }
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  ) {
    return { kind: 'invalid', message: `${name} must be a real date` };
  }
  return { kind: 'date', iso: date.toISOString().slice(0, 10) };
}

export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return EMPTY_DATE;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}
