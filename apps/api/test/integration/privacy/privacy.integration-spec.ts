import { AccountEntity, RoleGrantEntity } from '@pathways/api-identity';
import { PersonAnswersEntity, PersonEntity, PersonSnapshotEntity } from '@pathways/api-people';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { ME, seedDemoAccounts, signIn, signInAs, signUp } from '../support/sessions';

const EXPORT = '{ myPersonalData { json generatedAt } }';
const ERASE = `mutation Erase($input: ErasePersonInput!) {
  erasePerson(input: $input) { personId erasedAt }
}`;
const SAVE_ANSWERS = `mutation Save($input: SaveMyAnswersInput!) { saveMyAnswers(input: $input) { sebGroup } }`;
const GRANT = 'mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id } }';
const AUDIT = `query Audit($input: AuditFilterInput) {
  auditEvents(input: $input) { total items { action actorPersonId subjectPersonIds detail } }
}`;
const SEARCH = 'query Search($search: String!) { peopleSearch(search: $search) { id } }';

const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('Privacy', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let admin: string;
  let adminPersonId: string;

  beforeAll(async () => {
    testApp = await startApp();
    dataSource = testApp.app.get(DataSource);
    await seedDemoAccounts(testApp);
    admin = await signInAs(testApp, 'admin');
    const me = await testApp.graphql<{ me: { personId: string } }>(ME, {}, admin);
    adminPersonId = me.data?.me.personId ?? '';
  });

  afterAll(async () => {
    await testApp.close();
  });

  const exportOf = async (cookie: string) => {
    const response = await testApp.graphql<{
      myPersonalData: { json: string; generatedAt: string };
    }>(EXPORT, {}, cookie);
    const json = response.data?.myPersonalData.json ?? 'null';
    return { response, json, document: JSON.parse(json) as Record<string, unknown> };
  };

  const erase = (personId: string, cookie = admin, reason = 'Request DSR-1234') =>
    testApp.graphql<{ erasePerson: { personId: string; erasedAt: string } }>(
      ERASE,
      { input: { personId, reason } },
      cookie,
    );

  /** Two workforce snapshots, as an extract would give them. */
  const addSnapshots = (personId: string) =>
    dataSource.getRepository(PersonSnapshotEntity).insert([
      {
        personId,
        snapshotDate: '2024-03-31',
        departmentCode: 'MOJ',
        gradeCode: 'AO',
        sebOccupation: 'routine',
      },
      {
        personId,
        snapshotDate: '2025-03-31',
        departmentCode: 'MOJ',
        gradeCode: 'EO',
        sebOccupation: 'routine',
      },
    ]);

  describe('myPersonalData', () => {
    it('gives a person everything held about them as one JSON document', async () => {
      const { cookie, personId, details } = await signUp(testApp);
      await addSnapshots(personId);
      await testApp.graphql(
        SAVE_ANSWERS,
        {
          input: {
            answers: [
              { question: 'seb_occupation', code: 'routine' },
              { question: 'disability', code: 'prefer_not_to_say' },
            ],
          },
        },
        cookie,
      );
      await testApp.graphql(GRANT, { input: { personId, role: 'mentor' } }, admin);

      const { response, document } = await exportOf(cookie);
      expect(response.data?.myPersonalData.generatedAt).toMatch(ISO_DATE_TIME);
      expect(document).toEqual({
        generatedAt: response.data?.myPersonalData.generatedAt,
        personId,
        person: {
          id: personId,
          staffNumber: details.staffNumber,
          givenName: details.givenName,
          familyName: details.familyName,
          email: details.email,
          department: { code: 'MOJ', name: 'Justice' },
          grade: { code: 'EO', name: 'Executive Officer' },
          profession: null,
          region: null,
          dateOfBirth: null,
          careLeaver: null,
          apprentice: null,
          createdAt: expect.stringMatching(ISO_DATE_TIME),
          updatedAt: expect.stringMatching(ISO_DATE_TIME),
        },
        workforceSnapshots: [
          {
            snapshotDate: '2024-03-31',
            departmentCode: 'MOJ',
            gradeCode: 'AO',
            professionCode: null,
            regionCode: null,
            sebOccupation: 'routine',
          },
          {
            snapshotDate: '2025-03-31',
            departmentCode: 'MOJ',
            gradeCode: 'EO',
            professionCode: null,
            regionCode: null,
            sebOccupation: 'routine',
          },
        ],
        answers: {
          answers: [
            {
              question: 'seb_occupation',
              questionText:
                'What was the occupation of your main household earner when you were about aged 14?',
              code: 'routine',
              answer: expect.stringMatching(
                /^Routine, semi-routine manual and service occupations/,
              ),
            },
            {
              question: 'disability',
              questionText: expect.any(String),
              code: 'prefer_not_to_say',
              answer: 'Prefer not to say',
            },
          ],
          sebGroup: 'lower',
          updatedAt: expect.stringMatching(ISO_DATE_TIME),
        },
        account: {
          email: details.email,
          signInMethod: 'password',
          createdAt: expect.stringMatching(ISO_DATE_TIME),
          lastSignInAt: null,
        },
        roles: [
          {
            role: 'participant',
            scopeType: null,
            scopeId: null,
            grantedAt: expect.stringMatching(ISO_DATE_TIME),
          },
          {
            role: 'mentor',
            scopeType: null,
            scopeId: null,
            grantedAt: expect.stringMatching(ISO_DATE_TIME),
          },
        ],
        auditEvents: [
          {
            at: expect.stringMatching(ISO_DATE_TIME),
            action: 'role.granted',
            actorPersonId: adminPersonId,
            detail: { role: 'mentor', scopeType: null, scopeId: null },
          },
        ],
      });
    });

    it('never contains the password hash or the session token', async () => {
      const { cookie, personId, details } = await signUp(testApp);
      await signIn(testApp, details.email, details.password);
      const account = await dataSource.getRepository(AccountEntity).findOneByOrFail({ personId });
      const { json } = await exportOf(cookie);
      expect(account.passwordHash).toMatch(/^\$argon2id\$/);
      expect(json).not.toContain(account.passwordHash);
      expect(json).not.toContain('argon2');
      expect(json).not.toMatch(/password_?hash|token/i);
      expect(json).not.toContain(cookie.split('=')[1]);
      expect(json).not.toContain(details.password);
    });

    it('records the export in the audit log, and lists earlier exports', async () => {
      const { cookie, personId } = await signUp(testApp);
      await exportOf(cookie);
      expect(
        await testApp.graphql(
          AUDIT,
          { input: { action: 'export.personal_data', subjectPersonId: personId } },
          admin,
        ),
      ).toEqual({
        data: {
          auditEvents: {
            total: 1,
            items: [
              {
                action: 'export.personal_data',
                actorPersonId: personId,
                subjectPersonIds: [personId],
                detail: {},
              },
            ],
          },
        },
      });
      const { document } = await exportOf(cookie);
      expect(document['auditEvents']).toEqual([
        {
          at: expect.any(String),
          action: 'export.personal_data',
          actorPersonId: personId,
          detail: {},
        },
      ]);
    });

    it('gives each person only their own data', async () => {
      const first = await signUp(testApp);
      const second = await signUp(testApp);
      const { json, document } = await exportOf(second.cookie);
      expect(document['personId']).toBe(second.personId);
      expect(json).not.toContain(first.personId);
      expect(json).not.toContain(first.details.email);
    });

    it('needs a signed-in person', async () => {
      expect(await testApp.graphql(EXPORT)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
    });
  });

  describe('erasePerson', () => {
    it('blanks identifying and sensitive data, and removes the answers, account, sessions and roles', async () => {
      const { cookie, personId } = await signUp(testApp);
      await testApp.graphql(
        SAVE_ANSWERS,
        { input: { answers: [{ question: 'ethnicity', code: 'black' }] } },
        cookie,
      );
      await dataSource.getRepository(PersonEntity).update(personId, {
        dateOfBirth: '2001-02-03',
        careLeaver: true,
        apprentice: true,
        professionCode: 'legal',
        regionCode: 'TLI',
      });
      const accountId = (
        await dataSource.getRepository(AccountEntity).findOneByOrFail({ personId })
      ).id;

      expect(await erase(personId)).toEqual({
        data: { erasePerson: { personId, erasedAt: expect.stringMatching(ISO_DATE_TIME) } },
      });

      const person = await dataSource.getRepository(PersonEntity).findOneByOrFail({ id: personId });
      expect(person).toEqual({
        id: personId,
        staffNumber: expect.stringMatching(/^ERASED-[0-9A-F]{8}$/),
        givenName: 'Erased',
        familyName: 'Erased',
        email: null,
        departmentCode: 'MOJ',
        gradeCode: 'EO',
        professionCode: 'legal',
        regionCode: 'TLI',
        dateOfBirth: null,
        careLeaver: null,
        apprentice: true,
        erasedAt: expect.any(Date),
        createdAt: expect.any(Date),
        updatedAt: expect.any(Date),
      });
      expect(await dataSource.getRepository(PersonAnswersEntity).countBy({ personId })).toBe(0);
      expect(await dataSource.getRepository(AccountEntity).countBy({ personId })).toBe(0);
      expect(await dataSource.getRepository(RoleGrantEntity).countBy({ personId })).toBe(0);
      expect(
        await dataSource.query('SELECT count(*)::int AS n FROM session WHERE account_id = $1', [
          accountId,
        ]),
      ).toEqual([{ n: 0 }]);
    });

    it('ends the person’s sessions and stops them signing in', async () => {
      const { cookie, personId, details } = await signUp(testApp);
      await erase(personId);
      expect(await testApp.graphql(ME, {}, cookie)).toEqual({ data: { me: null } });
      expect(
        await testApp.graphql('mutation S($input: SignInInput!) { signIn(input: $input) }', {
          input: { email: details.email, password: details.password },
        }),
      ).toMatchObject({
        data: null,
        errors: [
          {
            message: 'Enter a correct email address and password',
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
    });

    it('keeps workforce snapshots, so anonymous counts do not change', async () => {
      const { personId } = await signUp(testApp);
      await addSnapshots(personId);
      const countSql = `SELECT snapshot_date::text AS date, department_code, grade_code, seb_occupation, count(*)::int AS n
        FROM person_snapshot GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
      const before = await dataSource.query(countSql);
      await erase(personId);
      expect(await dataSource.query(countSql)).toEqual(before);
      expect(await dataSource.getRepository(PersonSnapshotEntity).countBy({ personId })).toBe(2);
      expect(await dataSource.getRepository(PersonEntity).countBy({ id: personId })).toBe(1);
    });

    it('records the erasure with who did it, whom and why', async () => {
      const { personId } = await signUp(testApp);
      await erase(personId, admin, 'Data subject request DSR-2026-0042');
      expect(
        await testApp.graphql(
          AUDIT,
          { input: { action: 'person.erased', subjectPersonId: personId } },
          admin,
        ),
      ).toEqual({
        data: {
          auditEvents: {
            total: 1,
            items: [
              {
                action: 'person.erased',
                actorPersonId: adminPersonId,
                subjectPersonIds: [personId],
                detail: { reason: 'Data subject request DSR-2026-0042' },
              },
            ],
          },
        },
      });
    });

    it('takes the person out of people search', async () => {
      const { personId, details } = await signUp(testApp);
      expect(await testApp.graphql(SEARCH, { search: details.familyName }, admin)).toEqual({
        data: { peopleSearch: [{ id: personId }] },
      });
      await erase(personId);
      for (const search of [details.familyName, details.email, details.staffNumber])
        expect(await testApp.graphql(SEARCH, { search }, admin)).toEqual({
          data: { peopleSearch: [] },
        });
    });

    it('refuses to erase someone twice, and keeps the first erasure', async () => {
      const { personId } = await signUp(testApp);
      await erase(personId);
      const erased = await dataSource.getRepository(PersonEntity).findOneByOrFail({ id: personId });
      expect(await erase(personId)).toEqual({
        data: null,
        errors: [
          {
            message: expect.stringMatching(/^This person was already erased on \d{4}-\d\d-\d\d$/),
            path: ['erasePerson'],
            extensions: { code: 'CONFLICT', status: 409, field: 'personId' },
          },
        ],
      });
      expect(
        await dataSource.getRepository(PersonEntity).findOneByOrFail({ id: personId }),
      ).toEqual(erased);
    });

    it('erases once when two erasures arrive at the same time', async () => {
      const { personId } = await signUp(testApp);
      const results = await Promise.all([erase(personId), erase(personId)]);
      expect(results.filter((result) => result.data?.erasePerson).length).toBe(1);
      expect(
        results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'CONFLICT').length,
      ).toBe(1);
    });

    it.each([
      [
        'a person who does not exist',
        '00000000-0000-4000-8000-000000000000',
        'Request 1',
        'No such person',
        'NOT_FOUND',
        null,
      ],
      [
        'a blank reason',
        null,
        '   ',
        'Enter the reason for erasing this person',
        'BAD_USER_INPUT',
        'reason',
      ],
      [
        'a person id that is not an id',
        'someone',
        'Request 1',
        'personId must be a person id',
        'BAD_USER_INPUT',
        'personId',
      ],
    ])('refuses %s', async (_case, givenId, reason, message, code, field) => {
      const personId = givenId ?? (await signUp(testApp)).personId;
      expect(await erase(personId, admin, reason)).toMatchObject({
        data: null,
        errors: [{ message, extensions: { code, field } }],
      });
    });

    it('refuses an admin erasing themselves', async () => {
      expect(await erase(adminPersonId)).toMatchObject({
        data: null,
        errors: [
          {
            message: 'You cannot erase yourself: ask another admin',
            extensions: { code: 'BAD_USER_INPUT', field: 'personId' },
          },
        ],
      });
      expect(await testApp.graphql(ME, {}, admin)).toMatchObject({
        data: { me: { personId: adminPersonId } },
      });
    });

    it.each(['participant', 'programme_lead', 'analyst'] as const)(
      'is refused to the %s demo account, and changes nothing',
      async (role) => {
        const { personId, details } = await signUp(testApp);
        const before = await dataSource
          .getRepository(PersonEntity)
          .findOneByOrFail({ id: personId });
        expect(await erase(personId, await signInAs(testApp, role))).toEqual({
          data: null,
          errors: [
            {
              message: 'You do not have permission to do that.',
              path: ['erasePerson'],
              extensions: { code: 'FORBIDDEN', status: 403, field: null },
            },
          ],
        });
        expect(
          await dataSource.getRepository(PersonEntity).findOneByOrFail({ id: personId }),
        ).toEqual(before);
        expect(await signIn(testApp, details.email, details.password)).toMatch(
          /^pathways_session=/,
        );
      },
    );
  });
});
