/** Everything the audit log records. */
export const AUDIT_ACTIONS = [
  'sensitive_data.read',
  'role.granted',
  'role.revoked',
  'import.people',
  'import.enrolments',
  'import.events',
  'export.personal_data',
  'export.report',
  'person.erased',
  'account.locked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
