import { type DateParts, datePartsFromIso, parseDateParts, type Problem } from '@pathways/web-ui';
import type { AuditQuery } from './audit-query';

export interface AuditFilterValues {
  action: string;
  from: DateParts;
  to: DateParts;
}

export const AUDIT_FILTER_FIELD_IDS = { action: 'action', from: 'from-day', to: 'to-day' };

export function auditFilterValues(query: AuditQuery): AuditFilterValues {
  return {
    action: query.action ?? '',
    from: datePartsFromIso(query.from),
    to: datePartsFromIso(query.to),
  };
}

/** The filters as the first page of results, or the problems with the dates. */
export function auditQueryFromValues(
  values: AuditFilterValues,
): { query: AuditQuery; problems: [] } | { query: null; problems: Problem[] } {
  const from = parseDateParts(values.from, 'The from date');
  const to = parseDateParts(values.to, 'The to date');
  const problems: Problem[] = [];
  if (from.kind === 'invalid') problems.push({ field: 'from', message: from.message });
  if (to.kind === 'invalid') problems.push({ field: 'to', message: to.message });
  if (from.kind === 'date' && to.kind === 'date' && to.iso < from.iso) {
    problems.push({
      field: 'to',
      message: 'The to date must be the same as or after the from date',
    });
  }
  if (problems.length > 0) return { query: null, problems };
  return {
    query: {
      action: values.action || null,
      from: from.kind === 'date' ? from.iso : null,
      to: to.kind === 'date' ? to.iso : null,
      page: 1,
    },
    problems: [],
  };
}
