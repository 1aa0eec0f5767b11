import { TestApp } from '@pathways/api-testing';
import { startApp } from '../support/app';
import { ME, seedDemoAccounts, signInAs, signUp } from '../support/sessions';

const GRANT = `mutation Grant($input: GrantRoleInput!) {
  grantRole(input: $input) { id personId role scopeType scopeId grantedAt }
}`;
const REVOKE = 'mutation Revoke($id: ID!) { revokeRole(id: $id) }';
const GRANTS =
  'query Grants($personId: ID!) { roleGrants(personId: $personId) { role scopeType scopeId } }';
const AUDIT = `query Audit($input: AuditFilterInput) {
  auditEvents(input: $input) { total items { action actorPersonId subjectPersonIds detail } }
}`;

interface Grant {
  id: string;
  personId: string;
  role: string;
  scopeType: string | null;
  scopeId: string | null;
  grantedAt: string;
}

describe('Roles', () => {
  let testApp: TestApp;
  let admin: string;
  let adminPersonId: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedDemoAccounts(testApp);
    admin = await signInAs(testApp, 'admin');
    const me = await testApp.graphql<{ me: { personId: string } }>(ME, {}, admin);
    adminPersonId = me.data?.me.personId ?? '';
  });

  afterAll(async () => {
    await testApp.close();
  });

  const grant = (input: Record<string, unknown>, cookie = admin) =>
    testApp.graphql<{ grantRole: Grant }>(GRANT, { input }, cookie);
  const grantsOf = (personId: string) => testApp.graphql(GRANTS, { personId }, admin);
  const auditFor = (action: string, subjectPersonId: string) =>
    testApp.graphql(AUDIT, { input: { action, subjectPersonId } }, admin);

  describe('grantRole', () => {
    it('grants a programme lead role scoped to a programme, and audits who did it', async () => {
      const { personId } = await signUp(testApp);
      const input = {
        personId,
        role: 'programme_lead',
        scopeType: 'programme',
        scopeId: 'CATAPULT',
      };
      expect(await grant(input)).toEqual({
        data: {
          grantRole: {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            personId,
            role: 'programme_lead',
            scopeType: 'programme',
            scopeId: 'CATAPULT',
            grantedAt: expect.any(String),
          },
        },
      });
      expect(await grantsOf(personId)).toEqual({
        data: {
          roleGrants: [
            { role: 'participant', scopeType: null, scopeId: null },
            { role: 'programme_lead', scopeType: 'programme', scopeId: 'CATAPULT' },
          ],
        },
      });
      expect(await auditFor('role.granted', personId)).toEqual({
        data: {
          auditEvents: {
            total: 1,
            items: [
              {
                action: 'role.granted',
                actorPersonId: adminPersonId,
                subjectPersonIds: [personId],
                detail: { role: 'programme_lead', scopeType: 'programme', scopeId: 'CATAPULT' },
              },
            ],
          },
        },
      });
    });

    it('grants a department lead for a department of the reference data', async () => {
      const { personId } = await signUp(testApp);
      expect(
        await grant({ personId, role: 'department_lead', scopeType: 'department', scopeId: 'DWP' }),
      ).toMatchObject({
        data: { grantRole: { role: 'department_lead', scopeType: 'department', scopeId: 'DWP' } },
      });
    });

    it('takes effect on the grantee’s current session', async () => {
      const { personId, cookie } = await signUp(testApp);
      await grant({ personId, role: 'mentor' });
      expect(await testApp.graphql(ME, {}, cookie)).toMatchObject({
        data: { me: { roles: [{ role: 'participant' }, { role: 'mentor' }] } },
      });
    });

    it.each([
      [
        'a scope type the role does not take',
        { role: 'programme_lead', scopeType: 'network', scopeId: 'CATAPULT' },
        'A programme lead role takes scope programme',
        'scopeType',
      ],
      [
        'no programme for a programme lead',
        { role: 'programme_lead', scopeType: 'programme' },
        'Enter the programme this role is for',
        'scopeId',
      ],
      [
        'a scope for a role that takes none',
        { role: 'mentor', scopeType: 'programme', scopeId: 'CATAPULT' },
        'A mentor role takes scope none',
        'scopeType',
      ],
      [
        'no department for a department lead',
        { role: 'department_lead', scopeType: 'department' },
        'Enter the department this role is for',
        'scopeId',
      ],
      [
        'a department that does not exist',
        { role: 'department_lead', scopeType: 'department', scopeId: 'NOPE' },
        'No department has the code NOPE: check it',
        'scopeId',
      ],
      [
        'a department lead scoped to a programme',
        { role: 'department_lead', scopeType: 'programme', scopeId: 'CATAPULT' },
        'A department lead role takes scope department',
        'scopeType',
      ],
      [
        'an unknown role',
        { role: 'superuser' },
        expect.stringMatching(/^role must be one of /),
        'role',
      ],
    ])('refuses %s, naming the field, and grants nothing', async (_case, input, message, field) => {
      const { personId } = await signUp(testApp);
      expect(await grant({ personId, ...input })).toEqual({
        data: null,
        errors: [
          {
            message,
            path: ['grantRole'],
            extensions: { code: 'BAD_USER_INPUT', status: 400, field },
          },
        ],
      });
      expect(await grantsOf(personId)).toEqual({
        data: { roleGrants: [{ role: 'participant', scopeType: null, scopeId: null }] },
      });
    });

    it('refuses a role the person already holds with the same scope', async () => {
      const { personId } = await signUp(testApp);
      const input = { personId, role: 'network_lead', scopeType: 'network', scopeId: 'DWP-NET' };
      await grant(input);
      expect(await grant(input)).toEqual({
        data: null,
        errors: [
          {
            message: 'This person already has that role',
            path: ['grantRole'],
            extensions: { code: 'CONFLICT', status: 409, field: null },
          },
        ],
      });
    });

    it('grants the same role for a second scope', async () => {
      const { personId } = await signUp(testApp);
      await grant({
        personId,
        role: 'programme_lead',
        scopeType: 'programme',
        scopeId: 'CATAPULT',
      });
      await grant({
        personId,
        role: 'programme_lead',
        scopeType: 'programme',
        scopeId: 'SPRINGBOARD',
      });
      expect((await grantsOf(personId)).data).toEqual({
        roleGrants: [
          { role: 'participant', scopeType: null, scopeId: null },
          { role: 'programme_lead', scopeType: 'programme', scopeId: 'CATAPULT' },
          { role: 'programme_lead', scopeType: 'programme', scopeId: 'SPRINGBOARD' },
        ],
      });
    });

    it('refuses a person who does not exist', async () => {
      const personId = '00000000-0000-4000-8000-000000000000';
      expect(await grant({ personId, role: 'mentor' })).toMatchObject({
        data: null,
        errors: [{ message: 'No such person', extensions: { code: 'NOT_FOUND' } }],
      });
    });

    it('is refused to anyone but an admin, and grants nothing', async () => {
      const { personId, cookie } = await signUp(testApp);
      const lead = await signInAs(testApp, 'programme_lead');
      for (const caller of [cookie, lead]) {
        expect(await grant({ personId, role: 'admin' }, caller)).toEqual({
          data: null,
          errors: [
            {
              message: 'You do not have permission to do that.',
              path: ['grantRole'],
              extensions: { code: 'FORBIDDEN', status: 403, field: null },
            },
          ],
        });
      }
      expect(await grantsOf(personId)).toEqual({
        data: { roleGrants: [{ role: 'participant', scopeType: null, scopeId: null }] },
      });
    });
  });

  describe('revokeRole', () => {
    it('revokes a grant and audits who did it, with what was revoked', async () => {
      const { personId } = await signUp(testApp);
      const granted = await grant({
        personId,
        role: 'analyst',
        scopeType: 'department',
        scopeId: 'DWP',
      });
      const id = granted.data?.grantRole.id;
      expect(await testApp.graphql(REVOKE, { id }, admin)).toEqual({ data: { revokeRole: true } });
      expect(await grantsOf(personId)).toEqual({
        data: { roleGrants: [{ role: 'participant', scopeType: null, scopeId: null }] },
      });
      expect(await auditFor('role.revoked', personId)).toEqual({
        data: {
          auditEvents: {
            total: 1,
            items: [
              {
                action: 'role.revoked',
                actorPersonId: adminPersonId,
                subjectPersonIds: [personId],
                detail: { role: 'analyst', scopeType: 'department', scopeId: 'DWP' },
              },
            ],
          },
        },
      });
    });

    it('takes the role away from the grantee’s current session', async () => {
      const { personId, cookie } = await signUp(testApp);
      const granted = await grant({ personId, role: 'admin' });
      expect(await testApp.graphql(GRANTS, { personId }, cookie)).toMatchObject({
        data: { roleGrants: expect.any(Array) },
      });
      await testApp.graphql(REVOKE, { id: granted.data?.grantRole.id }, admin);
      expect(await testApp.graphql(GRANTS, { personId }, cookie)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'FORBIDDEN' } }],
      });
    });

    it('reports a grant that does not exist', async () => {
      expect(
        await testApp.graphql(REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, admin),
      ).toMatchObject({
        data: null,
        errors: [{ message: 'No such role grant', extensions: { code: 'NOT_FOUND' } }],
      });
    });

    it('is refused to anyone but an admin, and keeps the grant', async () => {
      const { personId } = await signUp(testApp);
      const granted = await grant({ personId, role: 'mentor' });
      const analyst = await signInAs(testApp, 'analyst');
      expect(
        await testApp.graphql(REVOKE, { id: granted.data?.grantRole.id }, analyst),
      ).toMatchObject({ data: null, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect((await grantsOf(personId)).data).toEqual({
        roleGrants: [
          { role: 'participant', scopeType: null, scopeId: null },
          { role: 'mentor', scopeType: null, scopeId: null },
        ],
      });
    });
  });

  describe('peopleSearch', () => {
    it('finds people by name, email or staff number, without sensitive fields', async () => {
      const { personId, details } = await signUp(testApp);
      const query = `query Search($search: String!) {
        peopleSearch(search: $search) { id staffNumber givenName familyName email departmentCode gradeCode }
      }`;
      const expected = {
        data: {
          peopleSearch: [
            {
              id: personId,
              staffNumber: details.staffNumber,
              givenName: details.givenName,
              familyName: details.familyName,
              email: details.email,
              departmentCode: 'MOJ',
              gradeCode: 'EO',
            },
          ],
        },
      };
      for (const search of [details.familyName, details.email.toUpperCase(), details.staffNumber])
        expect(await testApp.graphql(query, { search }, admin)).toEqual(expected);
    });
  });
});
