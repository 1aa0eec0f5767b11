import { AuditEventEntity } from '@pathways/api-audit';
import { TestApp } from '@pathways/api-testing';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { ME, seedDemoAccounts, signInAs, signUp } from '../support/sessions';

const GRANT = 'mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id } }';
const REVOKE = 'mutation Revoke($id: ID!) { revokeRole(id: $id) }';
const AUDIT = `query Audit($input: AuditFilterInput) {
  auditEvents(input: $input) { total items { id at action actorPersonId subjectPersonIds detail } }
}`;

interface AuditPage {
  auditEvents: {
    total: number;
    items: { id: string; action: string; subjectPersonIds: string[] }[];
  };
}

describe('Audit log', () => {
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

  const audit = (input: Record<string, unknown>) =>
    testApp.graphql<AuditPage>(AUDIT, { input }, admin);

  /** A new participant who has been granted mentor and had it revoked: two role events. */
  async function personWithRoleHistory(): Promise<string> {
    const { personId } = await signUp(testApp);
    const granted = await testApp.graphql<{ grantRole: { id: string } }>(
      GRANT,
      { input: { personId, role: 'mentor' } },
      admin,
    );
    await testApp.graphql(REVOKE, { id: granted.data?.grantRole.id }, admin);
    return personId;
  }

  describe('auditEvents', () => {
    it('filters by subject, newest first', async () => {
      const personId = await personWithRoleHistory();
      await personWithRoleHistory();
      const event = (action: string) => ({
        id: expect.stringMatching(/^\d+$/),
        at: expect.any(String),
        action,
        actorPersonId: adminPersonId,
        subjectPersonIds: [personId],
        detail: { role: 'mentor', scopeType: null, scopeId: null },
      });
      expect(await audit({ subjectPersonId: personId })).toEqual({
        data: { auditEvents: { total: 2, items: [event('role.revoked'), event('role.granted')] } },
      });
    });

    it('filters by action', async () => {
      const first = await personWithRoleHistory();
      const second = await personWithRoleHistory();
      const page = (await audit({ action: 'role.revoked', limit: 500 })).data?.auditEvents;
      expect(page?.items.every((item) => item.action === 'role.revoked')).toBe(true);
      expect(page?.items.map((item) => item.subjectPersonIds[0])).toEqual(
        expect.arrayContaining([first, second]),
      );
      expect(page?.total).toBe(page?.items.length);
    });

    it('filters by action and subject together', async () => {
      const personId = await personWithRoleHistory();
      const page = (await audit({ action: 'role.granted', subjectPersonId: personId })).data;
      expect(page?.auditEvents).toMatchObject({
        total: 1,
        items: [{ action: 'role.granted', subjectPersonIds: [personId] }],
      });
    });

    it('filters by actor and pages', async () => {
      await personWithRoleHistory();
      const firstPage = await audit({ actorPersonId: adminPersonId, limit: 1 });
      const secondPage = await audit({ actorPersonId: adminPersonId, limit: 1, offset: 1 });
      expect(firstPage.data?.auditEvents.items).toHaveLength(1);
      expect(secondPage.data?.auditEvents.items).toHaveLength(1);
      expect(firstPage.data?.auditEvents.total).toBeGreaterThanOrEqual(2);
      expect(Number(firstPage.data?.auditEvents.items[0].id)).toBeGreaterThan(
        Number(secondPage.data?.auditEvents.items[0].id),
      );
    });

    it.each([
      [{ action: 'role.deleted' }, 'action'],
      [{ subjectPersonId: 'someone' }, 'subjectPersonId'],
      [{ limit: 501 }, 'limit'],
    ])('refuses the filter %j, naming the field', async (input, field) => {
      expect(await audit(input)).toMatchObject({
        data: null,
        errors: [{ extensions: { code: 'BAD_USER_INPUT', field } }],
      });
    });

    it.each(['participant', 'programme_lead', 'analyst'] as const)(
      'is refused to the %s demo account',
      async (role) => {
        const cookie = await signInAs(testApp, role);
        expect(await testApp.graphql(AUDIT, {}, cookie)).toMatchObject({
          data: null,
          errors: [{ extensions: { code: 'FORBIDDEN' } }],
        });
      },
    );
  });

  describe('audit_event table', () => {
    it.each([
      ['UPDATE', "UPDATE audit_event SET action = 'role.granted'"],
      ['DELETE', 'DELETE FROM audit_event'],
      ['TRUNCATE', 'TRUNCATE audit_event'],
    ])('refuses %s, even in raw SQL', async (_statement, sql) => {
      const personId = await personWithRoleHistory();
      const before = await dataSource.getRepository(AuditEventEntity).count();
      await expect(dataSource.query(sql)).rejects.toThrow('audit_event is append-only');
      expect(await dataSource.getRepository(AuditEventEntity).count()).toBe(before);
      expect((await audit({ subjectPersonId: personId })).data?.auditEvents.items).toEqual([
        expect.objectContaining({ action: 'role.revoked' }),
        expect.objectContaining({ action: 'role.granted' }),
      ]);
    });

    it('has no mutation in the API', async () => {
      const schema = await testApp.graphql<{
        __schema: { mutationType: { fields: { name: string }[] } };
      }>('{ __schema { mutationType { fields { name } } } }');
      const names = schema.data?.__schema.mutationType.fields.map((field) => field.name) ?? [];
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
    });
  });
});
