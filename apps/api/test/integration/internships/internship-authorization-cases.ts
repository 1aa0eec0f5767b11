import { addDays, isoDate } from '@pathways/api-programmes';
import {
  DEMO_INTERNSHIP_PROGRAMME_ID,
  DEMO_OPEN_INTAKE_ID,
  DEMO_PLACEMENT_ID,
} from '@pathways/api-internships';
import type { AuthorizationCase } from '../authorization/authorization-cases';
import { NOBODY, SIGNED_IN, type Caller, type Outcome } from '../authorization/caller-outcomes';

/**
 * The demo internship programme's coordinator (the demo programme lead) and admins. Other
 * programme leads are refused by the service; the demo has no other lead to show it.
 */
const COORDINATOR: Record<Caller, Outcome> = {
  ...NOBODY,
  programme_lead: 'allowed',
  admin: 'allowed',
};

/**
 * Only the applicant, and no demo account has applied: everyone signed in is told there is no
 * such application (checked for the applicant in internship-withdrawal.integration-spec.ts).
 */
const ONLY_THE_APPLICANT: Record<Caller, Outcome> = {
  anonymous: 'denied',
  participant: 'not_found',
  mentor: 'not_found',
  line_manager: 'not_found',
  programme_lead: 'not_found',
  department_lead: 'not_found',
  other_department_lead: 'not_found',
  network_lead: 'not_found',
  analyst: 'not_found',
  admin: 'not_found',
};

/** Only the demo placement's line manager, who manages its intern: not its coordinator, not admins. */
const ITS_LINE_MANAGER: Record<Caller, Outcome> = { ...NOBODY, line_manager: 'allowed' };

/** The demo department lead (MOJ) and, for MOJ placements, the intake's coordinator and admins. */
const MOJ_OFFERERS: Record<Caller, Outcome> = {
  ...COORDINATOR,
  department_lead: 'allowed',
};

/** Every department lead, for their own departments. */
const DEPARTMENT_LEADS: Record<Caller, Outcome> = {
  ...NOBODY,
  department_lead: 'allowed',
  other_department_lead: 'allowed',
};

const today = () => isoDate(new Date());
const intake = () => ({ intakeId: DEMO_OPEN_INTAKE_ID });

