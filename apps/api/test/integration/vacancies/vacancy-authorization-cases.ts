import { DEMO_NETWORK_ID, DEMO_VACANCY_ID } from '@pathways/api-vacancies';
import type { AuthorizationCase } from '../authorization/authorization-cases';
import {
  ADMIN_ONLY,
  NOBODY,
  SIGNED_IN,
  type Caller,
  type Outcome,
} from '../authorization/caller-outcomes';
import { vacancyInput } from './support/vacancy-fixtures';

// Publishing and broadcasting enqueue jobs, so their access is tested in the vacancy specs,
// which run the job queue; every other vacancy, network, alert and funnel operation is here.

/** The demo network lead leads the demo network and owns the demo vacancy. */
const DEMO_LEAD_AND_ADMINS: Record<Caller, Outcome> = {
  ...NOBODY,
  network_lead: 'allowed',
  admin: 'allowed',
};
const POSTERS: Record<Caller, Outcome> = {
  ...DEMO_LEAD_AND_ADMINS,
  programme_lead: 'allowed',
};
const ANALYSTS: Record<Caller, Outcome> = { ...NOBODY, analyst: 'allowed', admin: 'allowed' };

const demoNetwork = () => ({ input: { networkId: DEMO_NETWORK_ID } });
const demoVacancy = () => ({ input: { vacancyId: DEMO_VACANCY_ID } });

export const VACANCY_AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    operation: 'networks',
    query: '{ networks { id code joined leading } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myNetworks',
    query: '{ myNetworks { id code } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'network',
    query: 'query N($input: NetworkInput!) { network(input: $input) { id name } }',
    variables: demoNetwork,
    expected: SIGNED_IN,
  },
  {
    operation: 'networkMembers',
    query: `query M($input: NetworkInput!) { networkMembers(input: $input) { personId email } }`,
    variables: demoNetwork,
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'createNetwork',
    query: `mutation C($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    variables: ({ uniqueCode }) => ({
      input: {
        code: uniqueCode('NET-').toUpperCase(),
        name: 'Matrix network',
        kind: 'other',
        departmentCodes: [],
      },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'updateNetwork',
    query: `mutation U($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }`,
    variables: () => ({ input: { id: DEMO_NETWORK_ID, kind: 'social_mobility' } }),
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'joinNetwork',
    query: `mutation J($input: NetworkInput!) { joinNetwork(input: $input) { id joined } }`,
    variables: demoNetwork,
    expected: SIGNED_IN,
  },
  {
    operation: 'leaveNetwork',
    query: `mutation L($input: NetworkInput!) { leaveNetwork(input: $input) }`,
    variables: demoNetwork,
    expected: SIGNED_IN,
  },
  {
    operation: 'removeNetworkMember',
    query: `mutation R($input: RemoveNetworkMemberInput!) { removeNetworkMember(input: $input) }`,
    variables: async ({ newPersonId }) => ({
      input: { networkId: DEMO_NETWORK_ID, personId: await newPersonId() },
    }),
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'acceleratorRoles',
    query: '{ acceleratorRoles { total items { id title } } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'acceleratorRole',
    query: 'query V($input: VacancyIdInput!) { acceleratorRole(input: $input) { id } }',
    variables: demoVacancy,
    expected: SIGNED_IN,
  },
  {
    operation: 'myVacancies',
    query: '{ myVacancies { id } }',
    expected: POSTERS,
  },
  {
    operation: 'createVacancy',
    query: `mutation C($input: CreateVacancyInput!) { createVacancy(input: $input) { id } }`,
    variables: () => ({ input: vacancyInput({ departmentCode: 'CO' }) }),
    expected: POSTERS,
  },
  {
    operation: 'updateVacancy',
    query: `mutation U($input: UpdateVacancyInput!) { updateVacancy(input: $input) { id } }`,
    variables: () => ({ input: { id: DEMO_VACANCY_ID, remote: false } }),
    // A programme lead may post, but not change someone else's vacancy.
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'reservedShares',
    query: '{ reservedShares { departmentCode maxPercent sharePercent } }',
    expected: { ...POSTERS, analyst: 'allowed' },
  },
  {
    operation: 'setReservedShareCap',
    query: `mutation S($input: SetReservedShareCapInput!) {
      setReservedShareCap(input: $input) { departmentCode }
    }`,
    variables: () => ({ input: { departmentCode: 'CO', maxPercent: 40 } }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'myAlertRules',
    query: '{ myAlertRules { id } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'saveAlertRule',
    query: `mutation S($input: SaveAlertRuleInput!) { saveAlertRule(input: $input) { id } }`,
    variables: () => ({ input: { gradeCodes: ['PS'], inApp: true } }),
    expected: SIGNED_IN,
  },
  {
    operation: 'deleteAlertRule',
    query: `mutation D($input: AlertRuleIdInput!) { deleteAlertRule(input: $input) }`,
    variables: () => ({ input: { id: '00000000-0000-4000-8000-000000000000' } }),
    expected: SIGNED_IN,
  },
  {
    operation: 'recordVacancyView',
    query: `mutation V($input: VacancyIdInput!) { recordVacancyView(input: $input) }`,
    variables: demoVacancy,
    expected: SIGNED_IN,
  },
  {
    operation: 'recordApplication',
    query: `mutation A($input: VacancyIdInput!) { recordApplication(input: $input) }`,
    variables: demoVacancy,
    expected: SIGNED_IN,
  },
  {
    operation: 'recordAppointment',
    query: `mutation A($input: RecordAppointmentInput!) { recordAppointment(input: $input) }`,
    variables: () => ({ input: { vacancyId: DEMO_VACANCY_ID, staffNumber: 'DEMO0001' } }),
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'vacancyFunnel',
    query: `query F($input: VacancyIdInput!) {
      vacancyFunnel(input: $input) { vacancyCount stages { stage counts { sebGroup value } } }
    }`,
    variables: demoVacancy,
    expected: DEMO_LEAD_AND_ADMINS,
  },
  {
    operation: 'vacancyFunnelTotals',
    query: '{ vacancyFunnelTotals { vacancyCount stages { stage counts { sebGroup value } } } }',
    expected: ANALYSTS,
  },
  {
    operation: 'outbox',
    query: '{ outbox { total items { subject } } }',
    expected: SIGNED_IN,
  },
];
