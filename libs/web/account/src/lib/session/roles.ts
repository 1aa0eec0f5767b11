/** The roles and scopes of the API (libs/api/core auth/roles.ts), as people read them. */
export const ROLE_LABELS = {
  participant: 'Participant',
  mentor: 'Mentor',
  line_manager: 'Line manager',
  programme_lead: 'Programme lead',
  department_lead: 'Department lead',
  network_lead: 'Network lead',
  analyst: 'Analyst',
  admin: 'Admin',
} as const;

export type RoleName = keyof typeof ROLE_LABELS;

export const SCOPE_TYPE_LABELS = {
  programme: 'Programme',
  network: 'Network',
  intern: 'Intern',
  department: 'Department',
  all: 'All government',
} as const;

export type ScopeTypeName = keyof typeof SCOPE_TYPE_LABELS;

export interface RoleGrantLike {
  role: string;
  scopeType?: string | null;
  scopeId?: string | null;
}

export function roleLabel(role: string): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as RoleName] : role;
}

/** "Programme CATAPULT", "All government", or "None" for roles without a scope. */
export function scopeLabel({ scopeType, scopeId }: RoleGrantLike): string {
  if (!scopeType) return 'None';
  const type = Object.hasOwn(SCOPE_TYPE_LABELS, scopeType)
    ? SCOPE_TYPE_LABELS[scopeType as ScopeTypeName]
    : scopeType;
  return scopeId ? `${type} ${scopeId}` : type;
}

export function holdsRole(grants: readonly RoleGrantLike[] | undefined, role: RoleName): boolean {
  return (grants ?? []).some((grant) => grant.role === role);
}