/** Rows of the authorisation matrix for care leaver internships (demo data from InternshipDemoSeeder). */
export const INTERNSHIP_AUTHORIZATION_CASES: AuthorizationCase[] = [
  {
    operation: 'ledInternshipProgrammes',
    query: '{ ledInternshipProgrammes { id code } }',
    expected: COORDINATOR,
  },
  {
    operation: 'defaultInternshipSettings',
    query: '{ defaultInternshipSettings { termMonths minimumAge maximumAge } }',
    expected: COORDINATOR,
  },
  {
    operation: 'internshipProgramme',
    query: 'query P($id: ID!) { internshipProgramme(id: $id) { id settings { termMonths } } }',
    variables: () => ({ id: DEMO_INTERNSHIP_PROGRAMME_ID }),
    expected: COORDINATOR,
  },
  {
    operation: 'internshipIntake',
    query: `query I($id: ID!) {
      internshipIntake(id: $id) { id applicants { applicationId person { id } } placements { id } }
    }`,
    variables: () => ({ id: DEMO_OPEN_INTAKE_ID }),
    expected: COORDINATOR,
  },
  {
    operation: 'internshipReport',
    query: `query R($id: ID!) {
      internshipReport(programmeId: $id) { outcomes { rows { cells { value suppressed } } } }
    }`,
    variables: () => ({ id: DEMO_INTERNSHIP_PROGRAMME_ID }),
    expected: { ...COORDINATOR, analyst: 'allowed' },
  },
  {
    operation: 'createInternshipProgramme',
    query: `mutation C($input: CreateInternshipProgrammeInput!) {
      createInternshipProgramme(input: $input) { id }
    }`,
    variables: ({ uniqueCode }) => ({
      input: { code: uniqueCode('INT-').toUpperCase(), name: 'Matrix internships' },
    }),
    expected: COORDINATOR,
  },
  {
    operation: 'updateInternshipSettings',
    query: `mutation U($input: UpdateInternshipSettingsInput!) {
      updateInternshipSettings(input: $input) { id }
    }`,
    variables: () => ({ input: { programmeId: DEMO_INTERNSHIP_PROGRAMME_ID, termMonths: 12 } }),
    expected: COORDINATOR,
  },
  {
    operation: 'openInternshipIntake',
    query: `mutation O($input: OpenInternshipIntakeInput!) { openInternshipIntake(input: $input) { id } }`,
    variables: ({ uniqueCode }) => ({
      input: {
        programmeId: DEMO_INTERNSHIP_PROGRAMME_ID,
        code: uniqueCode('I'),
        name: 'Matrix intake',
        applicationsOpen: today(),
        applicationsClose: addDays(today(), 10),
        startDate: addDays(today(), 20),
      },
    }),
    expected: COORDINATOR,
  },
  {
    operation: 'offerInternshipPlacement',
    query: `mutation O($input: OfferPlacementInput!) { offerInternshipPlacement(input: $input) { id } }`,
    variables: () => ({
      input: {
        ...intake(),
        departmentCode: 'DWP',
        team: 'Matrix team',
        gradeCode: 'AO',
        regionCode: 'TLC',
        workArea: 'operational_delivery',
        lineManagerStaffNumber: 'DEMO0003',
        startDate: addDays(today(), 60),
      },
    }),
    expected: COORDINATOR,
  },
  {
    operation: 'departmentInternships',
    query: `{
      departmentInternships {
        departments { code }
        intakes { id }
        placements { id internName lineManagerName }
      }
    }`,
    expected: DEPARTMENT_LEADS,
  },
  {
    operation: 'offerDepartmentPlacement',
    query: `mutation O($input: OfferPlacementInput!) { offerDepartmentPlacement(input: $input) { id } }`,
    variables: () => ({
      input: {
        ...intake(),
        departmentCode: 'MOJ',
        team: 'Matrix team',
        gradeCode: 'EO',
        regionCode: 'TLI',
        workArea: 'operational_delivery',
        lineManagerStaffNumber: 'DEMO0003',
        startDate: addDays(today(), 60),
      },
    }),
    expected: MOJ_OFFERERS,
  },
  {
    operation: 'runInternshipMatching',
    query: `mutation R($input: RunInternshipMatchingInput!) { runInternshipMatching(input: $input) { id } }`,
    variables: () => ({ input: intake() }),
    expected: COORDINATOR,
  },
  {
    operation: 'approveInternshipMatches',
    query: `mutation A($input: ApproveInternshipMatchesInput!) {
      approveInternshipMatches(input: $input) { id }
    }`,
    variables: () => ({ input: { ...intake(), all: true } }),
    expected: COORDINATOR,
  },
  {
    operation: 'openInternshipIntakes',
    query: '{ openInternshipIntakes { id applied needsDateOfBirth } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'internshipIntakeForApplicant',
    query:
      'query O($id: ID!) { internshipIntakeForApplicant(id: $id) { id minimumAge maximumAge } }',
    variables: () => ({ id: DEMO_OPEN_INTAKE_ID }),
    expected: SIGNED_IN,
  },
  {
    operation: 'internshipEligibility',
    query: `query E($input: InternshipEligibilityInput!) {
      internshipEligibility(input: $input) { eligible reasons }
    }`,
    variables: () => ({
      input: { ...intake(), weeksInCare: 20, inCareAfterSixteen: true, dateOfBirth: '2006-01-01' },
    }),
    expected: SIGNED_IN,
  },
  {
    operation: 'myInternshipApplications',
    query: '{ myInternshipApplications { id weeksInCare inCareAfterSixteen offer { matchId } } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'withdrawInternshipApplication',
    query: `mutation W($input: WithdrawInternshipApplicationInput!) {
      withdrawInternshipApplication(input: $input) { id }
    }`,
    variables: async ({ newInternshipApplicationId }) => ({
      input: { applicationId: await newInternshipApplicationId() },
    }),
    expected: ONLY_THE_APPLICANT,
  },
  {
    operation: 'myCareLeaverNetwork',
    query: '{ myCareLeaverNetwork { member canJoin } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'managedPlacements',
    query: '{ managedPlacements { id intern { id } checkIns { notes } } }',
    expected: SIGNED_IN,
  },
  {
    operation: 'managedPlacement',
    query: 'query M($id: ID!) { managedPlacement(id: $id) { id checkIns { notes } } }',
    variables: () => ({ id: DEMO_PLACEMENT_ID }),
    expected: ITS_LINE_MANAGER,
  },
  {
    operation: 'recordLineManagerTraining',
    query: `mutation T($input: RecordLineManagerTrainingInput!) {
      recordLineManagerTraining(input: $input) { id }
    }`,
    variables: () => ({ input: { placementId: DEMO_PLACEMENT_ID, completedOn: today() } }),
    expected: ITS_LINE_MANAGER,
  },
  {
    operation: 'recordInternCheckIn',
    query: `mutation C($input: RecordInternCheckInInput!) { recordInternCheckIn(input: $input) { id } }`,
    variables: () => ({
      input: {
        placementId: DEMO_PLACEMENT_ID,
        month: today().slice(0, 7),
        status: 'on_track',
        notes: 'Matrix',
      },
    }),
    expected: ITS_LINE_MANAGER,
  },
  {
    operation: 'recordPlacementOutcome',
    query: `mutation O($input: RecordPlacementOutcomeInput!) { recordPlacementOutcome(input: $input) { id } }`,
    variables: () => ({ input: { placementId: DEMO_PLACEMENT_ID, outcome: 'extended' } }),
    expected: ITS_LINE_MANAGER,
  },
];
