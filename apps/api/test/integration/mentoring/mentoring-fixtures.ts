import { RolesService } from '@pathways/api-identity';
import { addDays, isoDate } from '@pathways/api-programmes';
import { TestApp } from '@pathways/api-testing';
import { call } from '../support/graphql-calls';
import { newPerson, signUp } from '../support/sessions';

export const TODAY = isoDate(new Date());

export interface Member {
  cookie: string;
  personId: string;
}

export { call, dataOf, errorOf } from '../support/graphql-calls';

export const SAVE_ANSWERS = `mutation Save($input: SaveMyAnswersInput!) {
  saveMyAnswers(input: $input) { sebGroup }
}`;

/** A new participant account at a grade and department, with an SEB occupation answer. */
export async function person(
  testApp: TestApp,
  { gradeCode = 'EO', departmentCode = 'DWP', sebOccupation = null as string | null } = {},
): Promise<Member> {
  const { cookie, personId } = await signUp(testApp, newPerson({ gradeCode, departmentCode }));
  if (sebOccupation) {
    await call(testApp, { cookie }, SAVE_ANSWERS, {
      input: { answers: [{ question: 'seb_occupation', code: sebOccupation }] },
    });
  }
  return { cookie, personId };
}

/** A programme lead of some other programme, so they may create programmes. */
export async function lead(testApp: TestApp, scope = 'SOME-OTHER-PROGRAMME'): Promise<Member> {
  const member = await person(testApp, { gradeCode: 'G6', departmentCode: 'MOJ' });
  await testApp.app.get(RolesService).grant(null, {
    personId: member.personId,
    role: 'programme_lead',
    scopeType: 'programme',
    scopeId: scope,
  });
  return member;
}

export const CREATE_PROGRAMME = `mutation Create($input: CreateProgrammeInput!) {
  createProgramme(input: $input) {
    id code name type durationMonths participatingDepartments youLead
    eligibility { sebGroups minimumGrade maximumGrade departments careLeaver minimumAge maximumAge }
    matchingRules { mentorMinimumGrade minimumGradeGap maximumGradeGap profession department defaultMentorCapacity }
  }
}`;

export const CREATE_COHORT = `mutation Create($input: CreateCohortInput!) {
  createCohort(input: $input) { id code name applicationsOpen applicationsClose startDate isOpen }
}`;

let programmes = 0;

export interface CohortSetup {
  lead: Member;
  programmeId: string;
  programmeCode: string;
  cohortId: string;
}

/** A lead creates a Catapult-style programme and an open cohort through the API. */
export async function catapultCohort(
  testApp: TestApp,
  extra: Record<string, unknown> = {},
): Promise<CohortSetup> {
  programmes += 1;
  const programmeCode = `CAT-${programmes}`;
  const owner = await lead(testApp);
  const { createProgramme } = await call<{ createProgramme: { id: string } }>(
    testApp,
    owner,
    CREATE_PROGRAMME,
    {
      input: { preset: 'catapult', code: programmeCode, name: `Catapult ${programmes}`, ...extra },
    },
  );
  const { createCohort } = await call<{ createCohort: { id: string } }>(
    testApp,
    owner,
    CREATE_COHORT,
    {
      input: {
        programmeId: createProgramme.id,
        code: '2026-A',
        name: 'Spring 2026',
        applicationsOpen: addDays(TODAY, -1),
        applicationsClose: addDays(TODAY, 30),
        startDate: addDays(TODAY, 45),
      },
    },
  );
  return { lead: owner, programmeId: createProgramme.id, programmeCode, cohortId: createCohort.id };
}

export const APPLY = `mutation Apply($input: ApplyToCohortInput!) {
  applyToCohort(input: $input) { id status goals topics professionPreference departmentPreference region availability }
}`;

export const applyInput = (cohortId: string, fields: Record<string, unknown> = {}) => ({
  input: {
    cohortId,
    goals: 'Prepare for an HEO promotion board',
    topics: ['applications_interviews', 'confidence'],
    professionPreference: 'any',
    departmentPreference: 'any',
    availability: 'Tuesday mornings',
    ...fields,
  },
});

