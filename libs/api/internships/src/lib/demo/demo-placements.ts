import { PersonEntity } from '@pathways/api-people';
import {
  addDays,
  CohortEntity,
  EnrolmentEntity,
  isoDate,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import type { EntityManager } from 'typeorm';
import { CheckInEntity } from '../entities/check-in.entity';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import { termEnd } from '../rules/calendar';
import { internshipSettingsOf } from '../rules/internship-settings';
import { demoGrant } from './demo-grant';
import { DEMO_INTERN, DEMO_PLACEMENT_ID, type DemoCandidate } from './demo-internships';

export const OPEN_PLACEMENTS = [
  {
    departmentCode: 'MOJ',
    team: 'Digital services',
    gradeCode: 'EO',
    regionCode: 'TLI',
    workArea: 'digital_data_technology',
  },
  {
    departmentCode: 'DWP',
    team: 'Jobcentre operations',
    gradeCode: 'AO',
    regionCode: 'TLC',
    workArea: 'operational_delivery',
  },
];

export async function demoPerson(
  manager: EntityManager,
  details: DemoCandidate,
): Promise<PersonEntity> {
  const repository = manager.getRepository(PersonEntity);
  await repository.upsert(
    {
      staffNumber: details.staffNumber,
      givenName: details.givenName,
      familyName: details.familyName,
      email: null,
      departmentCode: details.departmentCode,
      gradeCode: details.gradeCode,
      dateOfBirth: details.dateOfBirth,
      careLeaver: true,
    },
    ['staffNumber'],
  );
  return repository.findOneByOrFail({ staffNumber: details.staffNumber });
}

export async function demoApplication(
  manager: EntityManager,
  intake: CohortEntity,
  person: PersonEntity,
  details: DemoCandidate,
): Promise<InternshipApplicationEntity> {
  const repository = manager.getRepository(InternshipApplicationEntity);
  const existing = await repository.findOne({
    where: { cohortId: intake.id, personId: person.id, status: 'active' },
  });
  if (existing) return existing;
  return repository.save(
    repository.create({
      cohortId: intake.id,
      personId: person.id,
      weeksInCare: 52,
      inCareAfterSixteen: true,
      preferredRegions: details.regions,
      preferredWork: details.work,
      status: 'active',
      previouslyUnmatched: false,
    }),
  );
}

export async function demoRunningPlacement(
  manager: EntityManager,
  programme: ProgrammeEntity,
  intake: CohortEntity,
  lineManager: PersonEntity,
): Promise<void> {
  const placements = manager.getRepository(PlacementEntity);
  if (await placements.exists({ where: { id: DEMO_PLACEMENT_ID } })) return;
  const intern = await demoPerson(manager, DEMO_INTERN);
  const application = await demoApplication(manager, intake, intern, DEMO_INTERN);
  const startDate = intake.startDate ?? isoDate(new Date());
  const { termMonths } = internshipSettingsOf(programme.settings);
  const placement = await placements.save(
    placements.create({
      id: DEMO_PLACEMENT_ID,
      cohortId: intake.id,
      programmeId: programme.id,
      departmentCode: 'MOJ',
      team: 'Courts operations',
      gradeCode: 'AO',
      regionCode: 'TLD',
      workArea: 'operational_delivery',
      lineManagerPersonId: lineManager.id,
      startDate,
      termMonths,
      endDate: termEnd(startDate, termMonths),
      offeredBy: null,
      internPersonId: intern.id,
      applicationId: application.id,
      trainingCompletedOn: addDays(startDate, -14),
    }),
  );
  await manager.getRepository(InternshipMatchEntity).insert({
    cohortId: intake.id,
    placementId: placement.id,
    applicationId: application.id,
    personId: intern.id,
    status: 'accepted',
    score: 0.9,
    explanation: ['In North West, one of the regions chosen'],
    offeredAt: new Date(`${addDays(startDate, -30)}T09:00:00Z`),
    respondedAt: new Date(`${addDays(startDate, -28)}T09:00:00Z`),
  });
  await manager.getRepository(EnrolmentEntity).upsert(
    {
      cohortId: intake.id,
      programmeId: programme.id,
      personId: intern.id,
      role: 'participant',
      startDate,
      endDate: placement.endDate,
      source: 'app',
    },
    { conflictPaths: ['cohortId', 'personId', 'role'] },
  );
  await manager.getRepository(CheckInEntity).insert({
    placementId: placement.id,
    month: `${startDate.slice(0, 7)}-01`,
    status: 'on_track',
    notes: 'Settling in well; has met the team and started shadowing the listings desk.',
    recordedBy: lineManager.id,
  });
  await demoGrant(manager, lineManager.id, 'line_manager', 'intern', intern.id);
}

export async function demoOpenPlacements(
  manager: EntityManager,
  programme: ProgrammeEntity,
  intake: CohortEntity,
  lineManager: PersonEntity,
): Promise<void> {
  const placements = manager.getRepository(PlacementEntity);
  if (await placements.exists({ where: { cohortId: intake.id } })) return;
  const startDate = intake.startDate ?? isoDate(new Date());
  const { termMonths } = internshipSettingsOf(programme.settings);
  await placements.insert(
    OPEN_PLACEMENTS.map((offer) => ({
      ...offer,
      cohortId: intake.id,
      programmeId: programme.id,
      lineManagerPersonId: lineManager.id,
      startDate,
      termMonths,
      endDate: termEnd(startDate, termMonths),
      offeredBy: null,
    })),
  );
}
