import {
  DEMO_INTERNSHIP_PROGRAMME_CODE,
  DEMO_OPEN_INTAKE_ID,
  DEMO_PLACEMENT_ID,
  InternshipApplicationEntity,
  PlacementEntity,
} from '@pathways/api-internships';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { seedDemoAccounts, signInAs } from '../support/sessions';
import { applicant, call } from './internship-fixtures';

const LED = '{ ledInternshipProgrammes { code intakes { id isOpen } } }';
const MANAGED = '{ managedPlacements { id status intern { staffNumber } checkIns { status } } }';

describe('Internships demo data', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedDemoAccounts(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('gives the demo programme lead an open intake to coordinate, and loads once', async () => {
    await seedDemoAccounts(testApp);
    const lead = await signInAs(testApp, 'programme_lead');
    const { data } = await testApp.graphql<{
      ledInternshipProgrammes: { code: string; intakes: { id: string; isOpen: boolean }[] }[];
    }>(LED, {}, lead);
    expect(data?.ledInternshipProgrammes).toEqual([
      {
        code: DEMO_INTERNSHIP_PROGRAMME_CODE,
        intakes: expect.arrayContaining([{ id: DEMO_OPEN_INTAKE_ID, isOpen: true }]),
      },
    ]);
    expect(await dataSource.getRepository(PlacementEntity).count()).toBe(3);
  });

  it('gives the demo line manager a running placement with an intern', async () => {
    const lineManager = await signInAs(testApp, 'line_manager');
    const { data } = await testApp.graphql(MANAGED, {}, lineManager);
    expect(data).toEqual({
      managedPlacements: expect.arrayContaining([
        {
          id: DEMO_PLACEMENT_ID,
          status: 'filled',
          intern: { staffNumber: 'DEMO-INTERN-01' },
          checkIns: [{ status: 'on_track' }],
        },
      ]),
    });
  });

  describe('personal data', () => {
    it('exports an applicant’s care details to them, and erasure removes them', async () => {
      const candidate = await applicant(testApp, DEMO_OPEN_INTAKE_ID);
      const { myPersonalData } = await call<{ myPersonalData: { json: string } }>(
        testApp,
        candidate,
        '{ myPersonalData { json } }',
      );
      expect(JSON.parse(myPersonalData.json).internships).toMatchObject({
        applications: [
          { intakeId: DEMO_OPEN_INTAKE_ID, weeksInCare: 40, inCareAfterSixteen: true },
        ],
        placements: [],
      });
      const admin = await signInAs(testApp, 'admin');
      const erased = await testApp.graphql(
        'mutation E($input: ErasePersonInput!) { erasePerson(input: $input) { personId } }',
        { input: { personId: candidate.personId, reason: 'Internships erasure test' } },
        admin,
      );
      expect(erased.errors).toBeUndefined();
      const application = await dataSource
        .getRepository(InternshipApplicationEntity)
        .findOneByOrFail({ id: candidate.applicationId });
      expect([application.weeksInCare, application.inCareAfterSixteen]).toEqual([null, null]);
    });
  });
});
