import { DEMO_COHORT_ID } from '@pathways/api-mentoring';
import { INTERNSHIP_AUTHORIZATION_CASES } from '../internships/internship-authorization-cases';
import { OUTCOME_AUTHORIZATION_CASES } from '../outcomes/outcome-authorization-cases';
import { VACANCY_AUTHORIZATION_CASES } from '../vacancies/vacancy-authorization-cases';
import { ADMIN_ONLY, SIGNED_IN, type Caller, type Outcome } from './caller-outcomes';

export { CALLERS } from './caller-outcomes';
export type { Caller, Outcome } from './caller-outcomes';

/** The department the other department lead leads. */
export const OTHER_DEPARTMENT = 'DWP';

/** Fresh data for one cell, so that each cell is independent of the others. */
export interface CaseContext {
  /** A new person without an account, to act on. */
  newPersonId(): Promise<string>;
  /** A new grant (mentor, on a new person), to revoke. */
  newGrantId(): Promise<string>;
  /** A new active application to the demo open internship intake, by a new person without an account. */
  newInternshipApplicationId(): Promise<string>;
  /** A code unique within the test file. */
  uniqueCode(prefix: string): string;
}

export interface AuthorizationCase {
  /** The root field the query selects; also the key of its data. */
  operation: string;
  query: string;
  variables?: (context: CaseContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<Caller, Outcome>;
}

/** Programme leads (any programme) and admins: setting programmes up. */
const LEADS_AND_ADMINS: Record<Caller, Outcome> = {
  ...ADMIN_ONLY,
  programme_lead: 'allowed',
};

/** The leads of the demo CATAPULT programme only: the demo programme lead, not even admins. */
const CATAPULT_LEAD_ONLY: Record<Caller, Outcome> = {
  ...ADMIN_ONLY,
  admin: 'denied',
  programme_lead: 'allowed',
};

/** The open demo cohort of CATAPULT, seeded with applicants, mentors and a first run. */
const demoCohort = () => ({ cohortId: DEMO_COHORT_ID });

/** Every query and mutation that touches personal data × every caller. Later issues add rows. */
export const AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    operation: 'me',
    query: '{ me { personId email roles { role } } }',
    expected: { ...SIGNED_IN, anonymous: 'empty' },
  },
  {
    operation: 'myAnswers',
    query: '{ myAnswers { answers { question code } sebGroup } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'saveMyAnswers',
    query: `mutation Save($input: SaveMyAnswersInput!) {
      saveMyAnswers(input: $input) { answers { question code } }
    }`,
    variables: () => ({
      input: { answers: [{ question: 'seb_occupation', code: 'prefer_not_to_say' }] },
    }),
    expected: SIGNED_IN,
  },
  {
    operation: 'withdrawMyAnswers',
    query: 'mutation { withdrawMyAnswers { sebGroup } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myPersonalData',
    query: '{ myPersonalData { json generatedAt } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'peopleSearch',
    query: 'query Search($search: String!) { peopleSearch(search: $search) { id email } }',
    variables: () => ({ search: 'demo' }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'roleGrants',
    query: 'query Grants($personId: ID!) { roleGrants(personId: $personId) { id role } }',
    variables: async ({ newPersonId }) => ({ personId: await newPersonId() }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'grantRole',
    query: 'mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    variables: async ({ newPersonId }) => ({
      input: { personId: await newPersonId(), role: 'admin' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'revokeRole',
    query: 'mutation Revoke($id: ID!) { revokeRole(id: $id) }',
    variables: async ({ newGrantId }) => ({ id: await newGrantId() }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'auditEvents',
    query: '{ auditEvents { total items { action subjectPersonIds } } }',
    expected: ADMIN_ONLY,
  },
  {
    operation: 'erasePerson',
    query: `mutation Erase($input: ErasePersonInput!) {
      erasePerson(input: $input) { personId erasedAt }
    }`,
    variables: async ({ newPersonId }) => ({
      input: { personId: await newPersonId(), reason: 'Authorisation matrix' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'addDepartment',
    query: `mutation Add($input: AddReferenceItemInput!) { addDepartment(input: $input) { code } }`,
    variables: ({ uniqueCode }) => ({
      input: { code: uniqueCode('D'), name: 'Matrix department' },
    }),
    expected: ADMIN_ONLY,
  },
  {
    operation: 'addProfession',
    query: `mutation Add($input: AddReferenceItemInput!) { addProfession(input: $input) { code } }`,
    variables: ({ uniqueCode }) => ({
      input: { code: uniqueCode('p'), name: 'Matrix profession' },
    }),
    expected: ADMIN_ONLY,
  },
  // Programmes, cohorts and mentoring (issue 4). Operations on one relationship, proposal,
  // session, survey or notification answer NOT_FOUND to anyone but its members; they are
  // checked caller by caller in mentoring/mentoring-access.integration-spec.ts.
  {
    operation: 'ledProgrammes',
    query: '{ ledProgrammes { code youLead } }',
    expected: LEADS_AND_ADMINS,
  },
  {
    operation: 'programmePresets',
    query: '{ programmePresets { key eligibility { sebGroups } } }',
    expected: LEADS_AND_ADMINS,
  },
  {
    operation: 'createProgramme',
    query: `mutation Create($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    variables: ({ uniqueCode }) => ({
      input: { preset: 'catapult', code: uniqueCode('P').toUpperCase(), name: 'Matrix programme' },
    }),
    expected: LEADS_AND_ADMINS,
  },
  {
    operation: 'updateCohort',
    query: `mutation Update($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }`,
    variables: () => ({ input: { id: DEMO_COHORT_ID } }),
    expected: LEADS_AND_ADMINS,
  },
  {
    operation: 'cohort',
    query: `query Cohort($id: ID!) {
      cohort(id: $id) { code myEligibility { eligible reasons } myApplication { id } myMentorOffer { id } }
    }`,
    variables: () => ({ id: DEMO_COHORT_ID }),
    expected: SIGNED_IN,
  },
  {
    operation: 'openProgrammes',
    query: '{ openProgrammes { code myEligibility { eligible reasons } openCohorts { id } } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myApplications',
    query: '{ myApplications { id status goals } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myMentorOffers',
    query: '{ myMentorOffers { id capacity seatsTaken } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'setMentorPaused',
    query: `mutation Pause($input: SetMentorPausedInput!) { setMentorPaused(input: $input) { id } }`,
    variables: () => ({ input: { paused: false } }),
    expected: SIGNED_IN,
  },
  {
    operation: 'myMentorProposals',
    query: '{ myMentorProposals { id mentee { goals } } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myRelationships',
    query: '{ myRelationships { id status viewer } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'mySurveysDue',
    query: '{ mySurveysDue { relationshipId kind dueOn } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'myNotifications',
    query: '{ myNotifications { id title } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'unreadNotificationCount',
    query: '{ unreadNotificationCount }',
    expected: SIGNED_IN,
  },
  {
    operation: 'markAllNotificationsRead',
    query: 'mutation { markAllNotificationsRead }',
    expected: SIGNED_IN,
  },
  {
    operation: 'cohortApplications',
    query: `query Applications($cohortId: ID!) {
      cohortApplications(cohortId: $cohortId) { applicationId eligible person { id } }
    }`,
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'cohortMentors',
    query: `query Mentors($cohortId: ID!) {
      cohortMentors(cohortId: $cohortId) { id capacity person { id } }
    }`,
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'runMatching',
    query: `mutation Run($input: RunMatchingInput!) { runMatching(input: $input) { id } }`,
    variables: () => ({ input: demoCohort() }),
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'matchingRun',
    query: `query Run($cohortId: ID!) {
      matchingRun(cohortId: $cohortId) { id pairs { id explanation } unmatched { applicationId } }
    }`,
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'matchingFairness',
    query: `query Fairness($cohortId: ID!) {
      matchingFairness(cohortId: $cohortId) { rows { sebGroup suppressed matchRate } }
    }`,
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'approveProposals',
    query: `mutation Approve($input: ApproveProposalsInput!) { approveProposals(input: $input) { id } }`,
    variables: () => ({ input: { ...demoCohort(), all: true } }),
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'cohortRelationships',
    query: `query Pairs($cohortId: ID!) {
      cohortRelationships(cohortId: $cohortId) { id status inactiveSince }
    }`,
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  {
    operation: 'cohortExportCsv',
    query: 'query Export($cohortId: ID!) { cohortExportCsv(cohortId: $cohortId) }',
    variables: demoCohort,
    expected: CATAPULT_LEAD_ONLY,
  },
  ...INTERNSHIP_AUTHORIZATION_CASES,
  ...OUTCOME_AUTHORIZATION_CASES,
  ...VACANCY_AUTHORIZATION_CASES,
];
