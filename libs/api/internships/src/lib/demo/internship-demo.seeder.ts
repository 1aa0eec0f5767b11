import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import { hasGrant, RoleGrantEntity } from '@pathways/api-identity';
import { PersonEntity } from '@pathways/api-people';
import {
  addDays,
  CohortEntity,
  EnrolmentEntity,
  isoDate,
  isWindowOpen,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { CheckInEntity } from '../entities/check-in.entity';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { InternshipMatchEntity } from '../entities/internship-match.entity';
import { PlacementEntity } from '../entities/placement.entity';
import { longDate, termEnd } from '../rules/calendar';
import { internshipSettingsOf, SEED_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import {
  DEMO_CANDIDATES,
  DEMO_INTERN,
  DEMO_INTERNSHIP_PROGRAMME_CODE,
  DEMO_INTERNSHIP_PROGRAMME_ID,
  DEMO_LINE_MANAGER_STAFF_NUMBER,
  DEMO_OPEN_INTAKE_ID,
  DEMO_PAST_INTAKE_ID,
  DEMO_PLACEMENT_ID,
  DEMO_PROGRAMME_LEAD_STAFF_NUMBER,
  type DemoCandidate,
} from './demo-internships';

const OPEN_PLACEMENTS = [
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

/**
 * A care leaver internship programme for the demo: an intake running now, whose placement
 * the demo line manager manages (their line manager role is for that intern), and an open
 * intake with placements and applicants for the demo programme lead, who coordinates it.
 * Idempotent; the open intake's window is reopened if it has closed.
 */
@Injectable()
@AsDemoSeeder(40)
export class InternshipDemoSeeder implements DemoSeeder {
  constructor(private readonly dataSource: DataSource) {}

  async seedDemo(): Promise<string[]> {
    const today = isoDate(new Date());
    const open = await this.dataSource.transaction(async (manager) => {
      const lineManager = await this.account(manager, DEMO_LINE_MANAGER_STAFF_NUMBER);
      const lead = await this.account(manager, DEMO_PROGRAMME_LEAD_STAFF_NUMBER);
      const programme = await this.programme(manager);
      if (lead) {
        await this.grant(manager, lead.id, 'programme_lead', 'programme', programme.code);
      }
      const past = await this.intake(
        manager,
        programme,
        DEMO_PAST_INTAKE_ID,
        'RUNNING',
        'Running intake',
        {
          applicationsOpen: addDays(today, -200),
          applicationsClose: addDays(today, -150),
          startDate: addDays(today, -120),
        },
      );
      const open = await this.intake(
        manager,
        programme,
        DEMO_OPEN_INTAKE_ID,
        'NEXT',
        'Next intake',
        {
          applicationsOpen: addDays(today, -7),
          applicationsClose: addDays(today, 30),
          startDate: addDays(today, 60),
        },
      );
      if (!isWindowOpen(open, today)) {
        Object.assign(open, {
          applicationsOpen: addDays(today, -7),
          applicationsClose: addDays(today, 30),
          startDate: addDays(today, 60),
        });
        await manager.getRepository(CohortEntity).save(open);
      }
      if (lineManager) {
        await this.runningPlacement(manager, programme, past, lineManager);
        await this.openPlacements(manager, programme, open, lineManager);
      }
      for (const candidate of DEMO_CANDIDATES) {
        const person = await this.person(manager, candidate);
        await this.application(manager, open, person, candidate);
      }
      return open;
    });
    return [
      `internships: ${DEMO_INTERNSHIP_PROGRAMME_CODE} intake open until ${longDate(open.applicationsClose ?? today)} ` +
        `(${OPEN_PLACEMENTS.length} placements, ${DEMO_CANDIDATES.length} applicants)`,
    ];
  }

  private account(manager: EntityManager, staffNumber: string): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { staffNumber } });
  }

  private async grant(
    manager: EntityManager,
    personId: string,
    role: 'programme_lead' | 'line_manager',
    scopeType: 'programme' | 'intern',
    scopeId: string,
  ): Promise<void> {
    const key = { personId, role, scopeType, scopeId };
    if (!(await hasGrant(manager, key))) await manager.getRepository(RoleGrantEntity).insert(key);
  }

  private async programme(manager: EntityManager): Promise<ProgrammeEntity> {
    const repository = manager.getRepository(ProgrammeEntity);
    const existing = await repository.findOne({ where: { code: DEMO_INTERNSHIP_PROGRAMME_CODE } });
    if (existing) return existing;
    return repository.save(
      repository.create({
        id: DEMO_INTERNSHIP_PROGRAMME_ID,
        code: DEMO_INTERNSHIP_PROGRAMME_CODE,
        name: 'Care Leaver Covenant internships',
        type: 'internship',
        description:
          'Paid internships at AO or EO level for care leavers, in departments across government, with trained line managers and a peer network.',
        durationMonths: SEED_INTERNSHIP_SETTINGS.termMonths,
        participatingDepartments: [],
        eligibility: {},
        matchingRules: null,
        matchingWeights: null,
        settings: { ...SEED_INTERNSHIP_SETTINGS },
      }),
    );
  }

  private async intake(
    manager: EntityManager,
    programme: ProgrammeEntity,
    id: string,
    code: string,
    name: string,
    dates: Pick<CohortEntity, 'applicationsOpen' | 'applicationsClose' | 'startDate'>,
  ): Promise<CohortEntity> {
    const repository = manager.getRepository(CohortEntity);
    const existing = await repository.findOne({ where: { id } });
    if (existing) return existing;
    return repository.save(
      repository.create({ id, programmeId: programme.id, code, name, ...dates }),
    );
  }

  private async person(manager: EntityManager, details: DemoCandidate): Promise<PersonEntity> {
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

  private async application(
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

  private async runningPlacement(
    manager: EntityManager,
    programme: ProgrammeEntity,
    intake: CohortEntity,
    lineManager: PersonEntity,
  ): Promise<void> {
    const placements = manager.getRepository(PlacementEntity);
    if (await placements.exists({ where: { id: DEMO_PLACEMENT_ID } })) return;
    const intern = await this.person(manager, DEMO_INTERN);
    const application = await this.application(manager, intake, intern, DEMO_INTERN);
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
    await this.grant(manager, lineManager.id, 'line_manager', 'intern', intern.id);
  }

  private async openPlacements(
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
}
