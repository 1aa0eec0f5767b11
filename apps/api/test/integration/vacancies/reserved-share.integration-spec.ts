jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs } from '../support/sessions';
import { createVacancy, publishVacancy, seedVacancyDemo } from './support/vacancy-fixtures';
import { PUBLISH_VACANCY, UPDATE_VACANCY } from './support/vacancy-operations';

const SET_CAP = `mutation Cap($input: SetReservedShareCapInput!) {
  setReservedShareCap(input: $input) {
    departmentCode departmentName maxPercent openCount reservedCount sharePercent
  }
}`;
const SHARES =
  '{ reservedShares { departmentCode maxPercent openCount reservedCount sharePercent } }';

describe('Reserved share cap', () => {
  let testApp: TestApp;
  let admin: string;
  let lead: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedVacancyDemo(testApp);
    admin = await signInAs(testApp, 'admin');
    lead = await signInAs(testApp, 'network_lead');
  });

  afterAll(async () => {
    await testApp.close();
  });

  const reserved = { reservedForTalentScheme: true, talentScheme: 'Fast Stream' };

  it('lets an admin set a department’s cap and shows the current share', async () => {
    const response = await testApp.graphql(
      SET_CAP,
      { input: { departmentCode: 'HMT', maxPercent: 25 } },
      admin,
    );
    expect(response).toEqual({
      data: {
        setReservedShareCap: {
          departmentCode: 'HMT',
          departmentName: expect.any(String),
          maxPercent: 25,
          openCount: 0,
          reservedCount: 0,
          sharePercent: 0,
        },
      },
    });
  });

  it('refuses a publish that would take the share over the cap, naming department, cap and share', async () => {
    await testApp.graphql(SET_CAP, { input: { departmentCode: 'DWP', maxPercent: 30 } }, admin);
    for (let i = 0; i < 2; i += 1)
      await publishVacancy(
        testApp,
        lead,
        await createVacancy(testApp, lead, { departmentCode: 'DWP' }),
      );
    // 1 reserved of 3 open would be 33.3%, over 30%.
    const tooMany = await createVacancy(testApp, lead, { departmentCode: 'DWP', ...reserved });
    const refused = await testApp.graphql(PUBLISH_VACANCY, { input: { vacancyId: tooMany } }, lead);
    expect(refused).toEqual({
      data: null,
      errors: [
        {
          message:
            'Work and Pensions caps roles reserved for talent schemes at 30% of its open accelerator vacancies. ' +
            'Now 0 of 2 (0%) are reserved; this would make it 1 of 3 (33.3%).',
          path: ['publishVacancy'],
          extensions: { code: 'CONFLICT', status: 409, field: 'reservedForTalentScheme' },
        },
      ],
    });
    const dataSource = testApp.app.get(DataSource);
    expect(
      await dataSource.query(
        `SELECT v.status, (SELECT count(*)::int FROM alert_fanout f WHERE f.vacancy_id = v.id) AS fanouts
         FROM vacancy v WHERE v.id = $1`,
        [tooMany],
      ),
    ).toEqual([{ status: 'draft', fanouts: 0 }]);

    // With a third unreserved role open, 1 of 4 (25%) is within the cap.
    await publishVacancy(
      testApp,
      lead,
      await createVacancy(testApp, lead, { departmentCode: 'DWP' }),
    );
    const allowed = await testApp.graphql(PUBLISH_VACANCY, { input: { vacancyId: tooMany } }, lead);
    expect(allowed.data).toEqual({
      publishVacancy: { id: tooMany, status: 'open', reservedForTalentScheme: true },
    });
    const shares = await testApp.graphql<{ reservedShares: { departmentCode: string }[] }>(
      SHARES,
      {},
      admin,
    );
    expect(shares.data?.reservedShares.find((s) => s.departmentCode === 'DWP')).toEqual({
      departmentCode: 'DWP',
      maxPercent: 30,
      openCount: 4,
      reservedCount: 1,
      sharePercent: 25,
    });
  });

  it('holds reserving an open vacancy to the cap too', async () => {
    await testApp.graphql(SET_CAP, { input: { departmentCode: 'HO', maxPercent: 50 } }, admin);
    const first = await createVacancy(testApp, lead, { departmentCode: 'HO' });
    await publishVacancy(testApp, lead, first);
    const change = await testApp.graphql(
      UPDATE_VACANCY,
      { input: { id: first, ...reserved } },
      lead,
    );
    expect(change.errors?.[0]).toMatchObject({
      message: expect.stringContaining('caps roles reserved for talent schemes at 50%'),
      extensions: { code: 'CONFLICT' },
    });
  });

  it('does not limit a department without a cap', async () => {
    const id = await createVacancy(testApp, lead, { departmentCode: 'DFE', ...reserved });
    const response = await testApp.graphql(PUBLISH_VACANCY, { input: { vacancyId: id } }, lead);
    expect(response.errors).toBeUndefined();
  });
});
