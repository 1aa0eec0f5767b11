import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import { PersonAnswersEntity, PersonEntity } from '@pathways/api-people';
import {
  addDays,
  buildProgrammePreset,
  CohortEntity,
  isoDate,
  isWindowOpen,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { MatchingRunEntity } from './entities/matching-run.entity';
import { MenteeApplicationEntity } from './entities/mentee-application.entity';
import { MentorOfferEntity } from './entities/mentor-offer.entity';
import type { SessionTopic } from './rules/vocabulary';
import { MatchingService } from './services/matching.service';

export const DEMO_PROGRAMME_CODE = 'CATAPULT';
export const DEMO_COHORT_CODE = '2026-OPEN';
/** A well-known id, so guides and tests can point at the open demo cohort. */
export const DEMO_COHORT_ID = 'c0407000-0000-4000-8000-000000002026';

interface DemoPerson {
  staffNumber: string;
  givenName: string;
  familyName: string;
  departmentCode: string;
  gradeCode: string;
  professionCode: string;
  regionCode: string;
  topics: SessionTopic[];
}

const DEPARTMENTS = ['MOJ', 'DWP', 'HMRC', 'HO'];
const PROFESSIONS = ['operational_delivery', 'policy', 'digital_data_technology', 'finance'];
const REGIONS = ['TLC', 'TLD', 'TLI', 'TLM'];
const TOPICS: SessionTopic[][] = [
  ['career_planning', 'confidence'],
  ['applications_interviews', 'hidden_rules'],
  ['networking', 'job_shadowing'],
  ['skills', 'career_planning', 'hidden_rules'],
];

/** Fictional applicants (all lower SEB, so eligible) and mentors for the lead to match. */
const DEMO_MENTEES: DemoPerson[] = Array.from({ length: 12 }, (_, i) => ({
  staffNumber: `DEMO-MENTEE-${String(i + 1).padStart(2, '0')}`,
  givenName: ['Sam', 'Jo', 'Alex', 'Kai', 'Rui', 'Dee'][i % 6],
  familyName: `Mentee${i + 1}`,
  departmentCode: DEPARTMENTS[i % 4],
  gradeCode: ['AO', 'EO', 'HEO', 'SEO'][i % 4],
  professionCode: PROFESSIONS[(i + 1) % 4],
  regionCode: REGIONS[i % 4],
  topics: TOPICS[i % 4],
}));

const DEMO_MENTORS: DemoPerson[] = Array.from({ length: 4 }, (_, i) => ({
  staffNumber: `DEMO-MENTOR-${String(i + 1).padStart(2, '0')}`,
  givenName: ['Chris', 'Robin', 'Ash', 'Jess'][i],
  familyName: `Mentor${i + 1}`,
  departmentCode: DEPARTMENTS[(i + 1) % 4],
  gradeCode: ['G7', 'G6', 'SCS1', 'G7'][i],
  professionCode: PROFESSIONS[i],
  regionCode: REGIONS[(i + 2) % 4],
  topics: TOPICS[(i + 1) % 4],
}));

/**
 * An open Catapult-style cohort so the demo mentee, mentor and lead can walk the journey:
 * the programme is made only if missing (other demo data keeps historical CATAPULT
 * cohorts), the cohort's window is reopened if it has closed, and a first matching run gives
 * the lead suggestions to review. Idempotent.
 */
@Injectable()
@AsDemoSeeder(30)
export class MentoringDemoSeeder implements DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
  ) {}

  async seedDemo(): Promise<string[]> {
    const today = isoDate(new Date());
    const { cohort, programme } = await this.dataSource.transaction(async (manager) => {
      const programme = await this.programme(manager);
      const found = await this.cohort(manager, programme, today);
      // Mentors must come from the participating departments, when the programme names some.
      const mentorDepartment = programme.participatingDepartments[0];
      const mentees = await this.people(manager, DEMO_MENTEES);
      const mentors = await this.people(
        manager,
        DEMO_MENTORS.map((m) =>
          mentorDepartment ? { ...m, departmentCode: mentorDepartment } : m,
        ),
      );
      await manager.getRepository(PersonAnswersEntity).upsert(
        mentees.map((person) => ({ personId: person.id, sebOccupation: 'routine' })),
        ['personId'],
      );
      await this.applications(manager, found, mentees);
      await this.offers(manager, found, mentors);
      return { cohort: found, programme };
    });
    if (
      !(await this.dataSource
        .getRepository(MatchingRunEntity)
        .exists({ where: { cohortId: cohort.id } }))
    ) {
      await this.matching.runFor(cohort, programme, null);
    }
    return [
      `mentoring: ${DEMO_PROGRAMME_CODE} cohort ${DEMO_COHORT_CODE} open until ${cohort.applicationsClose} ` +
        `(${DEMO_MENTEES.length} applicants, ${DEMO_MENTORS.length} mentors)`,
    ];
  }

  private async programme(manager: EntityManager): Promise<ProgrammeEntity> {
    const repository = manager.getRepository(ProgrammeEntity);
    const preset = buildProgrammePreset('catapult');
    const existing = await repository.findOne({ where: { code: DEMO_PROGRAMME_CODE } });
    if (existing) {
      if (existing.matchingRules) return existing;
      // Created by an import, which knows no rules: give it Catapult's.
      existing.matchingRules = preset.matchingRules;
      if (Object.keys(existing.eligibility).length === 0) existing.eligibility = preset.eligibility;
      return repository.save(existing);
    }
    return repository.save(
      repository.create({
        code: DEMO_PROGRAMME_CODE,
        name: 'Catapult',
        type: preset.type,
        description: preset.description,
        durationMonths: preset.durationMonths,
        participatingDepartments: [],
        eligibility: preset.eligibility,
        matchingRules: preset.matchingRules,
        matchingWeights: null,
        settings: {},
      }),
    );
  }

  private async cohort(manager: EntityManager, programme: ProgrammeEntity, today: string) {
    const repository = manager.getRepository(CohortEntity);
    const window = {
      applicationsOpen: addDays(today, -14),
      applicationsClose: addDays(today, 46),
      startDate: addDays(today, 60),
    };
    const existing = await repository.findOne({
      where: { programmeId: programme.id, code: DEMO_COHORT_CODE },
    });
    if (!existing) {
      return repository.save(
        repository.create({
          id: DEMO_COHORT_ID,
          programmeId: programme.id,
          code: DEMO_COHORT_CODE,
          name: 'Catapult 2026 (open)',
          ...window,
        }),
      );
    }
    if (isWindowOpen(existing, today)) return existing;
    return repository.save(Object.assign(existing, window));
  }

  private async people(manager: EntityManager, people: DemoPerson[]): Promise<PersonEntity[]> {
    const repository = manager.getRepository(PersonEntity);
    for (const { topics: _topics, ...person } of people) {
      if (!(await repository.exists({ where: { staffNumber: person.staffNumber } }))) {
        await repository.insert({ ...person, email: null });
      }
    }
    const found = await repository.find({
      where: people.map((p) => ({ staffNumber: p.staffNumber })),
    });
    const order = new Map(people.map((p, i) => [p.staffNumber, i]));
    return found.sort((a, b) => (order.get(a.staffNumber) ?? 0) - (order.get(b.staffNumber) ?? 0));
  }

  private async applications(
    manager: EntityManager,
    cohort: CohortEntity,
    mentees: PersonEntity[],
  ) {
    const repository = manager.getRepository(MenteeApplicationEntity);
    for (const [i, person] of mentees.entries()) {
      if (await repository.exists({ where: { cohortId: cohort.id, personId: person.id } }))
        continue;
      await repository.insert({
        cohortId: cohort.id,
        personId: person.id,
        goals: 'Understand how promotion boards work and build a network outside my team.',
        topics: DEMO_MENTEES[i].topics,
        professionPreference: i % 3 === 0 ? 'same' : 'any',
        departmentPreference: 'any',
        region: null,
        availability: 'Fortnightly, an hour, on Teams or in person',
        status: 'active',
      });
    }
  }

  private async offers(manager: EntityManager, cohort: CohortEntity, mentors: PersonEntity[]) {
    const repository = manager.getRepository(MentorOfferEntity);
    for (const [i, person] of mentors.entries()) {
      if (await repository.exists({ where: { cohortId: cohort.id, personId: person.id } }))
        continue;
      await repository.insert({
        cohortId: cohort.id,
        personId: person.id,
        capacity: 2 + (i % 2),
        topics: DEMO_MENTORS[i].topics,
        professions: [DEMO_MENTORS[i].professionCode],
        paused: false,
      });
    }
  }
}
