/** Dates of the demo, as YYYY-MM-DD, all counted from the anchor (the first of a month). */
export class DemoCalendar {
  constructor(private readonly anchor: Date) {}

  /** The first day of the current month: the demo moves with the calendar, month by month. */
  static ofMonth(today: Date = new Date()): DemoCalendar {
    return new DemoCalendar(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)));
  }

  /** The first of the month `months` after the anchor (negative = before), plus `days`. */
  date(months: number, days = 0): string {
    const date = new Date(this.anchor);
    date.setUTCMonth(date.getUTCMonth() + months);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  static addDays(iso: string, days: number): string {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  static daysBetween(from: string, to: string): number {
    return Math.round(
      (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000,
    );
  }
}
