jest.mock('serialize-error', () => jest.requireActual('./support/serialize-error-shim'));

import { TestApp } from '@pathways/api-testing';
import { SEB_OCCUPATION_QUESTION, SebGroup, sebGroupFromOccupation } from '@pathways/domain-seb';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs, signUp } from '../support/sessions';
import { createVacancy, publishVacancy, seedVacancyDemo } from './support/vacancy-fixtures';

const FUNNEL_FIELDS =
  'vacancyId vacancyCount stages { stage counts { sebGroup value suppressed } }';
const VACANCY_FUNNEL = `query F($input: VacancyIdInput!) { vacancyFunnel(input: $input) { ${FUNNEL_FIELDS} } }`;
const FUNNEL_TOTALS = `{ vacancyFunnelTotals { ${FUNNEL_FIELDS} } }`;

const occupationOf = (group: SebGroup) =>
  SEB_OCCUPATION_QUESTION.options
    .map((option) => option.code)
    .find((code) => sebGroupFromOccupation(code) === group);

const shown = (sebGroup: string, value: number) => ({ sebGroup, value, suppressed: false });
const withheld = (sebGroup: string) => ({ sebGroup, value: null, suppressed: true });

describe('Vacancy funnel', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let lead: string;
  let vacancyId: string;

  /** People with a one-part SEB answer, alerted about the vacancy (in-app and by e-mail). */
  async function alertedPeople(group: SebGroup, count: number, prefix: string): Promise<string[]> {
    const rows: { id: string }[] = await dataSource.query(
      `INSERT INTO person (staff_number, given_name, family_name, department_code, grade_code)
       SELECT $1 || i, 'Funnel', 'Person ' || i, 'DWP', 'HEO' FROM generate_series(1, $2) AS i
       RETURNING id`,
      [prefix, count],
    );
    const ids = rows.map((row) => row.id);
    await dataSource.query(
      `INSERT INTO person_answers (person_id, seb_occupation) SELECT id, $2 FROM unnest($1::uuid[]) id`,
      [ids, occupationOf(group)],
    );
    await dataSource.query(
      `INSERT INTO alert (vacancy_id, person_id, channel, timing, status, sent_at)
       SELECT $1, id, channel, 'instant', 'sent', now()
       FROM unnest($2::uuid[]) id CROSS JOIN (VALUES ('in_app'), ('email')) c(channel)`,
      [vacancyId, ids],
    );
    return ids;
  }

  const reach = (ids: string[], stage: string) =>
    dataSource.query(
      `INSERT INTO vacancy_funnel_event (vacancy_id, person_id, stage, source)
       SELECT $1, id, $3, 'self' FROM unnest($2::uuid[]) id`,
      [vacancyId, ids, stage],
    );

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedVacancyDemo(testApp);
    lead = await signInAs(testApp, 'network_lead');
    vacancyId = await createVacancy(testApp, lead);
    await publishVacancy(testApp, lead, vacancyId);
    const professional = await alertedPeople('professional', 12, 'FUNP');
    await alertedPeople('intermediate', 3, 'FUNI');
    const lower = await alertedPeople('lower', 15, 'FUNL');
    await reach(professional.slice(0, 10), 'viewed');
    await reach(lower.slice(0, 10), 'viewed');
    await reach(lower.slice(0, 9), 'applied');

    // One more lower-SEB person goes through the funnel themself, through the API.
    const applicant = await signUp(testApp);
    await testApp.graphql(
      'mutation S($input: SaveMyAnswersInput!) { saveMyAnswers(input: $input) { sebGroup } }',
      { input: { answers: [{ question: 'seb_occupation', code: occupationOf('lower') }] } },
      applicant.cookie,
    );
    for (const mutation of ['recordVacancyView', 'recordApplication']) {
      const response = await testApp.graphql(
        `mutation M($input: VacancyIdInput!) { ${mutation}(input: $input) }`,
        { input: { vacancyId } },
        applicant.cookie,
      );
      expect(response).toEqual({ data: { [mutation]: true } });
    }
    const appointed = await testApp.graphql(
      'mutation A($input: RecordAppointmentInput!) { recordAppointment(input: $input) }',
      { input: { vacancyId, staffNumber: applicant.details.staffNumber } },
      lead,
    );
    expect(appointed).toEqual({ data: { recordAppointment: true } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const expectedStages = [
    {
      // 3 intermediate is withheld, and so is the smallest other count, 12, or 30 − 15 − 0 gives it.
      stage: 'alerted',
      counts: [
        withheld('professional'),
        withheld('intermediate'),
        shown('lower', 15),
        shown('unknown', 0),
        shown('all', 30),
      ],
    },
    {
      stage: 'viewed',
      counts: [
        shown('professional', 10),
        shown('intermediate', 0),
        shown('lower', 11),
        shown('unknown', 0),
        shown('all', 21),
      ],
    },
    {
      stage: 'applied',
      counts: [
        shown('professional', 0),
        shown('intermediate', 0),
        shown('lower', 10),
        shown('unknown', 0),
        shown('all', 10),
      ],
    },
    {
      stage: 'appointed',
      counts: [
        shown('professional', 0),
        shown('intermediate', 0),
        withheld('lower'),
        shown('unknown', 0),
        withheld('all'),
      ],
    },
  ];

  describe('vacancyFunnel', () => {
    it('counts people per stage and SEB group for the owner, withholding small counts', async () => {
      expect(await testApp.graphql(VACANCY_FUNNEL, { input: { vacancyId } }, lead)).toEqual({
        data: { vacancyFunnel: { vacancyId, vacancyCount: 1, stages: expectedStages } },
      });
    });

    it('is refused to a poster who does not own the vacancy', async () => {
      const other = await signInAs(testApp, 'programme_lead');
      const response = await testApp.graphql(VACANCY_FUNNEL, { input: { vacancyId } }, other);
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    });
  });

  describe('vacancyFunnelTotals', () => {
    it('adds up every published vacancy for analysts, in aggregate only', async () => {
      const analyst = await signInAs(testApp, 'analyst');
      expect(await testApp.graphql(FUNNEL_TOTALS, {}, analyst)).toEqual({
        data: { vacancyFunnelTotals: { vacancyId: null, vacancyCount: 2, stages: expectedStages } },
      });
    });

    it('is refused to a network lead', async () => {
      const response = await testApp.graphql(FUNNEL_TOTALS, {}, lead);
      expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
    });
  });

  describe('the apply link', () => {
    it('records the signed-in person’s application and sends them to the application form', async () => {
      const other = await createVacancy(testApp, lead, {
        applyUrl: 'https://jobs.example.gov.uk/apply/7',
      });
      await publishVacancy(testApp, lead, other);
      const person = await signUp(testApp);
      const followed = await request(testApp.server)
        .get(`/api/vacancies/${other}/apply`)
        .set('Cookie', person.cookie);
      expect(followed.status).toBe(302);
      expect(followed.headers['location']).toBe('https://jobs.example.gov.uk/apply/7');
      const anonymous = await request(testApp.server).get(`/api/vacancies/${other}/apply`);
      expect(anonymous.status).toBe(302);
      expect(
        await dataSource.query(
          `SELECT person_id AS "personId", stage, source FROM vacancy_funnel_event
           WHERE vacancy_id = $1 ORDER BY stage`,
          [other],
        ),
      ).toEqual([
        { personId: person.personId, stage: 'applied', source: 'link' },
        { personId: person.personId, stage: 'viewed', source: 'link' },
      ]);
    });
  });
});
