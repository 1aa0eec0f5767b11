import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import { PersonEntity } from '@pathways/api-people';
import {
  addDays,
  CohortEntity,
  isoDate,
  isWindowOpen,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { longDate } from '../rules/calendar';
import { SEED_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { demoGrant } from './demo-grant';
import {
  demoApplication,
  demoOpenPlacements,
  demoPerson,
  demoRunningPlacement,
  OPEN_PLACEMENTS,
} from './demo-placements';
import {
  DEMO_CANDIDATES,
  DEMO_INTERNSHIP_PROGRAMME_CODE,
  DEMO_INTERNSHIP_PROGRAMME_ID,
  DEMO_LINE_MANAGER_STAFF_NUMBER,
  DEMO_OPEN_INTAKE_ID,
  DEMO_PAST_INTAKE_ID,
  DEMO_PROGRAMME_LEAD_STAFF_NUMBER,
} from './demo-internships';

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
        await demoGrant(manager, lead.id, 'programme_lead', 'programme', programme.code);
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
        await demoRunningPlacement(manager, programme, past, lineManager);
        await demoOpenPlacements(manager, programme, open, lineManager);
      }
      for (const candidate of DEMO_CANDIDATES) {
        const person = await demoPerson(manager, candidate);
        await demoApplication(manager, open, person, candidate);
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
}
