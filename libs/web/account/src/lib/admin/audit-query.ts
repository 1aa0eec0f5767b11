import { datePartsFromIso, parseDateParts } from '@pathways/web-ui';

/** Every action the audit log records (libs/api/audit audit-actions.ts), as admins read them. */
export const AUDIT_ACTION_LABELS = {
  'sensitive_data.read': 'Sensitive data read',
  'role.granted': 'Role granted',
  'role.revoked': 'Role revoked',
  'import.people': 'People imported',
  'import.enrolments': 'Enrolments imported',
  'import.events': 'Career events imported',
  'export.personal_data': 'Personal data exported',
  'export.report': 'Report exported',
  'person.erased': 'Person erased',
  'account.locked': 'Account locked',
} as const;

export const AUDIT_PAGE_SIZE = 20;

/** The filters live in the address (no personal data in them), so Back and paging keep them. */
export interface AuditQuery {
  action: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action)
    ? AUDIT_ACTION_LABELS[action as keyof typeof AUDIT_ACTION_LABELS]
    : action;
}

function isoDate(value: string | null): string | null {
  const parsed = parseDateParts(datePartsFromIso(value), 'date');
  return parsed.kind === 'date' ? parsed.iso : null;
}

export function auditQueryFromParams(params: URLSearchParams): AuditQuery {
  const action = params.get('action');
  const page = Number(params.get('page') ?? '1');
  return {
    action: action && Object.hasOwn(AUDIT_ACTION_LABELS, action) ? action : null,
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function auditQueryToParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.action) params.set('action', query.action);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

export function auditQueryHref(query: AuditQuery): string {
  const search = auditQueryToParams(query).toString();
  return search ? `/admin/audit?${search}` : '/admin/audit';
}

/** The API's filter: whole UTC days, `to` inclusive (the API's `to` is exclusive). */
export function auditFilterInput(query: AuditQuery, pageSize = AUDIT_PAGE_SIZE) {
  const dayAfter = (iso: string) => {
    const date = new Date(`${iso}T00:00:00.000Z`);
    date.setUTCDate(date.getUTCDate() + 1);
    return date.toISOString();
  };
  return {
    action: query.action,
    from: query.from ? `${query.from}T00:00:00.000Z` : null,
    to: query.to ? dayAfter(query.to) : null,
    limit: pageSize,
    offset: (query.page - 1) * pageSize,
  };
}

/** An event's detail as short "key: value" pairs for a table cell. */
export function auditDetailText(detail: Readonly<Record<string, unknown>>): string {
  const pairs = Object.entries(detail).map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  return pairs.length > 0 ? pairs.join('; ') : 'None';
}
