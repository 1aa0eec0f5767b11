import { Injectable } from '@nestjs/common';
import { AsDemoSeeder, DemoSeeder } from '@pathways/api-core';
import { buildProgrammePreset } from '@pathways/api-programmes';
import { DataSource, EntityManager } from 'typeorm';
import { UPSERT_ENROLMENTS_SQL } from '../import/enrolments-import.sql';
import { INSERT_HR_EVENTS_SQL } from '../import/events-import.sql';
import { DemoCalendar } from './demo-calendar';
import {
  DEMO_DEPARTMENT,
  DEMO_PROGRAMME,
  DEMO_UNCONFIRMED_EVENT_ID,
  DemoDataset,
  DemoEnrolment,
} from './demo-dataset';
import {
  DEMO_PROGRAMME_HAS_ENROLMENTS_SQL,
  INSERT_DEMO_ANSWERS_SQL,
  INSERT_DEMO_COHORTS_SQL,
  INSERT_DEMO_PEOPLE_SQL,
  INSERT_DEMO_PROGRAMME_SQL,
  INSERT_DEMO_SELF_REPORT_SQL,
  INSERT_DEMO_SNAPSHOTS_SQL,
} from './demo-seed.sql';
import { generateDemoDataset } from './generate-demo-dataset';

/** The demo participant account is a mentee of the running intake, mentored by the demo mentor. */
const DEMO_PARTICIPANT = 'DEMO0001';
const DEMO_MENTOR = 'DEMO0002';

/**
 * The fictional department and its Catapult programme (tools/seed/demo-csv.ts writes the same
 * data as CSV). Runs after the demo accounts; skipped once the programme has enrolments.
 */
@Injectable()
@AsDemoSeeder(20)
export class DemoOutcomesSeeder implements DemoSeeder {
  constructor(private readonly dataSource: DataSource) {}

  async seedDemo(): Promise<string[]> {
    const [{ seeded }]: { seeded: boolean }[] = await this.dataSource.query(
      DEMO_PROGRAMME_HAS_ENROLMENTS_SQL,
      [DEMO_PROGRAMME],
    );
    if (seeded) return [`${DEMO_PROGRAMME} demo programme already loaded`];
    const dataset = generateDemoDataset();
    await this.dataSource.transaction(async (manager) => {
      await writePeople(manager, dataset);
      await writeProgramme(manager, dataset);
      await writeEnrolments(manager, [...dataset.enrolments, ...demoAccountEnrolments(dataset)]);
      await writeEvents(manager, dataset);
      await writeSelfReport(manager, dataset);
    });
    const participants = dataset.enrolments.filter((e) => e.role === 'participant').length;
    return [
      `demo department ${DEMO_DEPARTMENT}: ${dataset.people.length} people, ` +
        `${dataset.events.length} career events; ${DEMO_PROGRAMME}: ` +
        `${dataset.cohorts.length} cohorts, ${participants} participants`,
    ];
  }
}

async function writePeople(manager: EntityManager, { people, snapshots }: DemoDataset) {
  const column = <T>(pick: (person: (typeof people)[number]) => T) => people.map(pick);
  await manager.query(INSERT_DEMO_PEOPLE_SQL, [
    DEMO_DEPARTMENT,
    column((p) => p.staffNumber),
    column((p) => p.givenName),
    column((p) => p.familyName),
    column((p) => p.email),
    column((p) => p.gradeCode),
    column((p) => p.professionCode),
    column((p) => p.regionCode),
    column((p) => p.dateOfBirth),
  ]);
  await manager.query(INSERT_DEMO_SNAPSHOTS_SQL, [
    DEMO_DEPARTMENT,
    snapshots.map((s) => s.staffNumber),
    snapshots.map((s) => s.snapshotDate),
    snapshots.map((s) => s.gradeCode),
    snapshots.map((s) => s.professionCode),
    snapshots.map((s) => s.regionCode),
    snapshots.map((s) => s.sebOccupation),
  ]);
  await manager.query(INSERT_DEMO_ANSWERS_SQL, [
    column((p) => p.staffNumber),
    column((p) => p.answers.seb_occupation),
    column((p) => p.answers.gender),
    column((p) => p.answers.ethnicity),
    column((p) => p.answers.disability),
    column((p) => p.answers.sexual_orientation),
  ]);
}

async function writeProgramme(manager: EntityManager, { cohorts }: DemoDataset) {
  const preset = buildProgrammePreset('catapult', { participatingDepartments: [DEMO_DEPARTMENT] });
  await manager.query(INSERT_DEMO_PROGRAMME_SQL, [
    DEMO_PROGRAMME,
    'Catapult (demo)',
    preset.description,
    preset.durationMonths,
    preset.participatingDepartments,
    JSON.stringify(preset.eligibility),
    JSON.stringify(preset.matchingRules),
  ]);
  await manager.query(INSERT_DEMO_COHORTS_SQL, [
    DEMO_PROGRAMME,
    cohorts.map((c) => c.code),
    cohorts.map((c) => c.startDate),
  ]);
}

function demoAccountEnrolments({ cohorts }: DemoDataset): DemoEnrolment[] {
  const running = cohorts.find((cohort) => cohort.endDate === null);
  if (!running) return [];
  const base = {
    cohort: running.code,
    startDate: running.startDate,
    endDate: null,
    metExpectations: null,
    sessionsInteresting: null,
  };
  return [
    { ...base, staffNumber: DEMO_MENTOR, role: 'mentor', mentorStaffNumber: null },
    { ...base, staffNumber: DEMO_PARTICIPANT, role: 'participant', mentorStaffNumber: DEMO_MENTOR },
  ];
}

// The import's upsert: rows naming someone absent (a demo account not loaded) are left out.
async function writeEnrolments(manager: EntityManager, enrolments: readonly DemoEnrolment[]) {
  await manager.query(UPSERT_ENROLMENTS_SQL, [
    enrolments.map((e) => e.staffNumber),
    enrolments.map(() => DEMO_PROGRAMME),
    enrolments.map((e) => e.cohort),
    enrolments.map((e) => e.role),
    enrolments.map((e) => e.startDate),
    enrolments.map((e) => e.endDate),
    enrolments.map((e) => e.mentorStaffNumber),
    enrolments.map((e) => e.metExpectations),
    enrolments.map((e) => e.sessionsInteresting),
  ]);
}

async function writeEvents(manager: EntityManager, { events }: DemoDataset) {
  await manager.query(INSERT_HR_EVENTS_SQL, [
    events.map((e) => e.eventId),
    events.map((e) => e.staffNumber),
    events.map((e) => e.type),
    events.map((e) => e.effectiveDate),
    events.map((e) => e.fromGrade),
    events.map((e) => e.toGrade),
    events.map(() => null),
    events.map(() => null),
  ]);
}

async function writeSelfReport(manager: EntityManager, { cohorts }: DemoDataset) {
  const running = cohorts.find((cohort) => cohort.endDate === null);
  if (!running) return;
  await manager.query(INSERT_DEMO_SELF_REPORT_SQL, [
    DEMO_UNCONFIRMED_EVENT_ID,
    DEMO_PARTICIPANT,
    DemoCalendar.addDays(running.startDate, 60),
  ]);
}
