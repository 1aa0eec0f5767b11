/** Every role a person can be granted; one person may hold several. */
export const ROLES = [
  'participant',
  'mentor',
  'line_manager',
  'programme_lead',
  'department_lead',
  'network_lead',
  'analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** What a grant is limited to: named programmes, networks, interns, a department, or everything. */
export const SCOPE_TYPES = ['programme', 'network', 'intern', 'department', 'all'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export interface Grant {
  role: Role;
  scopeType: ScopeType | null;
  scopeId: string | null;
}

export interface AuthenticatedUser {
  accountId: string;
  personId: string;
  sessionId: string;
  grants: Grant[];
}

export function hasRole(user: AuthenticatedUser, role: Role): boolean {
  return user.grants.some((grant) => grant.role === role);
}

/** The scope ids a role is held for; `'all'` when the grant covers everything. */
export function scopesOf(user: AuthenticatedUser, role: Role): string[] | 'all' {
  const grants = user.grants.filter((grant) => grant.role === role);
  if (
    grants.some(
      (grant) => grant.scopeType === 'all' || (role === 'admin' && grant.scopeType === null),
    )
  )
    return 'all';
  return grants.map((grant) => grant.scopeId).filter((id): id is string => id !== null);
}
