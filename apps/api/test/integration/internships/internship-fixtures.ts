import { RolesService } from '@pathways/api-identity';
import { addDays, isoDate } from '@pathways/api-programmes';
import { TestApp } from '@pathways/api-testing';
import { call } from '../support/graphql-calls';
import { newPerson, signUp, SignUpDetails } from '../support/sessions';

export const TODAY = isoDate(new Date());

export interface Member {
  cookie: string;
  personId: string;
  staffNumber: string;
}

export { call, dataOf, errorOf } from '../support/graphql-calls';

export async function person(
  testApp: TestApp,
  overrides: Partial<SignUpDetails> = {},
): Promise<Member> {
  const { cookie, personId, details } = await signUp(testApp, newPerson(overrides));
  return { cookie, personId, staffNumber: details.staffNumber };
}

/** A programme lead (of some other programme), so they may create internship programmes. */
export async function lead(testApp: TestApp, scope = 'SOME-OTHER-PROGRAMME'): Promise<Member> {
  const member = await person(testApp, { gradeCode: 'G6' });
  await testApp.app.get(RolesService).grant(null, {
    personId: member.personId,
    role: 'programme_lead',
    scopeType: 'programme',
    scopeId: scope,
  });
  return member;
}

export const CREATE_PROGRAMME = `mutation C($input: CreateInternshipProgrammeInput!) {
  createInternshipProgramme(input: $input) { id code name settings { termMonths minimumAge maximumAge } intakes { id } }
}`;
export const OPEN_INTAKE = `mutation O($input: OpenInternshipIntakeInput!) {
  openInternshipIntake(input: $input) { id code name applicationsOpen applicationsClose startDate isOpen }
}`;
export const OFFER = `mutation O($input: OfferPlacementInput!) {
  offerInternshipPlacement(input: $input) { placements { id departmentCode team gradeCode regionName workAreaName startDate termMonths endDate status trainingStatus lineManager { staffNumber } } }
}`;
export const ELIGIBILITY = `query E($input: InternshipEligibilityInput!) {
  internshipEligibility(input: $input) { eligible reasons }
}`;
export const APPLY = `mutation A($input: ApplyToInternshipInput!) { applyToInternship(input: $input) }`;
export const MY_APPLICATIONS = `{
  myInternshipApplications {
    id intakeId weeksInCare inCareAfterSixteen preferredRegions preferredWork
    offer { matchId status departmentName team gradeCode regionName workAreaName startDate endDate termMonths lineManagerName explanation }
  }
}`;
export const INTAKE = `query I($id: ID!) {
  internshipIntake(id: $id) {
    id name recordedOutcomes trainingOutstanding settings { termMonths minimumAge maximumAge }
    placements { id status trainingStatus outcome outcomeEffectiveDate latestCheckIn intern { id } lineManager { id } }
    applicants { applicationId status preferredRegions preferredWork person { id givenName } }
    matches { id status score explanation candidate { id } placementId placementSummary }
  }
}`;
export const RUN = `mutation R($input: RunInternshipMatchingInput!) {
  runInternshipMatching(input: $input) { matches { id status score explanation candidate { id } placementId placementSummary } }
}`;
export const APPROVE = `mutation A($input: ApproveInternshipMatchesInput!) {
  approveInternshipMatches(input: $input) { matches { id status } }
}`;
export const RESPOND = `mutation R($input: RespondToInternshipOfferInput!) {
  respondToInternshipOffer(input: $input) { id offer { matchId status } }
}`;
export const MANAGED = `query M($id: ID!) {
  managedPlacement(id: $id) {
    id status trainingCompletedOn trainingStatus canRecordOutcome checkInMonths outcome outcomeEffectiveDate
    intern { id } checkIns { month status notes }
  }
}`;
export const TRAINING = `mutation T($input: RecordLineManagerTrainingInput!) {
  recordLineManagerTraining(input: $input) { id trainingCompletedOn trainingStatus }
}`;
export const CHECK_IN = `mutation C($input: RecordInternCheckInInput!) {
  recordInternCheckIn(input: $input) { id checkIns { month status notes } }
}`;
export const OUTCOME = `mutation O($input: RecordPlacementOutcomeInput!) {
  recordPlacementOutcome(input: $input) { id outcome outcomeEffectiveDate canRecordOutcome }
}`;

let programmes = 0;

export interface IntakeSetup {
  coordinator: Member;
  programmeId: string;
  programmeCode: string;
  intakeId: string;
}

