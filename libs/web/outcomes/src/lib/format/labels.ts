import { SEB_GROUP_LABELS, isSebGroup } from '@pathways/domain-seb';

/** The report's order (contracts.md): the three groups, the unclassifiable, then everyone. */
export const REPORT_GROUP_ORDER = ['professional', 'intermediate', 'lower', 'unknown', 'all'];

export function sebGroupLabel(group: string, all = 'All'): string {
  if (group === 'all') return all;
  return isSebGroup(group) ? SEB_GROUP_LABELS[group] : group;
}

/** Short names where space is tight, as on a chart's axis. */
export function sebGroupShortLabel(group: string, all = 'All'): string {
  const short: Record<string, string> = {
    professional: 'Higher',
    intermediate: 'Intermediate',
    lower: 'Lower',
    unknown: 'Not classifiable',
  };
  return group === 'all' ? all : (short[group] ?? group);
}

export function inReportOrder<T extends { sebGroup: string }>(rows: readonly T[]): T[] {
  const rank = (group: string) => {
    const index = REPORT_GROUP_ORDER.indexOf(group);
    return index < 0 ? REPORT_GROUP_ORDER.length : index;
  };
  return [...rows].sort((a, b) => rank(a.sebGroup) - rank(b.sebGroup));
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** GOV.UK style, "27 March 2026", from YYYY-MM-DD. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : LONG_DATE.format(date);
}

/** Today as YYYY-MM-DD in UTC, the calendar the API reports in. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
