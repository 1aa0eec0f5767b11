import { AuthenticatedUser, forbidden, hasRole, scopesOf } from '@pathways/api-core';
import { assertManagesProgramme, leadsProgramme } from '@pathways/api-programmes';
import type { PlacementEntity } from '../entities/placement.entity';

/**
 * Coordinating an intake (and offering its placements for departments): the internship
 * programme's leads, and admins. Department leads are leads of the internship programme
 * too: role scopes name programmes, not departments, so offering is not split by department.
 */
export function assertCoordinates(user: AuthenticatedUser, programmeCode: string): void {
  assertManagesProgramme(user, programmeCode);
}

/** Aggregates with disclosure control: the programme's leads, all-government analysts, admins. */
export function assertMayReadReport(user: AuthenticatedUser, programmeCode: string): void {
  if (hasRole(user, 'admin') || leadsProgramme(user, programmeCode)) return;
  if (scopesOf(user, 'analyst') === 'all') return;
  throw forbidden('Only the leads of this programme, analysts and admins can read its report.');
}

const NOT_YOURS = 'Only the line manager of this placement can do that.';

/** The placement's named line manager (before an intern is placed, e.g. for training). */
export function assertLineManages(user: AuthenticatedUser, placement: PlacementEntity): void {
  if (placement.lineManagerPersonId !== user.personId) throw forbidden(NOT_YOURS);
}

/**
 * Anything about the intern: the named line manager, holding the line manager role for
 * this intern (granted, and audited, when the intern accepted the placement).
 */
export function assertManagesIntern(user: AuthenticatedUser, placement: PlacementEntity): string {
  assertLineManages(user, placement);
  const intern = placement.internPersonId;
  const scopes = scopesOf(user, 'line_manager');
  if (!intern || (scopes !== 'all' && !scopes.includes(intern))) {
    throw forbidden('You can do that once an intern has accepted this placement.');
  }
  return intern;
}
