// Writes the demo department (the data `seed demo` loads) as the contract's CSV files, so it
// can be inspected or loaded with `cli import` into any installation:
//   node tools/scripts/run-ts.mjs tools/seed/demo-csv.ts OUT_DIR [YYYY-MM]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEMO_DEPARTMENT,
  DEMO_PROGRAMME,
  DemoCalendar,
  generateDemoDataset,
} from '@pathways/api-outcomes';
import type { DemoDataset } from '@pathways/api-outcomes';
import { formatCsv } from '@pathways/domain-stats';
import type { CsvValue } from '@pathways/domain-stats';

const flag = (value: boolean | null): string | null =>
  value === null ? null : value ? 'yes' : 'no';

function peopleCsv(dataset: DemoDataset, snapshotDate: string): string {
  const byStaff = new Map(dataset.people.map((person) => [person.staffNumber, person]));
  const rows: CsvValue[][] = dataset.snapshots
    .filter((snapshot) => snapshot.snapshotDate === snapshotDate)
    .map((snapshot) => {
      const person = byStaff.get(snapshot.staffNumber);
      if (!person) throw new Error(`no person ${snapshot.staffNumber}`);
      return [
        snapshotDate,
        person.staffNumber,
        person.givenName,
        person.familyName,
        person.email,
        DEMO_DEPARTMENT,
        snapshot.gradeCode,
        snapshot.professionCode,
        snapshot.regionCode,
        person.dateOfBirth,
        snapshot.sebOccupation,
        person.answers.gender,
        person.answers.ethnicity,
        person.answers.disability,
        person.answers.sexual_orientation,
      ];
    });
  return formatCsv([
    [
      'snapshot_date',
      'staff_number',
      'given_name',
      'family_name',
      'email',
      'department',
      'grade',
      'profession',
      'region',
      'date_of_birth',
      'seb_occupation',
      'gender',
      'ethnicity',
      'disability',
      'sexual_orientation',
    ],
    ...rows,
  ]);
}

function enrolmentsCsv(dataset: DemoDataset): string {
  return formatCsv([
    [
      'staff_number',
      'programme',
      'programme_type',
      'cohort',
      'role',
      'start_date',
      'end_date',
      'mentor_staff_number',
      'met_expectations',
      'sessions_interesting',
    ],
    ...dataset.enrolments.map((e) => [
      e.staffNumber,
      DEMO_PROGRAMME,
      'mentoring',
      e.cohort,
      e.role,
      e.startDate,
      e.endDate,
      e.mentorStaffNumber,
      flag(e.metExpectations),
      flag(e.sessionsInteresting),
    ]),
  ]);
}

function eventsCsv(dataset: DemoDataset): string {
  return formatCsv([
    ['event_id', 'staff_number', 'type', 'effective_date', 'from_grade', 'to_grade'],
    ...dataset.events.map((e) => [
      e.eventId,
      e.staffNumber,
      e.type,
      e.effectiveDate,
      e.fromGrade,
      e.toGrade,
    ]),
  ]);
}

function main(): void {
  const [outDir, month] = process.argv.slice(2);
  if (!outDir || (month !== undefined && !/^\d{4}-\d{2}$/.test(month))) {
    process.stderr.write('usage: demo-csv.ts OUT_DIR [YYYY-MM]\n');
    process.exitCode = 2;
    return;
  }
  const calendar = month
    ? DemoCalendar.ofMonth(new Date(`${month}-01T00:00:00Z`))
    : DemoCalendar.ofMonth();
  const dataset = generateDemoDataset(calendar);
  mkdirSync(outDir, { recursive: true });
  const files: [string, string][] = [
    ...dataset.snapshotDates.map((date): [string, string] => [
      `people-${date}.csv`,
      peopleCsv(dataset, date),
    ]),
    ['enrolments.csv', enrolmentsCsv(dataset)],
    ['events.csv', eventsCsv(dataset)],
  ];
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  process.stderr.write(
    `${dataset.people.length} people, ${dataset.snapshots.length} snapshot rows, ` +
      `${dataset.events.length} events, ${dataset.enrolments.length} enrolments → ${outDir}\n`,
  );
}

main();
