import { CareerEventEntity } from '@pathways/api-outcomes';
import { PersonEntity } from '@pathways/api-people';
import { addDays } from '@pathways/api-programmes';
import { PlacementEntity } from '@pathways/api-internships';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { call, IntakeSetup, openIntake, person, TODAY } from './internship-fixtures';

const REPORT = `query R($id: ID!) {
  internshipReport(programmeId: $id) {
    programmeCode asOf
    placementsByDepartment { columns rows { key label cells { value suppressed } total { value suppressed } } }
    training { columns rows { label cells { value suppressed share } } }
    outcomes { columns rows { label cells { value suppressed share } total { value suppressed } } grandTotal { value suppressed } }
    progression { columns rows { label cells { value suppressed share } total { value suppressed } } }
  }
}`;

interface Cell {
  value: number | null;
  suppressed: boolean;
  share?: number | null;
}
interface Table {
  columns: string[];
  rows: { key?: string; label: string; cells: Cell[]; total?: Cell }[];
  grandTotal?: Cell;
}
interface Report {
  internshipReport: {
    programmeCode: string;
    asOf: string;
    placementsByDepartment: Table;
    training: Table;
    outcomes: Table;
    progression: Table;
  };
}

const shown = (value: number, share?: number | null) =>
  share === undefined ? { value, suppressed: false } : { value, suppressed: false, share };
const withheld = (share?: null) =>
  share === undefined
    ? { value: null, suppressed: true }
    : { value: null, suppressed: true, share: null };

describe('Internship report', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await testApp.close();
  });

  let interns = 0;

  /** A finished placement written straight to the database, as years of use would leave it. */
  async function finishedPlacement(
    setup: IntakeSetup,
    lineManagerId: string,
    fields: Partial<Pick<PlacementEntity, 'outcome' | 'startDate' | 'endDate'>> & {
      promotedOn?: string;
    },
  ): Promise<void> {
    interns += 1;
    const intern = await dataSource.getRepository(PersonEntity).save({
      staffNumber: `REPORT-INTERN-${interns}`,
      givenName: 'Report',
      familyName: `Intern ${interns}`,
      email: null,
      departmentCode: 'MOJ',
      gradeCode: 'AO',
      professionCode: null,
      regionCode: null,
      dateOfBirth: null,
      careLeaver: true,
      apprentice: null,
      erasedAt: null,
    });
    const { promotedOn, ...placement } = fields;
    const startDate = placement.startDate ?? addDays(TODAY, -800);
    const endDate = placement.endDate ?? addDays(startDate, 364);
    await dataSource.getRepository(PlacementEntity).insert({
      cohortId: setup.intakeId,
      programmeId: setup.programmeId,
      departmentCode: 'MOJ',
      team: 'Operations',
      gradeCode: 'AO',
      regionCode: 'TLD',
      workArea: 'operational_delivery',
      lineManagerPersonId: lineManagerId,
      termMonths: 12,
      internPersonId: intern.id,
      trainingCompletedOn: startDate,
      ...placement,
      startDate,
      endDate,
    });
    if (promotedOn) {
      await dataSource.getRepository(CareerEventEntity).insert({
        eventId: `report-test-${interns}`,
        source: 'hr_import',
        personId: intern.id,
        type: 'promotion',
        effectiveDate: promotedOn,
        fromGrade: 'AO',
        toGrade: 'EO',
        confirmed: true,
      });
    }
  }

  it('withholds counts under 10 and the cell that would give one away; shows the rest', async () => {
    const setup = await openIntake(testApp);
    const manager = await person(testApp, { gradeCode: 'HEO' });
    const end = addDays(TODAY, -436);
    for (let i = 0; i < 11; i++) {
      await finishedPlacement(setup, manager.personId, {
        outcome: 'made_permanent',
        endDate: end,
        promotedOn: addDays(end, 100),
      });
    }
    await finishedPlacement(setup, manager.personId, {
      outcome: 'promoted',
      endDate: end,
      promotedOn: end,
    });
    const { internshipReport } = await call<Report>(testApp, setup.coordinator, REPORT, {
      id: setup.programmeId,
    });
    expect(internshipReport.programmeCode).toBe(setup.programmeCode);
    expect(internshipReport.outcomes.columns).toEqual([
      'Contract extended',
      'Made permanent',
      'Promoted',
      'Left the Civil Service',
      'Completed without extension',
      'Not recorded yet',
    ]);
    expect(internshipReport.outcomes.rows).toEqual([
      {
        label: '2026 intake',
        cells: [shown(0, 0), withheld(null), withheld(null), shown(0, 0), shown(0, 0), shown(0, 0)],
        total: shown(12),
      },
    ]);
    expect(internshipReport.progression.rows).toEqual([
      { label: '2026 intake', cells: [shown(12, 1), shown(0, 0)], total: shown(12) },
    ]);
    expect(internshipReport.placementsByDepartment).toEqual({
      columns: ['AO', 'EO'],
      rows: [{ key: 'MOJ', label: 'Justice', cells: [shown(12), shown(0)], total: shown(12) }],
    });
  });

  it('withholds a single made-permanent intern as [c]', async () => {
    const setup = await openIntake(testApp);
    const manager = await person(testApp, { gradeCode: 'HEO' });
    await finishedPlacement(setup, manager.personId, { outcome: 'made_permanent' });
    const { internshipReport } = await call<Report>(testApp, setup.coordinator, REPORT, {
      id: setup.programmeId,
    });
    expect(internshipReport.outcomes.rows[0].cells[1]).toEqual(withheld(null));
    expect(internshipReport.outcomes.grandTotal).toEqual(withheld());
    expect(internshipReport.training.rows[0].cells).toEqual([withheld(null), shown(0, null)]);
  });
});
