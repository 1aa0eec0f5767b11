import type { PersonEntity } from '@pathways/api-people';
import type { IsoDate } from '@pathways/api-programmes';
import type { InternshipMatchEntity } from '../entities/internship-match.entity';
import type { PlacementEntity } from '../entities/placement.entity';
import type { PlacementStatus, TrainingStatus } from '../models/enums';
import type { PlacementFields } from '../models/placement.model';
import { placementPerson, type PlacementPerson } from '../models/placement-person.model';
import type { ReferenceNames } from './reference-names';

export function trainingStatusOf(placement: PlacementEntity, today: IsoDate): TrainingStatus {
  if (placement.trainingCompletedOn) return 'done';
  return today >= placement.startDate ? 'overdue' : 'due';
}

export function placementStatusOf(
  placement: PlacementEntity,
  liveMatch: InternshipMatchEntity | undefined,
): PlacementStatus {
  if (placement.internPersonId) return 'filled';
  if (liveMatch?.status === 'offered') return 'offered';
  if (liveMatch?.status === 'suggested') return 'suggested';
  return 'open';
}

const UNKNOWN_PERSON: PlacementPerson = {
  id: '',
  givenName: 'Unknown',
  familyName: '',
  staffNumber: '',
  departmentCode: '',
  gradeCode: '',
};

export interface PlacementViewContext {
  people: Map<string, PersonEntity>;
  names: ReferenceNames;
  today: IsoDate;
  /** The placement's suggested or offered match, if any. */
  liveMatch?: InternshipMatchEntity;
}

export function placementFields(
  placement: PlacementEntity,
  { people, names, today, liveMatch }: PlacementViewContext,
): PlacementFields {
  const manager = people.get(placement.lineManagerPersonId);
  const intern = placement.internPersonId ? people.get(placement.internPersonId) : undefined;
  return {
    id: placement.id,
    intakeId: placement.cohortId,
    departmentCode: placement.departmentCode,
    departmentName: names.department(placement.departmentCode),
    team: placement.team,
    gradeCode: placement.gradeCode,
    regionCode: placement.regionCode,
    regionName: names.region(placement.regionCode),
    workArea: placement.workArea,
    workAreaName: names.work(placement.workArea),
    lineManager: manager ? placementPerson(manager) : UNKNOWN_PERSON,
    startDate: placement.startDate,
    termMonths: placement.termMonths,
    endDate: placement.endDate,
    trainingCompletedOn: placement.trainingCompletedOn,
    trainingStatus: trainingStatusOf(placement, today),
    status: placementStatusOf(placement, liveMatch),
    intern: intern ? placementPerson(intern) : null,
    outcome: placement.outcome,
    outcomeEffectiveDate: placement.outcomeEffectiveDate,
  };
}

/** "Justice, Digital team, EO, London" */
export function placementSummary(placement: PlacementEntity, names: ReferenceNames): string {
  return [
    names.department(placement.departmentCode),
    placement.team,
    placement.gradeCode,
    names.region(placement.regionCode),
  ].join(', ');
}
