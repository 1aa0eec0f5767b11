import type { Problem } from '@pathways/web-ui';
import { ROLE_LABELS, SCOPE_TYPE_LABELS } from '../session/roles';

export interface GrantRoleValues {
  role: string;
  scopeType: string;
  scopeId: string;
}

export const EMPTY_GRANT: GrantRoleValues = { role: '', scopeType: '', scopeId: '' };

export const GRANT_FIELD_IDS: Record<keyof GrantRoleValues, string> = {
  role: 'role',
  scopeType: 'scope-type',
  scopeId: 'scope-id',
};

export const ROLE_OPTIONS = [
  { value: '', text: 'Select a role' },
  ...Object.entries(ROLE_LABELS).map(([value, text]) => ({ value, text })),
];

export const SCOPE_TYPE_OPTIONS = [
  { value: '', text: 'No scope' },
  ...Object.entries(SCOPE_TYPE_LABELS).map(([value, text]) => ({ value, text })),
];

/**
 * The API checks which scope each role takes (and that a department exists); here only that a
 * role was chosen, and a department when the scope is one.
 */
export function validateGrant(values: GrantRoleValues): Problem[] {
  const problems: Problem[] = [];
  if (!values.role) problems.push({ field: 'role', message: 'Select a role' });
  if (values.scopeType === 'department' && !values.scopeId.trim()) {
    problems.push({ field: 'scopeId', message: 'Select the department this role is for' });
  }
  return problems;
}

export function grantRoleInput(personId: string, values: GrantRoleValues) {
  return {
    personId,
    role: values.role,
    scopeType: values.scopeType || null,
    scopeId: values.scopeId.trim() || null,
  };
}