/** A coordinator creates an internship programme and opens an intake, through the API. */
export async function openIntake(
  testApp: TestApp,
  settings: Record<string, number> = {},
): Promise<IntakeSetup> {
  programmes += 1;
  const programmeCode = `INTERN-${programmes}`;
  const coordinator = await lead(testApp);
  const { createInternshipProgramme } = await call<{ createInternshipProgramme: { id: string } }>(
    testApp,
    coordinator,
    CREATE_PROGRAMME,
    { input: { code: programmeCode, name: `Care leaver internships ${programmes}`, ...settings } },
  );
  const { openInternshipIntake } = await call<{ openInternshipIntake: { id: string } }>(
    testApp,
    coordinator,
    OPEN_INTAKE,
    {
      input: {
        programmeId: createInternshipProgramme.id,
        code: '2026',
        name: '2026 intake',
        applicationsOpen: addDays(TODAY, -1),
        applicationsClose: addDays(TODAY, 10),
        startDate: addDays(TODAY, 30),
      },
    },
  );
  return {
    coordinator,
    programmeId: createInternshipProgramme.id,
    programmeCode,
    intakeId: openInternshipIntake.id,
  };
}

export const offerInput = (
  intakeId: string,
  lineManager: Member,
  fields: Record<string, unknown> = {},
) => ({
  input: {
    intakeId,
    departmentCode: 'MOJ',
    team: 'Digital services',
    gradeCode: 'EO',
    regionCode: 'TLI',
    workArea: 'digital_data_technology',
    lineManagerStaffNumber: lineManager.staffNumber,
    startDate: TODAY,
    ...fields,
  },
});

export async function offerPlacement(
  testApp: TestApp,
  setup: IntakeSetup,
  lineManager: Member,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const { offerInternshipPlacement } = await call<{
    offerInternshipPlacement: { placements: { id: string }[] };
  }>(testApp, setup.coordinator, OFFER, offerInput(setup.intakeId, lineManager, fields));
  const placements = offerInternshipPlacement.placements;
  return placements[placements.length - 1].id;
}

/** Eighteen years before the intake start: comfortably inside 16 to 25. */
export const YOUNG_ENOUGH = addDays(TODAY, -18 * 366);

export const applyInput = (intakeId: string, fields: Record<string, unknown> = {}) => ({
  input: {
    intakeId,
    weeksInCare: 40,
    inCareAfterSixteen: true,
    dateOfBirth: YOUNG_ENOUGH,
    preferredRegions: ['TLI'],
    preferredWork: ['digital_data_technology'],
    ...fields,
  },
});

/** A care leaver who applies successfully; returns them with their application id. */
export async function applicant(
  testApp: TestApp,
  intakeId: string,
  fields: Record<string, unknown> = {},
): Promise<Member & { applicationId: string }> {
  const member = await person(testApp, { gradeCode: 'AA', departmentCode: 'DWP' });
  const { applyToInternship } = await call<{ applyToInternship: string }>(
    testApp,
    member,
    APPLY,
    applyInput(intakeId, fields),
  );
  return { ...member, applicationId: applyToInternship };
}

export interface MatchView {
  id: string;
  status: string;
  score: number;
  explanation: string[];
  candidate: { id: string };
  placementId: string;
  placementSummary: string;
}

export async function runMatching(testApp: TestApp, setup: IntakeSetup): Promise<MatchView[]> {
  const { runInternshipMatching } = await call<{ runInternshipMatching: { matches: MatchView[] } }>(
    testApp,
    setup.coordinator,
    RUN,
    { input: { intakeId: setup.intakeId } },
  );
  return runInternshipMatching.matches;
}

/** Placement offered, candidate applied, matched, approved and accepted: a running placement. */
export async function runningPlacement(testApp: TestApp) {
  const setup = await openIntake(testApp);
  const lineManager = await person(testApp, { gradeCode: 'HEO' });
  const placementId = await offerPlacement(testApp, setup, lineManager);
  const intern = await applicant(testApp, setup.intakeId);
  const [match] = await runMatching(testApp, setup);
  await call(testApp, setup.coordinator, APPROVE, {
    input: { intakeId: setup.intakeId, all: true },
  });
  await call(testApp, intern, RESPOND, { input: { matchId: match.id, accept: true } });
  return { setup, lineManager, placementId, intern, matchId: match.id };
}
export const WITHDRAW = `mutation W($input: WithdrawInternshipApplicationInput!) {
  withdrawInternshipApplication(input: $input) { id offer { matchId status } }
}`;
