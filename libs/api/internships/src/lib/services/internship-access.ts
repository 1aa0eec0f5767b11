import { AuthenticatedUser, conflict, forbidden, hasRole, scopesOf } from '@pathways/api-core';
import { assertManagesProgramme, type IsoDate, leadsProgramme } from '@pathways/api-programmes';
import type { PlacementEntity } from '../entities/placement.entity';
import {
  type OfferedDepartment,
  type OfferedIntake,
  type Offerer,
  offerRefusal,
} from '../rules/placement-offering';

/**
 * Coordinating an intake: the internship programme's leads, and admins. They may also offer
 * placements in any department on its behalf.
 */
export function assertCoordinates(user: AuthenticatedUser, programmeCode: string): void {
  assertManagesProgramme(user, programmeCode);
}

export function coordinates(user: AuthenticatedUser, programmeCode: string): boolean {
  return hasRole(user, 'admin') || leadsProgramme(user, programmeCode);
}

/** The departments a department lead offers placements for and sees the placements of. */
export function departmentsLed(user: AuthenticatedUser): string[] | 'all' {
  return scopesOf(user, 'department_lead');
}

/** Offering a placement: the intake's coordinators, or a lead of the placement's department. */
export function assertMayOfferPlacement(
  user: AuthenticatedUser,
  programmeCode: string,
  department: OfferedDepartment,
  intake: OfferedIntake,
  today: IsoDate,
): void {
  const offerer: Offerer = {
    coordinates: coordinates(user, programmeCode),
    departments: departmentsLed(user),
  };
  const refusal = offerRefusal(offerer, department, intake, today);
  if (refusal?.kind === 'not_their_department') throw forbidden(refusal.message);
  if (refusal?.kind === 'intake_started') throw conflict(refusal.message, 'intakeId');
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
