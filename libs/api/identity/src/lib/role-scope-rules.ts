import { badInput } from '@pathways/api-core';
import type { Role, ScopeType } from '@pathways/api-core';

/** Which scope each role takes: e.g. a programme lead leads named programmes. */
const SCOPES_FOR_ROLE: Record<Role, readonly (ScopeType | null)[]> = {
  participant: [null],
  mentor: [null],
  admin: [null],
  line_manager: ['intern'],
  programme_lead: ['programme'],
  department_lead: ['department'],
  network_lead: ['network'],
  analyst: ['department', 'all'],
};

export function checkScope(role: Role, scopeType: ScopeType | null, scopeId: string | null): void {
  const allowed = SCOPES_FOR_ROLE[role];
  if (!allowed.includes(scopeType)) {
    throw badInput(
      `A ${role.replace('_', ' ')} role takes scope ${allowed.map((s) => s ?? 'none').join(' or ')}`,
      'scopeType',
    );
  }
  const needsId = scopeType !== null && scopeType !== 'all';
  if (needsId && !scopeId) throw badInput(`Enter the ${scopeType} this role is for`, 'scopeId');
  if (!needsId && scopeId) throw badInput('This role takes no scope id', 'scopeId');
}
