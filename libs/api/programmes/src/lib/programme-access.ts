import { AuthenticatedUser, forbidden, hasRole, scopesOf } from '@pathways/api-core';

/** Whether the user leads the programme with this code (scope ids are programme codes). */
export function leadsProgramme(user: AuthenticatedUser, programmeCode: string): boolean {
  const scopes = scopesOf(user, 'programme_lead');
  return scopes === 'all' || scopes.includes(programmeCode);
}

export function assertLeadsProgramme(user: AuthenticatedUser, programmeCode: string): void {
  if (!leadsProgramme(user, programmeCode)) {
    throw forbidden('Only the leads of this programme can do that.');
  }
}

/** Setting a programme up: its leads, or an admin. */
export function assertManagesProgramme(user: AuthenticatedUser, programmeCode: string): void {
  if (!hasRole(user, 'admin')) assertLeadsProgramme(user, programmeCode);
}
