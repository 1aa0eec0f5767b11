import { TestApp } from '@pathways/api-testing';
import { DEMO_NETWORK_ID } from '@pathways/api-vacancies';
import { DataSource } from 'typeorm';
import { startApp } from '../support/app';
import { signInAs, signUp } from '../support/sessions';
import { seedVacancyDemo } from './support/vacancy-fixtures';
import { JOIN_NETWORK } from './support/vacancy-operations';

const MEMBERS = `query M($input: NetworkInput!) {
  networkMembers(input: $input) { personId givenName familyName email }
}`;
const NETWORKS = '{ networks { id code joined leading } }';
const MY_NETWORKS = '{ myNetworks { id code joined } }';
const CREATE_NETWORK = `mutation C($input: CreateNetworkInput!) { createNetwork(input: $input) { code leading } }`;

describe('Network membership access', () => {
  let testApp: TestApp;
  let lead: string;
  let member: Awaited<ReturnType<typeof signUp>>;
  let otherLead: string;

  beforeAll(async () => {
    testApp = await startApp();
    await seedVacancyDemo(testApp);
    lead = await signInAs(testApp, 'network_lead');
    member = await signUp(testApp);
    await testApp.graphql(JOIN_NETWORK, { input: { networkId: DEMO_NETWORK_ID } }, member.cookie);
    const other = await signUp(testApp);
    await testApp.app.get(DataSource).query(
      `INSERT INTO role_grant (person_id, role, scope_type, scope_id)
         VALUES ($1, 'network_lead', 'network', 'DWP-DISABILITY')`,
      [other.personId],
    );
    otherLead = other.cookie;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const codes = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.map((error) => error.extensions?.['code']);

  it('shows the members to the network’s own lead and to admins', async () => {
    const expected = [
      {
        personId: member.personId,
        givenName: member.details.givenName,
        familyName: member.details.familyName,
        email: member.details.email,
      },
    ];
    for (const cookie of [lead, await signInAs(testApp, 'admin')])
      expect(
        await testApp.graphql(MEMBERS, { input: { networkId: DEMO_NETWORK_ID } }, cookie),
      ).toEqual({ data: { networkMembers: expected } });
  });

  it('refuses the member list to a lead of another network and to everyone else', async () => {
    for (const cookie of [otherLead, member.cookie, await signInAs(testApp, 'analyst')]) {
      const response = await testApp.graphql(
        MEMBERS,
        { input: { networkId: DEMO_NETWORK_ID } },
        cookie,
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.data).toBeNull();
    }
  });

  it('tells a member about their own membership only', async () => {
    const mine = await testApp.graphql(MY_NETWORKS, {}, member.cookie);
    expect(mine).toEqual({
      data: { myNetworks: [{ id: DEMO_NETWORK_ID, code: 'MOJ-SOCIAL-MOBILITY', joined: true }] },
    });
    const stranger = await signUp(testApp);
    expect(await testApp.graphql(MY_NETWORKS, {}, stranger.cookie)).toEqual({
      data: { myNetworks: [] },
    });
    expect(await testApp.graphql(NETWORKS, {}, stranger.cookie)).toEqual({
      data: {
        networks: [
          { id: DEMO_NETWORK_ID, code: 'MOJ-SOCIAL-MOBILITY', joined: false, leading: false },
        ],
      },
    });
  });

  it('lets a member leave, and the lead remove a member', async () => {
    const leaving = await signUp(testApp);
    const removed = await signUp(testApp);
    for (const person of [leaving, removed])
      await testApp.graphql(JOIN_NETWORK, { input: { networkId: DEMO_NETWORK_ID } }, person.cookie);
    expect(
      await testApp.graphql(
        'mutation L($input: NetworkInput!) { leaveNetwork(input: $input) }',
        { input: { networkId: DEMO_NETWORK_ID } },
        leaving.cookie,
      ),
    ).toEqual({ data: { leaveNetwork: true } });
    const remove = `mutation R($input: RemoveNetworkMemberInput!) { removeNetworkMember(input: $input) }`;
    const input = { networkId: DEMO_NETWORK_ID, personId: removed.personId };
    expect(codes(await testApp.graphql(remove, { input }, otherLead))).toEqual(['FORBIDDEN']);
    expect(await testApp.graphql(remove, { input }, lead)).toEqual({
      data: { removeNetworkMember: true },
    });
    const members = await testApp.graphql<{ networkMembers: { personId: string }[] }>(
      MEMBERS,
      { input: { networkId: DEMO_NETWORK_ID } },
      lead,
    );
    expect(members.data?.networkMembers.map((m) => m.personId)).toEqual([member.personId]);
  });

  it('lets a network lead create only the network their role names', async () => {
    const input = { name: 'DWP disability network', kind: 'disability', departmentCodes: ['DWP'] };
    expect(
      await testApp.graphql(
        CREATE_NETWORK,
        { input: { ...input, code: 'DWP-DISABILITY' } },
        otherLead,
      ),
    ).toEqual({ data: { createNetwork: { code: 'DWP-DISABILITY', leading: true } } });
    expect(
      codes(
        await testApp.graphql(
          CREATE_NETWORK,
          { input: { ...input, code: 'DWP-OTHER' } },
          otherLead,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});
