import { AuthenticatedUser, forbidden, hasRole, scopesOf } from '@pathways/api-core';
import { leadsProgramme } from '@pathways/api-programmes';

/** Programme reports: the programme's leads, analysts (aggregates only) and admins. */
export function assertMayReadProgrammeReport(user: AuthenticatedUser, programmeCode: string): void {
  if (hasRole(user, 'admin') || hasRole(user, 'analyst')) return;
  if (!leadsProgramme(user, programmeCode))
    throw forbidden('Only the leads of this programme, analysts and admins can read its report.');
}

/** Programme dashboards and career events of a programme's people: its leads and admins. */
export function assertManagesProgrammeOutcomes(
  user: AuthenticatedUser,
  programmeCode: string,
): void {
  if (hasRole(user, 'admin')) return;
  if (!leadsProgramme(user, programmeCode))
    throw forbidden('Only the leads of this programme can do that.');
}

/** Programme codes whose people the user may record events for; 'all' for admins. */
export function programmesLedBy(user: AuthenticatedUser): readonly string[] | 'all' {
  if (hasRole(user, 'admin')) return 'all';
  return scopesOf(user, 'programme_lead');
}

/** Departments an analyst's aggregates cover; 'all' for admins and all-of-government analysts. */
export function analystDepartments(user: AuthenticatedUser): readonly string[] | 'all' {
  if (hasRole(user, 'admin')) return 'all';
  const scopes = scopesOf(user, 'analyst');
  if (scopes !== 'all' && scopes.length === 0) throw forbidden();
  return scopes;
}