export const VOLUNTEER = `mutation Volunteer($input: VolunteerAsMentorInput!) {
  volunteerAsMentor(input: $input) { id capacity topics professions paused seatsTaken }
}`;

export const volunteerInput = (cohortId: string, fields: Record<string, unknown> = {}) => ({
  input: {
    cohortId,
    capacity: 2,
    topics: ['confidence', 'hidden_rules'],
    professions: ['policy'],
    ...fields,
  },
});

/** A lower-SEB mentee who has applied; returns the member and the application id. */
export async function applicant(
  testApp: TestApp,
  cohortId: string,
  options: Parameters<typeof person>[1] = {},
): Promise<Member & { applicationId: string }> {
  const member = await person(testApp, { sebOccupation: 'routine', ...options });
  const { applyToCohort } = await call<{ applyToCohort: { id: string } }>(
    testApp,
    member,
    APPLY,
    applyInput(cohortId),
  );
  return { ...member, applicationId: applyToCohort.id };
}

/** A G7 mentor (by default) who has volunteered; returns the member and the offer id. */
export async function mentor(
  testApp: TestApp,
  cohortId: string,
  fields: Record<string, unknown> = {},
  options: Parameters<typeof person>[1] = {},
): Promise<Member & { offerId: string }> {
  const member = await person(testApp, { gradeCode: 'G7', departmentCode: 'HMRC', ...options });
  const { volunteerAsMentor } = await call<{ volunteerAsMentor: { id: string } }>(
    testApp,
    member,
    VOLUNTEER,
    volunteerInput(cohortId, fields),
  );
  return { ...member, offerId: volunteerAsMentor.id };
}

export const RUN_MATCHING = `mutation Run($input: RunMatchingInput!) {
  runMatching(input: $input) {
    id menteeCount mentorCount matchedCount totalScore
    pairs { id status score explanation locked mentee { applicationId } mentor { person { id } } }
    unmatched { applicationId }
  }
}`;

export interface RunPair {
  id: string;
  status: string;
  score: number;
  explanation: string[];
  locked: boolean;
  mentee: { applicationId: string };
  mentor: { person: { id: string } };
}

export async function runMatching(testApp: TestApp, owner: Member, cohortId: string) {
  return (
    await call<{
      runMatching: {
        matchedCount: number;
        menteeCount: number;
        pairs: RunPair[];
        unmatched: { applicationId: string }[];
      };
    }>(testApp, owner, RUN_MATCHING, { input: { cohortId } })
  ).runMatching;
}

export const APPROVE = `mutation Approve($input: ApproveProposalsInput!) {
  approveProposals(input: $input) { id status proposedAt }
}`;

export const ACCEPT = `mutation Accept($input: AcceptProposalInput!) {
  acceptProposal(input: $input) { id status viewer mentorAcceptedAt menteeAcceptedAt startedOn }
}`;

export const DECLINE = `mutation Decline($input: DeclineProposalInput!) {
  declineProposal(input: $input) { id status declineReason }
}`;

/** Cohort, mentee and mentor, matched, approved and accepted by both: an active relationship. */
export async function activeRelationship(testApp: TestApp) {
  const setup = await catapultCohort(testApp);
  const mentee = await applicant(testApp, setup.cohortId);
  const mentorMember = await mentor(testApp, setup.cohortId);
  const { pairs } = await runMatching(testApp, setup.lead, setup.cohortId);
  const relationshipId = pairs[0].id;
  await call(testApp, setup.lead, APPROVE, { input: { cohortId: setup.cohortId, all: true } });
  await call(testApp, mentorMember, ACCEPT, { input: { relationshipId } });
  await call(testApp, mentee, ACCEPT, { input: { relationshipId } });
  return { ...setup, mentee, mentor: mentorMember, relationshipId };
}
