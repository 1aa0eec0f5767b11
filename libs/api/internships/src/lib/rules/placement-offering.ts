import type { IsoDate } from '@pathways/api-programmes';
import { longDate } from './calendar';

/** What deciding who may offer a placement needs to know about the person offering it. */
export interface Offerer {
  /** Coordinates the intake: a lead of its internship programme, or an admin. */
  coordinates: boolean;
  /** The departments they lead (department_lead scopes); `'all'` for a grant covering all. */
  departments: readonly string[] | 'all';
}

export interface OfferedDepartment {
  code: string;
  name: string;
}

export interface OfferedIntake {
  name: string;
  startDate: IsoDate | null;
}

export type OfferRefusal =
  { kind: 'not_their_department'; message: string } | { kind: 'intake_started'; message: string };

export function leadsDepartment(departments: Offerer['departments'], code: string): boolean {
  return departments === 'all' || departments.includes(code);
}

/**
 * Departments offer placements until the intake starts; after that only its coordinators add
 * one (they know whether matching can still fill it).
 */
export function isTakingPlacements(intake: OfferedIntake, today: IsoDate): boolean {
  return intake.startDate === null || today <= intake.startDate;
}

/**
 * Why this person may not offer this placement, or null when they may: the intake's
 * coordinators offer in any department, as before; department leads only in their own
 * departments, and only while the intake is taking placements.
 */
export function offerRefusal(
  offerer: Offerer,
  department: OfferedDepartment,
  intake: OfferedIntake,
  today: IsoDate,
): OfferRefusal | null {
  if (offerer.coordinates) return null;
  if (!leadsDepartment(offerer.departments, department.code)) {
    return {
      kind: 'not_their_department',
      message: `You cannot offer placements in ${department.name} (${department.code}): only its department leads and this intake’s coordinators can.`,
    };
  }
  if (!isTakingPlacements(intake, today)) {
    return {
      kind: 'intake_started',
      message: `${intake.name} started on ${longDate(intake.startDate ?? today)}, so it takes no more placements from departments. Ask its coordinator.`,
    };
  }
  return null;
}
