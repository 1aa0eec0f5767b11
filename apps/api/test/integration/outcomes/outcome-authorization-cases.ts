import { DEMO_UNCONFIRMED_EVENT_ID } from '@pathways/api-outcomes';
import type { AuthorizationCase } from '../authorization/authorization-cases';
import { NOBODY, SIGNED_IN, type Caller, type Outcome } from '../authorization/caller-outcomes';

/** The demo programme lead leads CATAPULT; admins may act on every programme. */
const CATAPULT_LEAD_AND_ADMINS: Record<Caller, Outcome> = {
  ...NOBODY,
  programme_lead: 'allowed',
  admin: 'allowed',
};

const ADMINS: Record<Caller, Outcome> = { ...NOBODY, admin: 'allowed' };

/** Outcomes: aggregates for leads of the programme, analysts and admins; events for leads. */
export const OUTCOME_AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    operation: 'outcomeReport',
    query: `query Report($input: OutcomeReportInput!) {
      outcomeReport(input: $input) { programme groups { sebGroup suppressed rate } }
    }`,
    variables: () => ({ input: { programme: 'CATAPULT' } }),
    expected: { ...CATAPULT_LEAD_AND_ADMINS, analyst: 'allowed' },
  },
  {
    operation: 'programmeDashboard',
    query: `query Dashboard($input: ProgrammeDashboardInput!) {
      programmeDashboard(input: $input) { programme participants { sebGroup count { value } } }
    }`,
    variables: () => ({ input: { programme: 'CATAPULT' } }),
    expected: CATAPULT_LEAD_AND_ADMINS,
  },
  {
    operation: 'workforceDashboard',
    query: '{ workforceDashboard { asOf overall { total { value suppressed } } } }',
    expected: { ...NOBODY, analyst: 'allowed', admin: 'allowed' },
  },
  {
    operation: 'myCareerEvents',
    query: '{ myCareerEvents { id type confirmed } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'reportMyCareerEvent',
    query: `mutation Report($input: MyCareerEventInput!) {
      reportMyCareerEvent(input: $input) { id confirmed }
    }`,
    variables: () => ({ input: { type: 'training_completed', effectiveDate: '2026-01-15' } }),
    expected: SIGNED_IN,
  },
  {
    operation: 'recordCareerEvent',
    query: `mutation Record($input: RecordCareerEventInput!) {
      recordCareerEvent(input: $input) { id confirmed }
    }`,
    // DEMO0001, the demo participant, is a mentee of the demo CATAPULT programme.
    variables: () => ({
      input: { staffNumber: 'DEMO0001', type: 'eoi_success', effectiveDate: '2026-02-01' },
    }),
    expected: CATAPULT_LEAD_AND_ADMINS,
  },
  {
    operation: 'unconfirmedCareerEvents',
    query: `query Waiting($input: UnconfirmedCareerEventsInput!) {
      unconfirmedCareerEvents(input: $input) { id personName type }
    }`,
    variables: () => ({ input: { programme: 'CATAPULT' } }),
    expected: CATAPULT_LEAD_AND_ADMINS,
  },
  {
    operation: 'confirmCareerEvent',
    query: `mutation Confirm($input: ConfirmCareerEventInput!) {
      confirmCareerEvent(input: $input) { id confirmed }
    }`,
    variables: () => ({ input: { id: DEMO_UNCONFIRMED_EVENT_ID } }),
    expected: CATAPULT_LEAD_AND_ADMINS,
  },
  {
    operation: 'setFiveYearTarget',
    query: `mutation Set($input: SetFiveYearTargetInput!) { setFiveYearTarget(input: $input) { id } }`,
    variables: () => ({
      input: {
        name: 'Share of SCS from lower SEB',
        sebGroup: 'lower',
        grades: ['SCS1', 'SCS2', 'SCS3', 'PS'],
        targetShare: 0.25,
        targetYear: 2030,
      },
    }),
    expected: ADMINS,
  },
  {
    operation: 'removeFiveYearTarget',
    query: `mutation Remove($input: RemoveFiveYearTargetInput!) { removeFiveYearTarget(input: $input) }`,
    variables: () => ({ input: { id: '00000000-0000-4000-8000-000000000000' } }),
    expected: ADMINS,
  },
];
