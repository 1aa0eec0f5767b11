/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import type * as ApolloReactCommon from '@apollo/client/react';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
/** Why the role accelerates a career (action 6 of the action plan). */
export type AcceleratorCategory =
  'close_to_ministers' | 'close_to_scs' | 'high_profile_policy' | 'other' | 'private_office';

/** Every filter is optional; they combine with AND. */
export type AcceleratorRolesInput = {
  category?: AcceleratorCategory | null | undefined;
  departmentCode?: string | null | undefined;
  gradeCode?: string | null | undefined;
  /** Words in the title or summary. */
  keyword?: string | null | undefined;
  limit?: number;
  offset?: number;
  professionCode?: string | null | undefined;
  /** Remote roles match every region. */
  regionCode?: string | null | undefined;
};

export type AcceptProposalInput = {
  relationshipId: string;
};

export type AddReferenceItemInput = {
  code: string;
  name: string;
};

export type AlertDelivery = 'instant' | 'weekly_digest';

export type AlertRuleIdInput = {
  id: string;
};

export type AnswerInput = {
  /** null removes the answer. */
  code?: string | null | undefined;
  question: string;
};

export type ApplicationStatus = 'active' | 'withdrawn';

export type ApplyToCohortInput = {
  /** When you could meet, in your words. */
  availability?: string;
  cohortId: string;
  /** Your mentor's department: same or other is treated as a requirement. */
  departmentPreference?: Preference;
  /** What you would like to get from mentoring. */
  goals: string;
  /** Your mentor's profession. */
  professionPreference?: Preference;
  /** Region code, when not your own. */
  region?: string | null | undefined;
  topics: Array<SessionTopic>;
};

export type ApplyToInternshipInput = {
  /** YYYY-MM-DD; used only when your record has none. */
  dateOfBirth?: string | null | undefined;
  /** Whether some of that time was after your 16th birthday. */
  inCareAfterSixteen: boolean;
  intakeId: string;
  /** Region codes; empty = any region. */
  preferredRegions: Array<string>;
  /** Profession codes; empty = no preference. */
  preferredWork: Array<string>;
  /** Weeks in care in all. */
  weeksInCare: number;
};

/** Approve the listed suggestions, or all of the intake’s. */
export type ApproveInternshipMatchesInput = {
  all?: boolean | null | undefined;
  intakeId: string;
  matchIds?: Array<string> | null | undefined;
};

/** Either the ids of suggested pairs, or all: true. */
export type ApproveProposalsInput = {
  all?: boolean;
  cohortId: string;
  relationshipIds?: Array<string> | null | undefined;
};

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorPersonId?: string | null | undefined;
  from?: string | null | undefined;
  limit?: number;
  offset?: number;
  subjectPersonId?: string | null | undefined;
  to?: string | null | undefined;
};

/** matching: members whose alert rules match the vacancy; all: every member. */
export type BroadcastAudience = 'all' | 'matching';

export type BroadcastVacancyInput = {
  audience?: BroadcastAudience;
  networkIds: Array<string>;
  vacancyId: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CompleteRelationshipInput = {
  relationshipId: string;
};

export type ConfirmCareerEventInput = {
  id: string;
};

export type ContractType =
  'fixed_term' | 'loan' | 'permanent' | 'secondment' | 'temporary_promotion';

/** Dates are YYYY-MM-DD; applications open ≤ close ≤ start. */
export type CreateCohortInput = {
  applicationsClose: string;
  applicationsOpen: string;
  /** Unique within the programme, e.g. 2026-SPRING. */
  code: string;
  name: string;
  programmeId: string;
  startDate: string;
};

/** Settings left out take the scheme’s values: 12 months, aged 16 to 25. */
export type CreateInternshipProgrammeInput = {
  /** 2 to 30 capital letters, digits or hyphens, e.g. CARE-LEAVERS. */
  code: string;
  description?: string | null | undefined;
  maximumAge?: number | null | undefined;
  minimumAge?: number | null | undefined;
  name: string;
  termMonths?: number | null | undefined;
};

export type CreateNetworkInput = {
  /** Capitals, digits and hyphens, e.g. MOJ-SOCIAL-MOBILITY. */
  code: string;
  departmentCodes: Array<string>;
  description?: string;
  kind: NetworkKind;
  name: string;
};

/** Fields left out are taken from the preset, when one is given. */
export type CreateProgrammeInput = {
  /** 2 to 30 capital letters, digits or hyphens, e.g. CATAPULT. */
  code: string;
  description?: string | null | undefined;
  /** 6 to 12. */
  durationMonths?: number | null | undefined;
  eligibility?: EligibilityRulesInput | null | undefined;
  matchingRules?: MatchingRulesInput | null | undefined;
  matchingWeights?: MatchingWeightsInput | null | undefined;
  name: string;
  participatingDepartments?: Array<string> | null | undefined;
  preset?: ProgrammePresetKey | null | undefined;
  /** Required without a preset. */
  type?: ProgrammeType | null | undefined;
};

export type CreateVacancyInput = {
  applyContact?: string | null | undefined;
  applyUrl?: string | null | undefined;
  category: AcceleratorCategory;
  /** YYYY-MM-DD */
  closingDate: string;
  contractType: ContractType;
  departmentCode: string;
  gradeCodes: Array<string>;
  professionCode?: string | null | undefined;
  regionCodes?: Array<string>;
  remote?: boolean;
  reservedForTalentScheme?: boolean;
  summary?: string;
  /** e.g. Fast Stream; required when reserved. */
  talentScheme?: string | null | undefined;
  title: string;
  workingPattern: WorkingPattern;
};

export type DeclineProposalInput = {
  /** Seen by the programme lead only. */
  reason: string;
  relationshipId: string;
};

export type DepartmentRule = 'any' | 'other' | 'same';

export type EligibilityRulesInput = {
  careLeaver?: boolean | null | undefined;
  departments?: Array<string> | null | undefined;
  maximumAge?: number | null | undefined;
  maximumGrade?: string | null | undefined;
  minimumAge?: number | null | undefined;
  minimumGrade?: string | null | undefined;
  /** e.g. ["lower"]; empty or null = any. */
  sebGroups?: Array<string> | null | undefined;
};

export type EndRelationshipInput = {
  reason: string;
  relationshipId: string;
};

export type ErasePersonInput = {
  personId: string;
  /** Why, e.g. the reference of the erasure request. Kept in the audit log. */
  reason: string;
};

export type FunnelStage = 'alerted' | 'applied' | 'appointed' | 'viewed';

export type GrantRoleInput = {
  personId: string;
  role: string;
  scopeId?: string | null | undefined;
  scopeType?: string | null | undefined;
};

export type InternCheckInStatus = 'needs_support' | 'on_track';

export type InternshipApplicantStatus = 'offered' | 'placed' | 'suggested' | 'waiting';

/** What you tell us about your time in care: only you can read it back. */
export type InternshipEligibilityInput = {
  /** YYYY-MM-DD; used only when your record has none. */
  dateOfBirth?: string | null | undefined;
  /** Whether some of that time was after your 16th birthday. */
  inCareAfterSixteen: boolean;
  intakeId: string;
  /** Weeks in care in all. */
  weeksInCare: number;
};

export type InternshipMatchStatus = 'accepted' | 'declined' | 'discarded' | 'offered' | 'suggested';

/** done; due (before the start date); overdue (the placement has started without it). */
export type LineManagerTrainingStatus = 'done' | 'due' | 'overdue';

export type LogSessionInput = {
  durationMinutes: number;
  format: SessionFormat;
  /** YYYY-MM-DD, not in the future. */
  heldOn: string;
  nextSteps?: string;
  /** Only you will ever be able to read it. */
  privateNote?: string | null | undefined;
  relationshipId: string;
  topics: Array<SessionTopic>;
};

export type MarkNotificationReadInput = {
  id: string;
};

export type MatchingRulesInput = {
  defaultMentorCapacity?: number;
  department?: DepartmentRule;
  maximumGradeGap?: number | null | undefined;
  mentorMinimumGrade?: string;
  minimumGradeGap?: number;
  profession?: ProfessionRule;
};

/** Soft-preference weights, each ≥ 0; omitted ones keep their default. */
export type MatchingWeightsInput = {
  gradeGap?: number | null | undefined;
  idealGradeGap?: number | null | undefined;
  previouslyUnmatched?: number | null | undefined;
  professionFit?: number | null | undefined;
  sameRegion?: number | null | undefined;
  sharedTopics?: number | null | undefined;
};

/** Grades and departments are codes; omitted = not known. */
export type MyCareerEventInput = {
  effectiveDate: string;
  fromDepartment?: string | null | undefined;
  fromGrade?: string | null | undefined;
  toDepartment?: string | null | undefined;
  toGrade?: string | null | undefined;
  /** promotion, temporary_promotion, eoi_success, lateral_move, contract_extended, made_permanent, training_completed, left */
  type: string;
};

export type MyNotificationsInput = {
  limit?: number;
  unreadOnly?: boolean;
};

export type NetworkInput = {
  networkId: string;
};

export type NetworkKind =
  'care_leaver' | 'disability' | 'ethnic_minority_talent' | 'other' | 'social_mobility';

/** The intake’s coordinators (or an admin) offer placements in any department; department leads in their own. */
export type OfferPlacementInput = {
  departmentCode: string;
  /** AO or EO. */
  gradeCode: string;
  intakeId: string;
  lineManagerStaffNumber: string;
  regionCode: string;
  startDate: string;
  team: string;
  /** Left out: the programme’s term. */
  termMonths?: number | null | undefined;
  /** The kind of work, as a profession code. */
  workArea: string;
};

/** Dates are YYYY-MM-DD; applications open ≤ close ≤ start. */
export type OpenInternshipIntakeInput = {
  applicationsClose: string;
  applicationsOpen: string;
  /** Unique within the programme, e.g. 2026. */
  code: string;
  name: string;
  programmeId: string;
  startDate: string;
};

export type OutboxInput = {
  limit?: number;
  offset?: number;
};

export type OutcomeReportInput = {
  /** YYYY-MM-DD; default today. */
  asOf?: string | null | undefined;
  /** Programme code, e.g. CATAPULT. */
  programme: string;
};

/** Each but completed (without extension) records the matching career event: contract_extended, made_permanent, promotion or left. */
export type PlacementOutcome = 'completed' | 'extended' | 'left' | 'made_permanent' | 'promoted';

export type PlacementStatus = 'filled' | 'offered' | 'open' | 'suggested';

/** A mentee's wish about their mentor's profession or department. */
export type Preference = 'any' | 'other' | 'same';

/** Mentor profession: same or other (required), any, or prefer_same (a preference). */
export type ProfessionRule = 'any' | 'other' | 'prefer_same' | 'same';

export type ProgrammeDashboardInput = {
  /** Programme code. */
  programme: string;
};

export type ProgrammePresetKey = 'catapult' | 'cross_government_sponsorship' | 'stride';

export type ProgrammeType = 'internship' | 'mentoring' | 'sponsorship';

export type RecordAppointmentInput = {
  /** The appointed person’s staff number. */
  staffNumber: string;
  vacancyId: string;
};

export type RecordCareerEventInput = {
  effectiveDate: string;
  fromDepartment?: string | null | undefined;
  fromGrade?: string | null | undefined;
  /** Staff number of someone enrolled in a programme you lead. */
  staffNumber: string;
  toDepartment?: string | null | undefined;
  toGrade?: string | null | undefined;
  /** promotion, temporary_promotion, eoi_success, lateral_move, contract_extended, made_permanent, training_completed, left */
  type: string;
};

export type RecordInternCheckInInput = {
  /** YYYY-MM; recording a month again replaces it. */
  month: string;
  notes?: string;
  placementId: string;
  status: InternCheckInStatus;
};

export type RecordLineManagerTrainingInput = {
  /** YYYY-MM-DD, today or earlier. */
  completedOn: string;
  placementId: string;
};

export type RecordPlacementOutcomeInput = {
  /** YYYY-MM-DD; left out: the placement’s end date. */
  effectiveDate?: string | null | undefined;
  outcome: PlacementOutcome;
  placementId: string;
  /** For promoted: left out, the grade above. */
  promotedTo?: string | null | undefined;
};

export type RelationshipRole = 'lead' | 'mentee' | 'mentor';

/** suggested: awaiting the lead; proposed: awaiting both members; active; completed; ended_early; declined; returned: unanswered for 10 days; discarded: replaced by a re-run; withdrawn: the mentee withdrew. */
export type RelationshipStatus =
  | 'active'
  | 'completed'
  | 'declined'
  | 'discarded'
  | 'ended_early'
  | 'proposed'
  | 'returned'
  | 'suggested'
  | 'withdrawn';

export type RemoveFiveYearTargetInput = {
  id: string;
};

export type RemoveNetworkMemberInput = {
  networkId: string;
  personId: string;
};

/** Pairs a mentee with a mentor by hand; the pair is locked on re-runs. */
export type ReplacePairInput = {
  menteeApplicationId: string;
  mentorOfferId: string;
};

export type RespondToInternshipOfferInput = {
  /** true accepts the placement; false declines it. */
  accept: boolean;
  matchId: string;
};

export type RunInternshipMatchingInput = {
  intakeId: string;
};

export type RunMatchingInput = {
  cohortId: string;
};

/** Without id a new rule; with id, a change to one of the caller’s. */
export type SaveAlertRuleInput = {
  delivery?: AlertDelivery;
  departmentCodes?: Array<string>;
  email?: boolean;
  gradeCodes?: Array<string>;
  id?: string | null | undefined;
  inApp?: boolean;
  /** Any of these in the title or summary. */
  keywords?: Array<string>;
  name?: string;
  professionCodes?: Array<string>;
  regionCodes?: Array<string>;
};

export type SaveMyAnswersInput = {
  answers: Array<AnswerInput>;
};

export type SessionFormat = 'in_person' | 'phone' | 'video';

export type SessionTopic =
  | 'applications_interviews'
  | 'career_planning'
  | 'confidence'
  | 'hidden_rules'
  | 'job_shadowing'
  | 'networking'
  | 'skills';

/** Creates a target, or changes the one with this id. */
export type SetFiveYearTargetInput = {
  departmentCode?: string | null | undefined;
  grades?: Array<string>;
  id?: string | null | undefined;
  /** e.g. Share of SCS from lower SEB. */
  name: string;
  sebGroup: string;
  targetShare: number;
  targetYear: number;
};

export type SetMentorPausedInput = {
  /** One cohort; every offer when left out. */
  cohortId?: string | null | undefined;
  paused: boolean;
};

export type SetReservedShareCapInput = {
  departmentCode: string;
  /** Null removes the cap. */
  maxPercent?: number | null | undefined;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  departmentCode: string;
  email: string;
  familyName: string;
  givenName: string;
  gradeCode: string;
  password: string;
  staffNumber: string;
};

/** metExpectations and sessionsInteresting are required for close_out. */
export type SubmitSurveyInput = {
  comments?: string;
  kind: SurveyKind;
  metExpectations?: boolean | null | undefined;
  rating: number;
  relationshipId: string;
  sessionsInteresting?: boolean | null | undefined;
};

export type SurveyKind = 'check_in' | 'close_out';

export type TimelineEventKind =
  'accepted' | 'ended' | 'proposed' | 'session' | 'started' | 'survey';

export type UnconfirmedCareerEventsInput = {
  /** Programme code. */
  programme: string;
};

/** Omitted fields are left as they are. */
export type UpdateCohortInput = {
  applicationsClose?: string | null | undefined;
  applicationsOpen?: string | null | undefined;
  id: string;
  name?: string | null | undefined;
  startDate?: string | null | undefined;
};

export type UpdateNetworkInput = {
  departmentCodes?: Array<string> | null | undefined;
  description?: string | null | undefined;
  id: string;
  kind?: NetworkKind | null | undefined;
  name?: string | null | undefined;
};

export type UpdateProgrammeInput = {
  description?: string | null | undefined;
  /** 6 to 12. */
  durationMonths?: number | null | undefined;
  eligibility?: EligibilityRulesInput | null | undefined;
  id: string;
  matchingRules?: MatchingRulesInput | null | undefined;
  matchingWeights?: MatchingWeightsInput | null | undefined;
  name?: string | null | undefined;
  participatingDepartments?: Array<string> | null | undefined;
};

export type UpdateVacancyInput = {
  applyContact?: string | null | undefined;
  applyUrl?: string | null | undefined;
  category?: AcceleratorCategory | null | undefined;
  /** YYYY-MM-DD */
  closingDate?: string | null | undefined;
  contractType?: ContractType | null | undefined;
  departmentCode?: string | null | undefined;
  gradeCodes?: Array<string> | null | undefined;
  id: string;
  professionCode?: string | null | undefined;
  regionCodes?: Array<string> | null | undefined;
  remote?: boolean | null | undefined;
  reservedForTalentScheme?: boolean | null | undefined;
  summary?: string | null | undefined;
  /** e.g. Fast Stream; required when reserved. */
  talentScheme?: string | null | undefined;
  title?: string | null | undefined;
  workingPattern?: WorkingPattern | null | undefined;
};

export type VacancyFunnelTotalsInput = {
  category?: AcceleratorCategory | null | undefined;
  departmentCode?: string | null | undefined;
};

export type VacancyIdInput = {
  vacancyId: string;
};

export type VacancyStatus = 'closed' | 'draft' | 'open';

/** Volunteering again for the same cohort updates your offer. */
export type VolunteerAsMentorInput = {
  /** Mentees at once, 0 to 10; the programme's default when left out. */
  capacity?: number | null | undefined;
  cohortId: string;
  /** Profession codes you know. */
  professions?: Array<string>;
  topics?: Array<SessionTopic>;
};

export type WithdrawApplicationInput = {
  applicationId: string;
};

export type WithdrawInternshipApplicationInput = {
  applicationId: string;
};

export type WorkingPattern = 'flexible' | 'full_time' | 'job_share' | 'part_time';

export type ServiceInfoQueryVariables = Exact<{ [key: string]: never }>;

export type ServiceInfoQuery = { serviceInfo: { name: string; phase: string; version: string } };

export type AccountReferenceNamesQueryVariables = Exact<{ [key: string]: never }>;

export type AccountReferenceNamesQuery = {
  departments: Array<{ code: string; name: string }>;
  grades: Array<{ code: string; name: string }>;
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type MyPersonalDataQueryVariables = Exact<{ [key: string]: never }>;

export type MyPersonalDataQuery = { myPersonalData: { json: string; generatedAt: string } };

export type AdminPersonSummaryFragment = {
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  staffNumber: string;
  departmentCode: string;
  gradeCode: string;
};

export type AdminRoleGrantFragment = {
  id: string;
  personId: string;
  role: string;
  scopeType: string | null;
  scopeId: string | null;
  grantedAt: string;
};

export type PeopleSearchQueryVariables = Exact<{
  search?: string;
}>;

export type PeopleSearchQuery = {
  peopleSearch: Array<{
    id: string;
    givenName: string;
    familyName: string;
    email: string | null;
    staffNumber: string;
    departmentCode: string;
    gradeCode: string;
  }>;
};

export type PersonRoleGrantsQueryVariables = Exact<{
  personId?: string;
}>;

export type PersonRoleGrantsQuery = {
  roleGrants: Array<{
    id: string;
    personId: string;
    role: string;
    scopeType: string | null;
    scopeId: string | null;
    grantedAt: string;
  }>;
};

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;

export type GrantRoleMutation = {
  grantRole: {
    id: string;
    personId: string;
    role: string;
    scopeType: string | null;
    scopeId: string | null;
    grantedAt: string;
  };
};

export type RevokeRoleMutationVariables = Exact<{
  id: string;
}>;

export type RevokeRoleMutation = { revokeRole: boolean };

export type ErasePersonMutationVariables = Exact<{
  input: ErasePersonInput;
}>;

export type ErasePersonMutation = { erasePerson: { personId: string; erasedAt: string } };

export type AuditEventsQueryVariables = Exact<{
  input?: AuditFilterInput | null | undefined;
}>;

export type AuditEventsQuery = {
  auditEvents: {
    total: number;
    items: Array<{
      id: string;
      at: string;
      action: string;
      actorPersonId: string | null;
      subjectPersonIds: Array<string>;
      detail: Record<string, unknown>;
    }>;
  };
};

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never }>;

export type ReferenceDataQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
};

export type AddDepartmentMutationVariables = Exact<{
  input: AddReferenceItemInput;
}>;

export type AddDepartmentMutation = {
  addDepartment: { code: string; name: string; active: boolean };
};

export type AddProfessionMutationVariables = Exact<{
  input: AddReferenceItemInput;
}>;

export type AddProfessionMutation = {
  addProfession: { code: string; name: string; active: boolean };
};

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type UnreadNotificationCountChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountChangedSubscription = { unreadNotificationCountChanged: number };

export type MyAnswersQueryVariables = Exact<{ [key: string]: never }>;

export type MyAnswersQuery = {
  myAnswers: {
    sebGroup: string;
    updatedAt: string | null;
    answers: Array<{ question: string; code: string | null; label: string | null }>;
  };
};

export type SaveMyAnswersMutationVariables = Exact<{
  input: SaveMyAnswersInput;
}>;

export type SaveMyAnswersMutation = { saveMyAnswers: { updatedAt: string | null } };

export type WithdrawMyAnswersMutationVariables = Exact<{ [key: string]: never }>;

export type WithdrawMyAnswersMutation = { withdrawMyAnswers: { updatedAt: string | null } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never }>;

export type CurrentUserQuery = {
  me: {
    personId: string;
    givenName: string;
    familyName: string;
    email: string;
    staffNumber: string;
    departmentCode: string;
    gradeCode: string;
    roles: Array<{
      id: string;
      role: string;
      scopeType: string | null;
      scopeId: string | null;
      grantedAt: string;
    }>;
  } | null;
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = { signIn: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = { signUp: boolean };

export type SignUpOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type SignUpOptionsQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  grades: Array<{ code: string; name: string; rank: number }>;
};

export type InternshipIntakeForApplicantQueryVariables = Exact<{
  id?: string;
}>;

export type InternshipIntakeForApplicantQuery = {
  internshipIntakeForApplicant: {
    id: string;
    name: string;
    programmeName: string;
    programmeDescription: string;
    applicationsClose: string;
    startDate: string;
    termMonths: number;
    minimumAge: number;
    maximumAge: number;
    applied: boolean;
    needsDateOfBirth: boolean;
  };
};

export type InternshipEligibilityQueryVariables = Exact<{
  input?: InternshipEligibilityInput;
}>;

export type InternshipEligibilityQuery = {
  internshipEligibility: { eligible: boolean; reasons: Array<string> };
};

export type InternshipApplicationChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type InternshipApplicationChoicesQuery = {
  regions: Array<{ code: string; name: string }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
};

export type ApplyToInternshipMutationVariables = Exact<{
  input: ApplyToInternshipInput;
}>;

export type ApplyToInternshipMutation = { applyToInternship: string };

export type MyInternshipOfferFieldsFragment = {
  matchId: string;
  status: InternshipMatchStatus;
  departmentName: string;
  team: string;
  gradeCode: string;
  regionName: string;
  workAreaName: string;
  startDate: string;
  endDate: string;
  termMonths: number;
  lineManagerName: string;
  explanation: Array<string>;
};

export type InternshipsHomeQueryVariables = Exact<{ [key: string]: never }>;

export type InternshipsHomeQuery = {
  openInternshipIntakes: Array<{
    id: string;
    name: string;
    programmeName: string;
    applicationsClose: string;
    startDate: string;
    applied: boolean;
  }>;
  myInternshipApplications: Array<{
    id: string;
    intakeId: string;
    intakeName: string;
    programmeName: string;
    startDate: string | null;
    offer: {
      matchId: string;
      status: InternshipMatchStatus;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      lineManagerName: string;
      explanation: Array<string>;
    } | null;
  }>;
  myCareLeaverNetwork: { member: boolean; joinedAt: string | null; canJoin: boolean };
  managedPlacements: Array<{ id: string }>;
};

export type RespondToInternshipOfferMutationVariables = Exact<{
  input: RespondToInternshipOfferInput;
}>;

export type RespondToInternshipOfferMutation = {
  respondToInternshipOffer: Array<{
    id: string;
    offer: {
      matchId: string;
      status: InternshipMatchStatus;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      lineManagerName: string;
      explanation: Array<string>;
    } | null;
  }>;
};

export type JoinCareLeaverNetworkMutationVariables = Exact<{ [key: string]: never }>;

export type JoinCareLeaverNetworkMutation = {
  joinCareLeaverNetwork: { member: boolean; joinedAt: string | null; canJoin: boolean };
};

export type WithdrawInternshipApplicationMutationVariables = Exact<{
  input: WithdrawInternshipApplicationInput;
}>;

export type WithdrawInternshipApplicationMutation = {
  withdrawInternshipApplication: Array<{ id: string }>;
};

export type InternshipProgrammeFieldsFragment = {
  id: string;
  code: string;
  name: string;
  description: string;
  settings: { termMonths: number; minimumAge: number; maximumAge: number };
  intakes: Array<{
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
  }>;
};

export type PlacementPersonFieldsFragment = {
  id: string;
  givenName: string;
  familyName: string;
  staffNumber: string;
};

export type IntakeFieldsFragment = {
  id: string;
  code: string;
  name: string;
  applicationsOpen: string | null;
  applicationsClose: string | null;
  startDate: string | null;
  isOpen: boolean;
  programmeId: string;
  programmeName: string;
  recordedOutcomes: number;
  trainingOutstanding: number;
  settings: { termMonths: number; minimumAge: number; maximumAge: number };
  placements: Array<{
    id: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingStatus: LineManagerTrainingStatus;
    trainingCompletedOn: string | null;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    latestCheckIn: InternCheckInStatus | null;
    latestCheckInMonth: string | null;
    lineManager: { id: string; givenName: string; familyName: string; staffNumber: string };
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
  }>;
  applicants: Array<{
    applicationId: string;
    preferredRegions: Array<string>;
    preferredWork: Array<string>;
    status: InternshipApplicantStatus;
    person: { id: string; givenName: string; familyName: string; staffNumber: string };
  }>;
  matches: Array<{
    id: string;
    status: InternshipMatchStatus;
    score: number;
    explanation: Array<string>;
    placementId: string;
    placementSummary: string;
    candidate: { id: string; givenName: string; familyName: string; staffNumber: string };
  }>;
};

export type LedInternshipProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type LedInternshipProgrammesQuery = {
  ledInternshipProgrammes: Array<{
    id: string;
    code: string;
    name: string;
    description: string;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    intakes: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
  }>;
};

export type DefaultInternshipSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type DefaultInternshipSettingsQuery = {
  defaultInternshipSettings: { termMonths: number; minimumAge: number; maximumAge: number };
};

export type InternshipProgrammeQueryVariables = Exact<{
  id?: string;
}>;

export type InternshipProgrammeQuery = {
  internshipProgramme: {
    id: string;
    code: string;
    name: string;
    description: string;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    intakes: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
  };
};

export type InternshipIntakeQueryVariables = Exact<{
  id?: string;
}>;

export type InternshipIntakeQuery = {
  internshipIntake: {
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programmeId: string;
    programmeName: string;
    recordedOutcomes: number;
    trainingOutstanding: number;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    placements: Array<{
      id: string;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      trainingStatus: LineManagerTrainingStatus;
      trainingCompletedOn: string | null;
      status: PlacementStatus;
      outcome: PlacementOutcome | null;
      outcomeEffectiveDate: string | null;
      latestCheckIn: InternCheckInStatus | null;
      latestCheckInMonth: string | null;
      lineManager: { id: string; givenName: string; familyName: string; staffNumber: string };
      intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    }>;
    applicants: Array<{
      applicationId: string;
      preferredRegions: Array<string>;
      preferredWork: Array<string>;
      status: InternshipApplicantStatus;
      person: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
    matches: Array<{
      id: string;
      status: InternshipMatchStatus;
      score: number;
      explanation: Array<string>;
      placementId: string;
      placementSummary: string;
      candidate: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
  };
};

export type OfferPlacementChoicesQueryVariables = Exact<{ [key: string]: never }>;

export type OfferPlacementChoicesQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  regions: Array<{ code: string; name: string }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
};

export type CreateInternshipProgrammeMutationVariables = Exact<{
  input: CreateInternshipProgrammeInput;
}>;

export type CreateInternshipProgrammeMutation = {
  createInternshipProgramme: {
    id: string;
    code: string;
    name: string;
    description: string;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    intakes: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
  };
};

export type OpenInternshipIntakeMutationVariables = Exact<{
  input: OpenInternshipIntakeInput;
}>;

export type OpenInternshipIntakeMutation = { openInternshipIntake: { id: string } };

export type OfferInternshipPlacementMutationVariables = Exact<{
  input: OfferPlacementInput;
}>;

export type OfferInternshipPlacementMutation = {
  offerInternshipPlacement: {
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programmeId: string;
    programmeName: string;
    recordedOutcomes: number;
    trainingOutstanding: number;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    placements: Array<{
      id: string;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      trainingStatus: LineManagerTrainingStatus;
      trainingCompletedOn: string | null;
      status: PlacementStatus;
      outcome: PlacementOutcome | null;
      outcomeEffectiveDate: string | null;
      latestCheckIn: InternCheckInStatus | null;
      latestCheckInMonth: string | null;
      lineManager: { id: string; givenName: string; familyName: string; staffNumber: string };
      intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    }>;
    applicants: Array<{
      applicationId: string;
      preferredRegions: Array<string>;
      preferredWork: Array<string>;
      status: InternshipApplicantStatus;
      person: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
    matches: Array<{
      id: string;
      status: InternshipMatchStatus;
      score: number;
      explanation: Array<string>;
      placementId: string;
      placementSummary: string;
      candidate: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
  };
};

export type RunInternshipMatchingMutationVariables = Exact<{
  input: RunInternshipMatchingInput;
}>;

export type RunInternshipMatchingMutation = {
  runInternshipMatching: {
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programmeId: string;
    programmeName: string;
    recordedOutcomes: number;
    trainingOutstanding: number;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    placements: Array<{
      id: string;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      trainingStatus: LineManagerTrainingStatus;
      trainingCompletedOn: string | null;
      status: PlacementStatus;
      outcome: PlacementOutcome | null;
      outcomeEffectiveDate: string | null;
      latestCheckIn: InternCheckInStatus | null;
      latestCheckInMonth: string | null;
      lineManager: { id: string; givenName: string; familyName: string; staffNumber: string };
      intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    }>;
    applicants: Array<{
      applicationId: string;
      preferredRegions: Array<string>;
      preferredWork: Array<string>;
      status: InternshipApplicantStatus;
      person: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
    matches: Array<{
      id: string;
      status: InternshipMatchStatus;
      score: number;
      explanation: Array<string>;
      placementId: string;
      placementSummary: string;
      candidate: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
  };
};

export type ApproveInternshipMatchesMutationVariables = Exact<{
  input: ApproveInternshipMatchesInput;
}>;

export type ApproveInternshipMatchesMutation = {
  approveInternshipMatches: {
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programmeId: string;
    programmeName: string;
    recordedOutcomes: number;
    trainingOutstanding: number;
    settings: { termMonths: number; minimumAge: number; maximumAge: number };
    placements: Array<{
      id: string;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      startDate: string;
      endDate: string;
      termMonths: number;
      trainingStatus: LineManagerTrainingStatus;
      trainingCompletedOn: string | null;
      status: PlacementStatus;
      outcome: PlacementOutcome | null;
      outcomeEffectiveDate: string | null;
      latestCheckIn: InternCheckInStatus | null;
      latestCheckInMonth: string | null;
      lineManager: { id: string; givenName: string; familyName: string; staffNumber: string };
      intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    }>;
    applicants: Array<{
      applicationId: string;
      preferredRegions: Array<string>;
      preferredWork: Array<string>;
      status: InternshipApplicantStatus;
      person: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
    matches: Array<{
      id: string;
      status: InternshipMatchStatus;
      score: number;
      explanation: Array<string>;
      placementId: string;
      placementSummary: string;
      candidate: { id: string; givenName: string; familyName: string; staffNumber: string };
    }>;
  };
};

export type InternshipReportCellFieldsFragment = {
  value: number | null;
  suppressed: boolean;
  share: number | null;
};

export type InternshipReportTableFieldsFragment = {
  columns: Array<string>;
  rows: Array<{
    key: string;
    label: string;
    cells: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
    total: { value: number | null; suppressed: boolean; share: number | null };
  }>;
  totals: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
  grandTotal: { value: number | null; suppressed: boolean; share: number | null };
};

export type InternshipReportQueryVariables = Exact<{
  programmeId?: string;
}>;

export type InternshipReportQuery = {
  internshipReport: {
    programmeId: string;
    programmeCode: string;
    programmeName: string;
    asOf: string;
    placementsByDepartment: {
      columns: Array<string>;
      rows: Array<{
        key: string;
        label: string;
        cells: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
        total: { value: number | null; suppressed: boolean; share: number | null };
      }>;
      totals: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
      grandTotal: { value: number | null; suppressed: boolean; share: number | null };
    };
    training: {
      columns: Array<string>;
      rows: Array<{
        key: string;
        label: string;
        cells: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
        total: { value: number | null; suppressed: boolean; share: number | null };
      }>;
      totals: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
      grandTotal: { value: number | null; suppressed: boolean; share: number | null };
    };
    outcomes: {
      columns: Array<string>;
      rows: Array<{
        key: string;
        label: string;
        cells: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
        total: { value: number | null; suppressed: boolean; share: number | null };
      }>;
      totals: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
      grandTotal: { value: number | null; suppressed: boolean; share: number | null };
    };
    progression: {
      columns: Array<string>;
      rows: Array<{
        key: string;
        label: string;
        cells: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
        total: { value: number | null; suppressed: boolean; share: number | null };
      }>;
      totals: Array<{ value: number | null; suppressed: boolean; share: number | null }>;
      grandTotal: { value: number | null; suppressed: boolean; share: number | null };
    };
  };
};

export type DepartmentInternshipsQueryVariables = Exact<{ [key: string]: never }>;

export type DepartmentInternshipsQuery = {
  departmentInternships: {
    departments: Array<{ code: string; name: string }>;
    intakes: Array<{
      id: string;
      code: string;
      name: string;
      programmeName: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      termMonths: number;
    }>;
    placements: Array<{
      id: string;
      intakeId: string;
      intakeName: string;
      programmeName: string;
      departmentName: string;
      team: string;
      gradeCode: string;
      regionName: string;
      workAreaName: string;
      lineManagerName: string;
      startDate: string;
      termMonths: number;
      endDate: string;
      filled: boolean;
      trainingStatus: LineManagerTrainingStatus;
      trainingCompletedOn: string | null;
      outcome: PlacementOutcome | null;
      outcomeEffectiveDate: string | null;
      internName: string | null;
    }>;
  };
};

export type OfferDepartmentPlacementMutationVariables = Exact<{
  input: OfferPlacementInput;
}>;

export type OfferDepartmentPlacementMutation = { offerDepartmentPlacement: { id: string } };

export type ManagedPlacementFieldsFragment = {
  id: string;
  programmeName: string;
  intakeName: string;
  departmentName: string;
  team: string;
  gradeCode: string;
  regionName: string;
  workAreaName: string;
  startDate: string;
  endDate: string;
  termMonths: number;
  trainingCompletedOn: string | null;
  trainingStatus: LineManagerTrainingStatus;
  status: PlacementStatus;
  outcome: PlacementOutcome | null;
  outcomeEffectiveDate: string | null;
  canRecordOutcome: boolean;
  checkInMonths: Array<string>;
  intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
  checkIns: Array<{
    month: string;
    status: InternCheckInStatus;
    notes: string;
    recordedAt: string;
  }>;
};

export type ManagedPlacementsQueryVariables = Exact<{ [key: string]: never }>;

export type ManagedPlacementsQuery = {
  managedPlacements: Array<{
    id: string;
    programmeName: string;
    intakeName: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingCompletedOn: string | null;
    trainingStatus: LineManagerTrainingStatus;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    canRecordOutcome: boolean;
    checkInMonths: Array<string>;
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    checkIns: Array<{
      month: string;
      status: InternCheckInStatus;
      notes: string;
      recordedAt: string;
    }>;
  }>;
};

export type ManagedPlacementQueryVariables = Exact<{
  id?: string;
}>;

export type ManagedPlacementQuery = {
  managedPlacement: {
    id: string;
    programmeName: string;
    intakeName: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingCompletedOn: string | null;
    trainingStatus: LineManagerTrainingStatus;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    canRecordOutcome: boolean;
    checkInMonths: Array<string>;
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    checkIns: Array<{
      month: string;
      status: InternCheckInStatus;
      notes: string;
      recordedAt: string;
    }>;
  };
};

export type RecordLineManagerTrainingMutationVariables = Exact<{
  input: RecordLineManagerTrainingInput;
}>;

export type RecordLineManagerTrainingMutation = {
  recordLineManagerTraining: {
    id: string;
    programmeName: string;
    intakeName: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingCompletedOn: string | null;
    trainingStatus: LineManagerTrainingStatus;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    canRecordOutcome: boolean;
    checkInMonths: Array<string>;
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    checkIns: Array<{
      month: string;
      status: InternCheckInStatus;
      notes: string;
      recordedAt: string;
    }>;
  };
};

export type RecordInternCheckInMutationVariables = Exact<{
  input: RecordInternCheckInInput;
}>;

export type RecordInternCheckInMutation = {
  recordInternCheckIn: {
    id: string;
    programmeName: string;
    intakeName: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingCompletedOn: string | null;
    trainingStatus: LineManagerTrainingStatus;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    canRecordOutcome: boolean;
    checkInMonths: Array<string>;
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    checkIns: Array<{
      month: string;
      status: InternCheckInStatus;
      notes: string;
      recordedAt: string;
    }>;
  };
};

export type RecordPlacementOutcomeMutationVariables = Exact<{
  input: RecordPlacementOutcomeInput;
}>;

export type RecordPlacementOutcomeMutation = {
  recordPlacementOutcome: {
    id: string;
    programmeName: string;
    intakeName: string;
    departmentName: string;
    team: string;
    gradeCode: string;
    regionName: string;
    workAreaName: string;
    startDate: string;
    endDate: string;
    termMonths: number;
    trainingCompletedOn: string | null;
    trainingStatus: LineManagerTrainingStatus;
    status: PlacementStatus;
    outcome: PlacementOutcome | null;
    outcomeEffectiveDate: string | null;
    canRecordOutcome: boolean;
    checkInMonths: Array<string>;
    intern: { id: string; givenName: string; familyName: string; staffNumber: string } | null;
    checkIns: Array<{
      month: string;
      status: InternCheckInStatus;
      notes: string;
      recordedAt: string;
    }>;
  };
};

export type PersonNameFragment = {
  id: string;
  givenName: string;
  familyName: string;
  gradeCode: string;
  departmentCode: string;
  professionCode: string | null;
};

export type LeadCohortQueryVariables = Exact<{
  id: string;
}>;

export type LeadCohortQuery = {
  cohort: {
    programmeId: string;
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programme: { id: string; code: string; name: string; type: ProgrammeType; youLead: boolean };
  };
};

export type CohortApplicationsQueryVariables = Exact<{
  cohortId: string;
}>;

export type CohortApplicationsQuery = {
  cohortApplications: Array<{
    applicationId: string;
    appliedAt: string;
    status: ApplicationStatus;
    eligible: boolean | null;
    topics: Array<SessionTopic>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  }>;
};

export type CohortMentorsQueryVariables = Exact<{
  cohortId: string;
}>;

export type CohortMentorsQuery = {
  cohortMentors: Array<{
    id: string;
    capacity: number;
    seatsTaken: number;
    paused: boolean;
    topics: Array<SessionTopic>;
    professions: Array<string>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  }>;
};

export type CohortRelationshipsQueryVariables = Exact<{
  cohortId: string;
}>;

export type CohortRelationshipsQuery = {
  cohortRelationships: Array<{
    id: string;
    status: RelationshipStatus;
    score: number;
    locked: boolean;
    startedOn: string | null;
    endedOn: string | null;
    sessionCount: number;
    lastSessionOn: string | null;
    inactiveSince: string | null;
    declineReason: string | null;
    mentee: {
      applicationId: string;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
    mentor: {
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  }>;
};

export type CohortExportCsvQueryVariables = Exact<{
  cohortId: string;
}>;

export type CohortExportCsvQuery = { cohortExportCsv: string };

export type MatchingPairFragment = {
  id: string;
  status: RelationshipStatus;
  score: number;
  locked: boolean;
  explanation: Array<string>;
  mentee: {
    applicationId: string;
    goals: string;
    topics: Array<SessionTopic>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  };
  mentor: {
    topics: Array<SessionTopic>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  };
};

export type MatchingBoardFragment = {
  id: string;
  cohortId: string;
  createdAt: string;
  menteeCount: number;
  mentorCount: number;
  matchedCount: number;
  totalScore: number;
  pairs: Array<{
    id: string;
    status: RelationshipStatus;
    score: number;
    locked: boolean;
    explanation: Array<string>;
    mentee: {
      applicationId: string;
      goals: string;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
    mentor: {
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  }>;
  unmatched: Array<{
    applicationId: string;
    eligible: boolean | null;
    topics: Array<SessionTopic>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  }>;
};

export type MatchingRunQueryVariables = Exact<{
  cohortId: string;
}>;

export type MatchingRunQuery = {
  matchingRun: {
    id: string;
    cohortId: string;
    createdAt: string;
    menteeCount: number;
    mentorCount: number;
    matchedCount: number;
    totalScore: number;
    pairs: Array<{
      id: string;
      status: RelationshipStatus;
      score: number;
      locked: boolean;
      explanation: Array<string>;
      mentee: {
        applicationId: string;
        goals: string;
        topics: Array<SessionTopic>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
      mentor: {
        topics: Array<SessionTopic>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
    }>;
    unmatched: Array<{
      applicationId: string;
      eligible: boolean | null;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    }>;
  } | null;
};

export type RunMatchingMutationVariables = Exact<{
  input: RunMatchingInput;
}>;

export type RunMatchingMutation = {
  runMatching: {
    id: string;
    cohortId: string;
    createdAt: string;
    menteeCount: number;
    mentorCount: number;
    matchedCount: number;
    totalScore: number;
    pairs: Array<{
      id: string;
      status: RelationshipStatus;
      score: number;
      locked: boolean;
      explanation: Array<string>;
      mentee: {
        applicationId: string;
        goals: string;
        topics: Array<SessionTopic>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
      mentor: {
        topics: Array<SessionTopic>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
    }>;
    unmatched: Array<{
      applicationId: string;
      eligible: boolean | null;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    }>;
  };
};

export type ApproveProposalsMutationVariables = Exact<{
  input: ApproveProposalsInput;
}>;

export type ApproveProposalsMutation = {
  approveProposals: Array<{ id: string; status: RelationshipStatus }>;
};

export type ReplacePairMutationVariables = Exact<{
  input: ReplacePairInput;
}>;

export type ReplacePairMutation = {
  replacePair: {
    id: string;
    status: RelationshipStatus;
    score: number;
    locked: boolean;
    explanation: Array<string>;
    mentee: {
      applicationId: string;
      goals: string;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
    mentor: {
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  };
};

export type MatchingFairnessQueryVariables = Exact<{
  cohortId: string;
}>;

export type MatchingFairnessQuery = {
  matchingFairness: {
    runId: string;
    createdAt: string;
    rows: Array<{
      sebGroup: string;
      mentees: number | null;
      matched: number | null;
      matchRate: number | null;
      meanScore: number | null;
      suppressed: boolean;
    }>;
  } | null;
};

export type MyApplicationFragment = {
  id: string;
  cohortId: string;
  status: ApplicationStatus;
  appliedAt: string;
  withdrawnAt: string | null;
  goals: string;
  topics: Array<SessionTopic>;
  professionPreference: Preference;
  departmentPreference: Preference;
  region: string | null;
  availability: string;
};

export type OpenCohortFragment = {
  id: string;
  code: string;
  name: string;
  applicationsClose: string | null;
  startDate: string | null;
  isOpen: boolean;
  myEligibility: { eligible: boolean; reasons: Array<string> };
  myApplication: { id: string; status: ApplicationStatus } | null;
  myMentorOffer: { id: string; paused: boolean } | null;
};

export type OpenProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type OpenProgrammesQuery = {
  openProgrammes: Array<{
    id: string;
    code: string;
    name: string;
    type: ProgrammeType;
    description: string;
    durationMonths: number;
    myEligibility: { eligible: boolean; reasons: Array<string> };
    openCohorts: Array<{
      id: string;
      code: string;
      name: string;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
      myEligibility: { eligible: boolean; reasons: Array<string> };
      myApplication: { id: string; status: ApplicationStatus } | null;
      myMentorOffer: { id: string; paused: boolean } | null;
    }>;
  }>;
};

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyApplicationsQuery = {
  myApplications: Array<{
    id: string;
    cohortId: string;
    status: ApplicationStatus;
    appliedAt: string;
    withdrawnAt: string | null;
    goals: string;
    topics: Array<SessionTopic>;
    professionPreference: Preference;
    departmentPreference: Preference;
    region: string | null;
    availability: string;
    cohort: { id: string; code: string; name: string; programme: { id: string; name: string } };
  }>;
};

export type ApplicationOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ApplicationOptionsQuery = {
  mentoringTopics: Array<{ code: string; label: string }>;
  regions: Array<{ code: string; name: string }>;
};

export type ApplyCohortQueryVariables = Exact<{
  id: string;
}>;

export type ApplyCohortQuery = {
  cohort: {
    id: string;
    code: string;
    name: string;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
    programme: { id: string; name: string; type: ProgrammeType };
    myEligibility: { eligible: boolean; reasons: Array<string> };
    myApplication: { id: string; status: ApplicationStatus } | null;
    myMentorOffer: { id: string; paused: boolean } | null;
  };
};

export type ApplyToCohortMutationVariables = Exact<{
  input: ApplyToCohortInput;
}>;

export type ApplyToCohortMutation = {
  applyToCohort: {
    id: string;
    cohortId: string;
    status: ApplicationStatus;
    appliedAt: string;
    withdrawnAt: string | null;
    goals: string;
    topics: Array<SessionTopic>;
    professionPreference: Preference;
    departmentPreference: Preference;
    region: string | null;
    availability: string;
  };
};

export type WithdrawApplicationMutationVariables = Exact<{
  input: WithdrawApplicationInput;
}>;

export type WithdrawApplicationMutation = {
  withdrawApplication: {
    id: string;
    cohortId: string;
    status: ApplicationStatus;
    appliedAt: string;
    withdrawnAt: string | null;
    goals: string;
    topics: Array<SessionTopic>;
    professionPreference: Preference;
    departmentPreference: Preference;
    region: string | null;
    availability: string;
  };
};

export type MyMentorOfferFragment = {
  id: string;
  cohortId: string;
  capacity: number;
  seatsTaken: number;
  paused: boolean;
  topics: Array<SessionTopic>;
  professions: Array<string>;
};

export type MyMentorOffersQueryVariables = Exact<{ [key: string]: never }>;

export type MyMentorOffersQuery = {
  myMentorOffers: Array<{
    id: string;
    cohortId: string;
    capacity: number;
    seatsTaken: number;
    paused: boolean;
    topics: Array<SessionTopic>;
    professions: Array<string>;
    cohort: {
      id: string;
      code: string;
      name: string;
      startDate: string | null;
      programme: { id: string; name: string };
    };
  }>;
};

export type VolunteerOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type VolunteerOptionsQuery = {
  mentoringTopics: Array<{ code: string; label: string }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
};

export type VolunteerAsMentorMutationVariables = Exact<{
  input: VolunteerAsMentorInput;
}>;

export type VolunteerAsMentorMutation = {
  volunteerAsMentor: {
    id: string;
    cohortId: string;
    capacity: number;
    seatsTaken: number;
    paused: boolean;
    topics: Array<SessionTopic>;
    professions: Array<string>;
  };
};

export type SetMentorPausedMutationVariables = Exact<{
  input: SetMentorPausedInput;
}>;

export type SetMentorPausedMutation = { setMentorPaused: Array<{ id: string; paused: boolean }> };

export type MyMentorProposalsQueryVariables = Exact<{ [key: string]: never }>;

export type MyMentorProposalsQuery = {
  myMentorProposals: Array<{
    id: string;
    status: RelationshipStatus;
    proposedAt: string | null;
    awaitingMyResponse: boolean;
    cohort: { id: string; name: string; programme: { id: string; name: string } };
    mentee: {
      applicationId: string;
      goals: string;
      topics: Array<SessionTopic>;
      availability: string;
      professionPreference: Preference;
      departmentPreference: Preference;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  }>;
};

export type AcceptProposalMutationVariables = Exact<{
  input: AcceptProposalInput;
}>;

export type AcceptProposalMutation = {
  acceptProposal: {
    id: string;
    status: RelationshipStatus;
    awaitingMyResponse: boolean;
    startedOn: string | null;
  };
};

export type DeclineProposalMutationVariables = Exact<{
  input: DeclineProposalInput;
}>;

export type DeclineProposalMutation = {
  declineProposal: { id: string; status: RelationshipStatus; awaitingMyResponse: boolean };
};

export type VolunteerCohortQueryVariables = Exact<{
  id: string;
}>;

export type VolunteerCohortQuery = {
  cohort: {
    id: string;
    code: string;
    name: string;
    startDate: string | null;
    myMentorOffer: {
      id: string;
      cohortId: string;
      capacity: number;
      seatsTaken: number;
      paused: boolean;
      topics: Array<SessionTopic>;
      professions: Array<string>;
    } | null;
    programme: {
      id: string;
      name: string;
      type: ProgrammeType;
      participatingDepartments: Array<string>;
      matchingRules: { mentorMinimumGrade: string; defaultMentorCapacity: number };
    };
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  input?: MyNotificationsInput | null | undefined;
}>;

export type MyNotificationsQuery = {
  myNotifications: Array<{
    id: string;
    kind: string;
    title: string;
    body: string;
    link: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type MarkNotificationReadMutationVariables = Exact<{
  input: MarkNotificationReadInput;
}>;

export type MarkNotificationReadMutation = {
  markNotificationRead: { id: string; readAt: string | null };
};

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ProgrammeRulesFragment = {
  id: string;
  code: string;
  name: string;
  type: ProgrammeType;
  description: string;
  durationMonths: number;
  participatingDepartments: Array<string>;
  eligibility: {
    sebGroups: Array<string>;
    minimumGrade: string | null;
    maximumGrade: string | null;
    departments: Array<string>;
    careLeaver: boolean;
    minimumAge: number | null;
    maximumAge: number | null;
  };
  matchingRules: {
    mentorMinimumGrade: string;
    minimumGradeGap: number;
    maximumGradeGap: number | null;
    profession: ProfessionRule;
    department: DepartmentRule;
    defaultMentorCapacity: number;
  };
  matchingWeights: {
    gradeGap: number;
    idealGradeGap: number;
    professionFit: number;
    sharedTopics: number;
    sameRegion: number;
    previouslyUnmatched: number;
  };
};

export type LeadCohortSummaryFragment = {
  id: string;
  code: string;
  name: string;
  applicationsOpen: string | null;
  applicationsClose: string | null;
  startDate: string | null;
  isOpen: boolean;
};

export type LedProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type LedProgrammesQuery = {
  ledProgrammes: Array<{
    id: string;
    code: string;
    name: string;
    type: ProgrammeType;
    description: string;
    durationMonths: number;
    participatingDepartments: Array<string>;
    cohorts: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
    eligibility: {
      sebGroups: Array<string>;
      minimumGrade: string | null;
      maximumGrade: string | null;
      departments: Array<string>;
      careLeaver: boolean;
      minimumAge: number | null;
      maximumAge: number | null;
    };
    matchingRules: {
      mentorMinimumGrade: string;
      minimumGradeGap: number;
      maximumGradeGap: number | null;
      profession: ProfessionRule;
      department: DepartmentRule;
      defaultMentorCapacity: number;
    };
    matchingWeights: {
      gradeGap: number;
      idealGradeGap: number;
      professionFit: number;
      sharedTopics: number;
      sameRegion: number;
      previouslyUnmatched: number;
    };
  }>;
};

export type ProgrammePresetsQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammePresetsQuery = {
  programmePresets: Array<{
    key: ProgrammePresetKey;
    name: string;
    description: string;
    type: ProgrammeType;
    durationMonths: number;
    participatingDepartments: Array<string>;
    eligibility: {
      sebGroups: Array<string>;
      minimumGrade: string | null;
      maximumGrade: string | null;
      departments: Array<string>;
      careLeaver: boolean;
      minimumAge: number | null;
      maximumAge: number | null;
    };
    matchingRules: {
      mentorMinimumGrade: string;
      minimumGradeGap: number;
      maximumGradeGap: number | null;
      profession: ProfessionRule;
      department: DepartmentRule;
      defaultMentorCapacity: number;
    };
    matchingWeights: {
      gradeGap: number;
      idealGradeGap: number;
      professionFit: number;
      sharedTopics: number;
      sameRegion: number;
      previouslyUnmatched: number;
    };
  }>;
};

export type LeadProgrammeQueryVariables = Exact<{
  id: string;
}>;

export type LeadProgrammeQuery = {
  programme: {
    youLead: boolean;
    id: string;
    code: string;
    name: string;
    type: ProgrammeType;
    description: string;
    durationMonths: number;
    participatingDepartments: Array<string>;
    cohorts: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
    eligibility: {
      sebGroups: Array<string>;
      minimumGrade: string | null;
      maximumGrade: string | null;
      departments: Array<string>;
      careLeaver: boolean;
      minimumAge: number | null;
      maximumAge: number | null;
    };
    matchingRules: {
      mentorMinimumGrade: string;
      minimumGradeGap: number;
      maximumGradeGap: number | null;
      profession: ProfessionRule;
      department: DepartmentRule;
      defaultMentorCapacity: number;
    };
    matchingWeights: {
      gradeGap: number;
      idealGradeGap: number;
      professionFit: number;
      sharedTopics: number;
      sameRegion: number;
      previouslyUnmatched: number;
    };
  };
};

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;

export type CreateProgrammeMutation = {
  createProgramme: {
    youLead: boolean;
    id: string;
    code: string;
    name: string;
    type: ProgrammeType;
    description: string;
    durationMonths: number;
    participatingDepartments: Array<string>;
    cohorts: Array<{
      id: string;
      code: string;
      name: string;
      applicationsOpen: string | null;
      applicationsClose: string | null;
      startDate: string | null;
      isOpen: boolean;
    }>;
    eligibility: {
      sebGroups: Array<string>;
      minimumGrade: string | null;
      maximumGrade: string | null;
      departments: Array<string>;
      careLeaver: boolean;
      minimumAge: number | null;
      maximumAge: number | null;
    };
    matchingRules: {
      mentorMinimumGrade: string;
      minimumGradeGap: number;
      maximumGradeGap: number | null;
      profession: ProfessionRule;
      department: DepartmentRule;
      defaultMentorCapacity: number;
    };
    matchingWeights: {
      gradeGap: number;
      idealGradeGap: number;
      professionFit: number;
      sharedTopics: number;
      sameRegion: number;
      previouslyUnmatched: number;
    };
  };
};

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;

export type CreateCohortMutation = {
  createCohort: {
    programmeId: string;
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
  };
};

export type ProgrammeEditOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ProgrammeEditOptionsQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  grades: Array<{ code: string; name: string; rank: number }>;
};

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;

export type UpdateProgrammeMutation = {
  updateProgramme: {
    youLead: boolean;
    id: string;
    code: string;
    name: string;
    type: ProgrammeType;
    description: string;
    durationMonths: number;
    participatingDepartments: Array<string>;
    eligibility: {
      sebGroups: Array<string>;
      minimumGrade: string | null;
      maximumGrade: string | null;
      departments: Array<string>;
      careLeaver: boolean;
      minimumAge: number | null;
      maximumAge: number | null;
    };
    matchingRules: {
      mentorMinimumGrade: string;
      minimumGradeGap: number;
      maximumGradeGap: number | null;
      profession: ProfessionRule;
      department: DepartmentRule;
      defaultMentorCapacity: number;
    };
    matchingWeights: {
      gradeGap: number;
      idealGradeGap: number;
      professionFit: number;
      sharedTopics: number;
      sameRegion: number;
      previouslyUnmatched: number;
    };
  };
};

export type UpdateCohortMutationVariables = Exact<{
  input: UpdateCohortInput;
}>;

export type UpdateCohortMutation = {
  updateCohort: {
    programmeId: string;
    id: string;
    code: string;
    name: string;
    applicationsOpen: string | null;
    applicationsClose: string | null;
    startDate: string | null;
    isOpen: boolean;
  };
};

export type RelationshipSummaryFragment = {
  id: string;
  status: RelationshipStatus;
  viewer: RelationshipRole;
  awaitingMyResponse: boolean;
  proposedAt: string | null;
  startedOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  sessionCount: number;
  lastSessionOn: string | null;
  cohort: {
    id: string;
    name: string;
    programme: { id: string; name: string; type: ProgrammeType };
  };
  mentee: {
    applicationId: string;
    goals: string;
    topics: Array<SessionTopic>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  };
  mentor: {
    topics: Array<SessionTopic>;
    professions: Array<string>;
    person: {
      id: string;
      givenName: string;
      familyName: string;
      gradeCode: string;
      departmentCode: string;
      professionCode: string | null;
    };
  };
};

export type MyRelationshipsQueryVariables = Exact<{ [key: string]: never }>;

export type MyRelationshipsQuery = {
  myRelationships: Array<{
    id: string;
    status: RelationshipStatus;
    viewer: RelationshipRole;
    awaitingMyResponse: boolean;
    proposedAt: string | null;
    startedOn: string | null;
    endedOn: string | null;
    endReason: string | null;
    sessionCount: number;
    lastSessionOn: string | null;
    cohort: {
      id: string;
      name: string;
      programme: { id: string; name: string; type: ProgrammeType };
    };
    mentee: {
      applicationId: string;
      goals: string;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
    mentor: {
      topics: Array<SessionTopic>;
      professions: Array<string>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  }>;
};

export type RelationshipQueryVariables = Exact<{
  id: string;
}>;

export type RelationshipQuery = {
  relationship: {
    id: string;
    status: RelationshipStatus;
    viewer: RelationshipRole;
    awaitingMyResponse: boolean;
    proposedAt: string | null;
    startedOn: string | null;
    endedOn: string | null;
    endReason: string | null;
    sessionCount: number;
    lastSessionOn: string | null;
    cohort: {
      id: string;
      name: string;
      programme: { id: string; name: string; type: ProgrammeType };
    };
    mentee: {
      applicationId: string;
      goals: string;
      topics: Array<SessionTopic>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
    mentor: {
      topics: Array<SessionTopic>;
      professions: Array<string>;
      person: {
        id: string;
        givenName: string;
        familyName: string;
        gradeCode: string;
        departmentCode: string;
        professionCode: string | null;
      };
    };
  };
};

export type RelationshipTimelineQueryVariables = Exact<{
  id: string;
}>;

export type RelationshipTimelineQuery = {
  relationshipTimeline: {
    relationship: {
      id: string;
      status: RelationshipStatus;
      viewer: RelationshipRole;
      awaitingMyResponse: boolean;
      proposedAt: string | null;
      startedOn: string | null;
      endedOn: string | null;
      endReason: string | null;
      sessionCount: number;
      lastSessionOn: string | null;
      cohort: {
        id: string;
        name: string;
        programme: { id: string; name: string; type: ProgrammeType };
      };
      mentee: {
        applicationId: string;
        goals: string;
        topics: Array<SessionTopic>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
      mentor: {
        topics: Array<SessionTopic>;
        professions: Array<string>;
        person: {
          id: string;
          givenName: string;
          familyName: string;
          gradeCode: string;
          departmentCode: string;
          professionCode: string | null;
        };
      };
    };
    events: Array<{
      at: string;
      kind: TimelineEventKind;
      title: string;
      session: {
        id: string;
        heldOn: string;
        durationMinutes: number;
        format: SessionFormat;
        topics: Array<SessionTopic>;
        nextSteps: string;
        privateNote: string | null;
        loggedByMe: boolean;
        loggedBy: { id: string; givenName: string; familyName: string };
      } | null;
    }>;
  };
};

export type LogSessionMutationVariables = Exact<{
  input: LogSessionInput;
}>;

export type LogSessionMutation = { logSession: { id: string; relationshipId: string } };

export type CompleteRelationshipMutationVariables = Exact<{
  input: CompleteRelationshipInput;
}>;

export type CompleteRelationshipMutation = {
  completeRelationship: { id: string; status: RelationshipStatus; endedOn: string | null };
};

export type EndRelationshipMutationVariables = Exact<{
  input: EndRelationshipInput;
}>;

export type EndRelationshipMutation = {
  endRelationship: {
    id: string;
    status: RelationshipStatus;
    endedOn: string | null;
    endReason: string | null;
  };
};

export type MySurveysDueQueryVariables = Exact<{ [key: string]: never }>;

export type MySurveysDueQuery = {
  mySurveysDue: Array<{
    relationshipId: string;
    kind: SurveyKind;
    dueOn: string;
    relationship: {
      id: string;
      viewer: RelationshipRole;
      status: RelationshipStatus;
      cohort: { id: string; name: string };
      mentee: {
        applicationId: string;
        person: { id: string; givenName: string; familyName: string };
      };
      mentor: { person: { id: string; givenName: string; familyName: string } };
    };
  }>;
};

export type SubmitSurveyMutationVariables = Exact<{
  input: SubmitSurveyInput;
}>;

export type SubmitSurveyMutation = {
  submitSurvey: { id: string; kind: SurveyKind; relationshipId: string };
};

export type CareerEventFieldsFragment = {
  id: string;
  type: string;
  effectiveDate: string;
  fromGrade: string | null;
  toGrade: string | null;
  fromDepartment: string | null;
  toDepartment: string | null;
  source: string;
  confirmed: boolean;
};

export type MyCareerEventsQueryVariables = Exact<{ [key: string]: never }>;

export type MyCareerEventsQuery = {
  myCareerEvents: Array<{
    id: string;
    type: string;
    effectiveDate: string;
    fromGrade: string | null;
    toGrade: string | null;
    fromDepartment: string | null;
    toDepartment: string | null;
    source: string;
    confirmed: boolean;
  }>;
};

export type ReportMyCareerEventMutationVariables = Exact<{
  input: MyCareerEventInput;
}>;

export type ReportMyCareerEventMutation = {
  reportMyCareerEvent: {
    id: string;
    type: string;
    effectiveDate: string;
    fromGrade: string | null;
    toGrade: string | null;
    fromDepartment: string | null;
    toDepartment: string | null;
    source: string;
    confirmed: boolean;
  };
};

export type UnconfirmedCareerEventsQueryVariables = Exact<{
  input: UnconfirmedCareerEventsInput;
}>;

export type UnconfirmedCareerEventsQuery = {
  unconfirmedCareerEvents: Array<{
    personName: string;
    id: string;
    type: string;
    effectiveDate: string;
    fromGrade: string | null;
    toGrade: string | null;
    fromDepartment: string | null;
    toDepartment: string | null;
    source: string;
    confirmed: boolean;
  }>;
};

export type ConfirmCareerEventMutationVariables = Exact<{
  input: ConfirmCareerEventInput;
}>;

export type ConfirmCareerEventMutation = {
  confirmCareerEvent: {
    id: string;
    type: string;
    effectiveDate: string;
    fromGrade: string | null;
    toGrade: string | null;
    fromDepartment: string | null;
    toDepartment: string | null;
    source: string;
    confirmed: boolean;
  };
};

export type RecordCareerEventMutationVariables = Exact<{
  input: RecordCareerEventInput;
}>;

export type RecordCareerEventMutation = {
  recordCareerEvent: {
    id: string;
    type: string;
    effectiveDate: string;
    fromGrade: string | null;
    toGrade: string | null;
    fromDepartment: string | null;
    toDepartment: string | null;
    source: string;
    confirmed: boolean;
  };
};

export type CareerEventDepartmentsQueryVariables = Exact<{ [key: string]: never }>;

export type CareerEventDepartmentsQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
};

export type OutcomeCountFieldsFragment = {
  sebGroup: string;
  count: { value: number | null; suppressed: boolean };
};

export type OutcomeShareFieldsFragment = {
  sebGroup: string;
  share: number | null;
  count: { value: number | null; suppressed: boolean };
  total: { value: number | null; suppressed: boolean };
};

export type ProgrammeDashboardQueryVariables = Exact<{
  input: ProgrammeDashboardInput;
}>;

export type ProgrammeDashboardQuery = {
  programmeDashboard: {
    programme: string;
    asOf: string;
    participants: Array<{ sebGroup: string; count: { value: number | null; suppressed: boolean } }>;
    activeRelationships: Array<{
      sebGroup: string;
      count: { value: number | null; suppressed: boolean };
    }>;
    sessionsLogged: Array<{
      sebGroup: string;
      count: { value: number | null; suppressed: boolean };
    }>;
    metExpectations: Array<{
      sebGroup: string;
      share: number | null;
      count: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    }>;
    sessionsInteresting: Array<{
      sebGroup: string;
      share: number | null;
      count: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    }>;
    progression: Array<{
      sebGroup: string;
      suppressed: boolean;
      participants: number | null;
      mature: number | null;
      progressed: number | null;
      rate: number | null;
      ciLow: number | null;
      ciHigh: number | null;
      comparisonMature: number | null;
      comparisonProgressed: number | null;
      comparisonRate: number | null;
      pValue: number | null;
      metExpectations: number | null;
      sessionsInteresting: number | null;
    }>;
  };
};

export type OutcomeProgrammesQueryVariables = Exact<{ [key: string]: never }>;

export type OutcomeProgrammesQuery = {
  ledProgrammes: Array<{ id: string; code: string; name: string }>;
};

export type OutcomeGroupFieldsFragment = {
  sebGroup: string;
  suppressed: boolean;
  participants: number | null;
  mature: number | null;
  progressed: number | null;
  rate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  comparisonMature: number | null;
  comparisonProgressed: number | null;
  comparisonRate: number | null;
  pValue: number | null;
  metExpectations: number | null;
  sessionsInteresting: number | null;
};

export type OutcomeReportQueryVariables = Exact<{
  input: OutcomeReportInput;
}>;

export type OutcomeReportQuery = {
  outcomeReport: {
    programme: string;
    asOf: string;
    groups: Array<{
      sebGroup: string;
      suppressed: boolean;
      participants: number | null;
      mature: number | null;
      progressed: number | null;
      rate: number | null;
      ciLow: number | null;
      ciHigh: number | null;
      comparisonMature: number | null;
      comparisonProgressed: number | null;
      comparisonRate: number | null;
      pValue: number | null;
      metExpectations: number | null;
      sessionsInteresting: number | null;
    }>;
  };
};

export type OutcomeReportCsvQueryVariables = Exact<{
  input: OutcomeReportInput;
}>;

export type OutcomeReportCsvQuery = {
  outcomeReport: { programme: string; asOf: string; csv: string };
};

export type CompositionRowFieldsFragment = {
  key: string;
  label: string;
  declarationRate: number | null;
  professionalShare: number | null;
  intermediateShare: number | null;
  lowerShare: number | null;
  professional: { value: number | null; suppressed: boolean };
  intermediate: { value: number | null; suppressed: boolean };
  lower: { value: number | null; suppressed: boolean };
  unknown: { value: number | null; suppressed: boolean };
  total: { value: number | null; suppressed: boolean };
};

export type CompositionTableFieldsFragment = {
  dimension: string;
  rows: Array<{
    key: string;
    label: string;
    declarationRate: number | null;
    professionalShare: number | null;
    intermediateShare: number | null;
    lowerShare: number | null;
    professional: { value: number | null; suppressed: boolean };
    intermediate: { value: number | null; suppressed: boolean };
    lower: { value: number | null; suppressed: boolean };
    unknown: { value: number | null; suppressed: boolean };
    total: { value: number | null; suppressed: boolean };
  }>;
  total: {
    key: string;
    label: string;
    declarationRate: number | null;
    professionalShare: number | null;
    intermediateShare: number | null;
    lowerShare: number | null;
    professional: { value: number | null; suppressed: boolean };
    intermediate: { value: number | null; suppressed: boolean };
    lower: { value: number | null; suppressed: boolean };
    unknown: { value: number | null; suppressed: boolean };
    total: { value: number | null; suppressed: boolean };
  };
};

export type FiveYearTargetFieldsFragment = {
  id: string;
  name: string;
  sebGroup: string;
  grades: Array<string>;
  departmentCode: string | null;
  targetShare: number;
  targetYear: number;
  currentShare: number | null;
};

export type WorkforceDashboardQueryVariables = Exact<{ [key: string]: never }>;

export type WorkforceDashboardQuery = {
  workforceDashboard: {
    asOf: string;
    departments: Array<string> | null;
    overall: {
      key: string;
      label: string;
      declarationRate: number | null;
      professionalShare: number | null;
      intermediateShare: number | null;
      lowerShare: number | null;
      professional: { value: number | null; suppressed: boolean };
      intermediate: { value: number | null; suppressed: boolean };
      lower: { value: number | null; suppressed: boolean };
      unknown: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    };
    byGrade: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byDepartment: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byProfession: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byRegion: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byGender: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byEthnicity: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    byDisability: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    bySexualOrientation: {
      dimension: string;
      rows: Array<{
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      }>;
      total: {
        key: string;
        label: string;
        declarationRate: number | null;
        professionalShare: number | null;
        intermediateShare: number | null;
        lowerShare: number | null;
        professional: { value: number | null; suppressed: boolean };
        intermediate: { value: number | null; suppressed: boolean };
        lower: { value: number | null; suppressed: boolean };
        unknown: { value: number | null; suppressed: boolean };
        total: { value: number | null; suppressed: boolean };
      };
    };
    benchmarks: Array<{
      key: string;
      measure: string;
      sebGroup: string | null;
      department: string | null;
      value: number;
      source: string;
      note: string | null;
      verify: boolean;
    }>;
    attrition: Array<{
      sebGroup: string;
      share: number | null;
      count: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    }>;
    temporaryPromotions: Array<{
      sebGroup: string;
      share: number | null;
      count: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    }>;
    eoiSuccesses: Array<{
      sebGroup: string;
      share: number | null;
      count: { value: number | null; suppressed: boolean };
      total: { value: number | null; suppressed: boolean };
    }>;
    targets: Array<{
      id: string;
      name: string;
      sebGroup: string;
      grades: Array<string>;
      departmentCode: string | null;
      targetShare: number;
      targetYear: number;
      currentShare: number | null;
    }>;
  };
};

export type WorkforceDashboardCsvQueryVariables = Exact<{ [key: string]: never }>;

export type WorkforceDashboardCsvQuery = { workforceDashboard: { asOf: string; csv: string } };

export type FiveYearTargetsQueryVariables = Exact<{ [key: string]: never }>;

export type FiveYearTargetsQuery = {
  workforceDashboard: {
    asOf: string;
    targets: Array<{
      id: string;
      name: string;
      sebGroup: string;
      grades: Array<string>;
      departmentCode: string | null;
      targetShare: number;
      targetYear: number;
      currentShare: number | null;
    }>;
  };
};

export type SetFiveYearTargetMutationVariables = Exact<{
  input: SetFiveYearTargetInput;
}>;

export type SetFiveYearTargetMutation = {
  setFiveYearTarget: {
    id: string;
    name: string;
    sebGroup: string;
    grades: Array<string>;
    departmentCode: string | null;
    targetShare: number;
    targetYear: number;
    currentShare: number | null;
  };
};

export type RemoveFiveYearTargetMutationVariables = Exact<{
  input: RemoveFiveYearTargetInput;
}>;

export type RemoveFiveYearTargetMutation = { removeFiveYearTarget: boolean };

export type AlertRuleFieldsFragment = {
  id: string;
  name: string;
  gradeCodes: Array<string>;
  professionCodes: Array<string>;
  regionCodes: Array<string>;
  departmentCodes: Array<string>;
  keywords: Array<string>;
  delivery: AlertDelivery;
  inApp: boolean;
  email: boolean;
  createdAt: string;
};

export type MyAlertRulesQueryVariables = Exact<{ [key: string]: never }>;

export type MyAlertRulesQuery = {
  myAlertRules: Array<{
    id: string;
    name: string;
    gradeCodes: Array<string>;
    professionCodes: Array<string>;
    regionCodes: Array<string>;
    departmentCodes: Array<string>;
    keywords: Array<string>;
    delivery: AlertDelivery;
    inApp: boolean;
    email: boolean;
    createdAt: string;
  }>;
};

export type SaveAlertRuleMutationVariables = Exact<{
  input: SaveAlertRuleInput;
}>;

export type SaveAlertRuleMutation = {
  saveAlertRule: {
    id: string;
    name: string;
    gradeCodes: Array<string>;
    professionCodes: Array<string>;
    regionCodes: Array<string>;
    departmentCodes: Array<string>;
    keywords: Array<string>;
    delivery: AlertDelivery;
    inApp: boolean;
    email: boolean;
    createdAt: string;
  };
};

export type DeleteAlertRuleMutationVariables = Exact<{
  input: AlertRuleIdInput;
}>;

export type DeleteAlertRuleMutation = { deleteAlertRule: boolean };

export type VacancyReferenceDataQueryVariables = Exact<{ [key: string]: never }>;

export type VacancyReferenceDataQuery = {
  departments: Array<{ code: string; name: string; active: boolean }>;
  grades: Array<{ code: string; name: string; rank: number }>;
  professions: Array<{ code: string; name: string; active: boolean }>;
  regions: Array<{ code: string; name: string }>;
};

export type VacancyFunnelFieldsFragment = {
  vacancyId: string | null;
  vacancyCount: number;
  stages: Array<{
    stage: FunnelStage;
    counts: Array<{ sebGroup: string; value: number | null; suppressed: boolean }>;
  }>;
};

export type VacancyFunnelQueryVariables = Exact<{
  input: VacancyIdInput;
}>;

export type VacancyFunnelQuery = {
  vacancyFunnel: {
    vacancyId: string | null;
    vacancyCount: number;
    stages: Array<{
      stage: FunnelStage;
      counts: Array<{ sebGroup: string; value: number | null; suppressed: boolean }>;
    }>;
  };
  acceleratorRole: { id: string; title: string; departmentCode: string; status: VacancyStatus };
};

export type VacancyFunnelTotalsQueryVariables = Exact<{
  input?: VacancyFunnelTotalsInput | null | undefined;
}>;

export type VacancyFunnelTotalsQuery = {
  vacancyFunnelTotals: {
    vacancyId: string | null;
    vacancyCount: number;
    stages: Array<{
      stage: FunnelStage;
      counts: Array<{ sebGroup: string; value: number | null; suppressed: boolean }>;
    }>;
  };
};

export type NetworkFieldsFragment = {
  id: string;
  code: string;
  name: string;
  kind: NetworkKind;
  description: string;
  departmentCodes: Array<string>;
  joined: boolean;
  leading: boolean;
};

export type NetworksQueryVariables = Exact<{ [key: string]: never }>;

export type NetworksQuery = {
  networks: Array<{
    id: string;
    code: string;
    name: string;
    kind: NetworkKind;
    description: string;
    departmentCodes: Array<string>;
    joined: boolean;
    leading: boolean;
  }>;
};

export type NetworkQueryVariables = Exact<{
  input: NetworkInput;
}>;

export type NetworkQuery = {
  network: {
    id: string;
    code: string;
    name: string;
    kind: NetworkKind;
    description: string;
    departmentCodes: Array<string>;
    joined: boolean;
    leading: boolean;
  };
};

export type NetworkMembersQueryVariables = Exact<{
  input: NetworkInput;
}>;

export type NetworkMembersQuery = {
  networkMembers: Array<{
    personId: string;
    givenName: string;
    familyName: string;
    email: string | null;
    departmentCode: string;
    gradeCode: string;
    joinedAt: string;
  }>;
};

export type JoinNetworkMutationVariables = Exact<{
  input: NetworkInput;
}>;

export type JoinNetworkMutation = {
  joinNetwork: {
    id: string;
    code: string;
    name: string;
    kind: NetworkKind;
    description: string;
    departmentCodes: Array<string>;
    joined: boolean;
    leading: boolean;
  };
};

export type LeaveNetworkMutationVariables = Exact<{
  input: NetworkInput;
}>;

export type LeaveNetworkMutation = { leaveNetwork: boolean };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;

export type CreateNetworkMutation = {
  createNetwork: {
    id: string;
    code: string;
    name: string;
    kind: NetworkKind;
    description: string;
    departmentCodes: Array<string>;
    joined: boolean;
    leading: boolean;
  };
};

export type UpdateNetworkMutationVariables = Exact<{
  input: UpdateNetworkInput;
}>;

export type UpdateNetworkMutation = {
  updateNetwork: {
    id: string;
    code: string;
    name: string;
    kind: NetworkKind;
    description: string;
    departmentCodes: Array<string>;
    joined: boolean;
    leading: boolean;
  };
};

export type RemoveNetworkMemberMutationVariables = Exact<{
  input: RemoveNetworkMemberInput;
}>;

export type RemoveNetworkMemberMutation = { removeNetworkMember: boolean };

export type OutboxQueryVariables = Exact<{
  input?: OutboxInput | null | undefined;
}>;

export type OutboxQuery = {
  outbox: {
    total: number;
    items: Array<{
      id: string;
      to: string;
      subject: string;
      text: string;
      createdAt: string;
      headers: Array<{ name: string; value: string }>;
    }>;
  };
};

export type MyVacanciesQueryVariables = Exact<{ [key: string]: never }>;

export type MyVacanciesQuery = {
  myVacancies: Array<{
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  }>;
};

export type CreateVacancyMutationVariables = Exact<{
  input: CreateVacancyInput;
}>;

export type CreateVacancyMutation = {
  createVacancy: {
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  };
};

export type UpdateVacancyMutationVariables = Exact<{
  input: UpdateVacancyInput;
}>;

export type UpdateVacancyMutation = {
  updateVacancy: {
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  };
};

export type PublishVacancyMutationVariables = Exact<{
  input: VacancyIdInput;
}>;

export type PublishVacancyMutation = {
  publishVacancy: {
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  };
};

export type CloseVacancyMutationVariables = Exact<{
  input: VacancyIdInput;
}>;

export type CloseVacancyMutation = {
  closeVacancy: {
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  };
};

export type BroadcastVacancyMutationVariables = Exact<{
  input: BroadcastVacancyInput;
}>;

export type BroadcastVacancyMutation = {
  broadcastVacancy: {
    id: string;
    audience: BroadcastAudience;
    networkIds: Array<string>;
    createdAt: string;
  };
};

export type RecordAppointmentMutationVariables = Exact<{
  input: RecordAppointmentInput;
}>;

export type RecordAppointmentMutation = { recordAppointment: boolean };

export type ReservedShareFieldsFragment = {
  departmentCode: string;
  departmentName: string;
  maxPercent: number | null;
  openCount: number;
  reservedCount: number;
  sharePercent: number;
};

export type ReservedSharesQueryVariables = Exact<{ [key: string]: never }>;

export type ReservedSharesQuery = {
  reservedShares: Array<{
    departmentCode: string;
    departmentName: string;
    maxPercent: number | null;
    openCount: number;
    reservedCount: number;
    sharePercent: number;
  }>;
};

export type SetReservedShareCapMutationVariables = Exact<{
  input: SetReservedShareCapInput;
}>;

export type SetReservedShareCapMutation = {
  setReservedShareCap: {
    departmentCode: string;
    departmentName: string;
    maxPercent: number | null;
    openCount: number;
    reservedCount: number;
    sharePercent: number;
  };
};

export type VacancyFieldsFragment = {
  id: string;
  title: string;
  summary: string;
  departmentCode: string;
  gradeCodes: Array<string>;
  professionCode: string | null;
  regionCodes: Array<string>;
  remote: boolean;
  workingPattern: WorkingPattern;
  contractType: ContractType;
  closingDate: string;
  applyUrl: string | null;
  applyContact: string | null;
  applyLink: string | null;
  category: AcceleratorCategory;
  reservedForTalentScheme: boolean;
  talentScheme: string | null;
  status: VacancyStatus;
  publishedAt: string | null;
  postedByMe: boolean;
};

export type AcceleratorRolesQueryVariables = Exact<{
  input?: AcceleratorRolesInput | null | undefined;
}>;

export type AcceleratorRolesQuery = {
  acceleratorRoles: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      summary: string;
      departmentCode: string;
      gradeCodes: Array<string>;
      professionCode: string | null;
      regionCodes: Array<string>;
      remote: boolean;
      workingPattern: WorkingPattern;
      contractType: ContractType;
      closingDate: string;
      applyUrl: string | null;
      applyContact: string | null;
      applyLink: string | null;
      category: AcceleratorCategory;
      reservedForTalentScheme: boolean;
      talentScheme: string | null;
      status: VacancyStatus;
      publishedAt: string | null;
      postedByMe: boolean;
    }>;
  };
};

export type AcceleratorRoleQueryVariables = Exact<{
  input: VacancyIdInput;
}>;

export type AcceleratorRoleQuery = {
  acceleratorRole: {
    id: string;
    title: string;
    summary: string;
    departmentCode: string;
    gradeCodes: Array<string>;
    professionCode: string | null;
    regionCodes: Array<string>;
    remote: boolean;
    workingPattern: WorkingPattern;
    contractType: ContractType;
    closingDate: string;
    applyUrl: string | null;
    applyContact: string | null;
    applyLink: string | null;
    category: AcceleratorCategory;
    reservedForTalentScheme: boolean;
    talentScheme: string | null;
    status: VacancyStatus;
    publishedAt: string | null;
    postedByMe: boolean;
  };
};

export type RecordVacancyViewMutationVariables = Exact<{
  input: VacancyIdInput;
}>;

export type RecordVacancyViewMutation = { recordVacancyView: boolean };

export type RecordApplicationMutationVariables = Exact<{
  input: VacancyIdInput;
}>;

export type RecordApplicationMutation = { recordApplication: boolean };

export const AdminPersonSummaryFragmentDoc = gql`
  fragment AdminPersonSummary on PersonSummary {
    id
    givenName
    familyName
    email
    staffNumber
    departmentCode
    gradeCode
  }
`;
export const AdminRoleGrantFragmentDoc = gql`
  fragment AdminRoleGrant on RoleGrant {
    id
    personId
    role
    scopeType
    scopeId
    grantedAt
  }
`;
export const MyInternshipOfferFieldsFragmentDoc = gql`
  fragment MyInternshipOfferFields on InternshipOffer {
    matchId
    status
    departmentName
    team
    gradeCode
    regionName
    workAreaName
    startDate
    endDate
    termMonths
    lineManagerName
    explanation
  }
`;
export const InternshipProgrammeFieldsFragmentDoc = gql`
  fragment InternshipProgrammeFields on InternshipProgramme {
    id
    code
    name
    description
    settings {
      termMonths
      minimumAge
      maximumAge
    }
    intakes {
      id
      code
      name
      applicationsOpen
      applicationsClose
      startDate
      isOpen
    }
  }
`;
export const PlacementPersonFieldsFragmentDoc = gql`
  fragment PlacementPersonFields on PlacementPerson {
    id
    givenName
    familyName
    staffNumber
  }
`;
export const IntakeFieldsFragmentDoc = gql`
  fragment IntakeFields on InternshipIntake {
    id
    code
    name
    applicationsOpen
    applicationsClose
    startDate
    isOpen
    programmeId
    programmeName
    recordedOutcomes
    trainingOutstanding
    settings {
      termMonths
      minimumAge
      maximumAge
    }
    placements {
      id
      departmentName
      team
      gradeCode
      regionName
      workAreaName
      startDate
      endDate
      termMonths
      trainingStatus
      trainingCompletedOn
      status
      outcome
      outcomeEffectiveDate
      latestCheckIn
      latestCheckInMonth
      lineManager {
        ...PlacementPersonFields
      }
      intern {
        ...PlacementPersonFields
      }
    }
    applicants {
      applicationId
      preferredRegions
      preferredWork
      status
      person {
        ...PlacementPersonFields
      }
    }
    matches {
      id
      status
      score
      explanation
      placementId
      placementSummary
      candidate {
        ...PlacementPersonFields
      }
    }
  }
`;
export const InternshipReportCellFieldsFragmentDoc = gql`
  fragment InternshipReportCellFields on InternshipReportCell {
    value
    suppressed
    share
  }
`;
export const InternshipReportTableFieldsFragmentDoc = gql`
  fragment InternshipReportTableFields on InternshipReportTable {
    columns
    rows {
      key
      label
      cells {
        ...InternshipReportCellFields
      }
      total {
        ...InternshipReportCellFields
      }
    }
    totals {
      ...InternshipReportCellFields
    }
    grandTotal {
      ...InternshipReportCellFields
    }
  }
`;
export const ManagedPlacementFieldsFragmentDoc = gql`
  fragment ManagedPlacementFields on ManagedPlacement {
    id
    programmeName
    intakeName
    departmentName
    team
    gradeCode
    regionName
    workAreaName
    startDate
    endDate
    termMonths
    trainingCompletedOn
    trainingStatus
    status
    outcome
    outcomeEffectiveDate
    canRecordOutcome
    checkInMonths
    intern {
      id
      givenName
      familyName
      staffNumber
    }
    checkIns {
      month
      status
      notes
      recordedAt
    }
  }
`;
export const PersonNameFragmentDoc = gql`
  fragment PersonName on PersonBrief {
    id
    givenName
    familyName
    gradeCode
    departmentCode
    professionCode
  }
`;
export const MatchingPairFragmentDoc = gql`
  fragment MatchingPair on Relationship {
    id
    status
    score
    locked
    explanation
    mentee {
      applicationId
      goals
      topics
      person {
        ...PersonName
      }
    }
    mentor {
      topics
      person {
        ...PersonName
      }
    }
  }
`;
export const MatchingBoardFragmentDoc = gql`
  fragment MatchingBoard on MatchingRun {
    id
    cohortId
    createdAt
    menteeCount
    mentorCount
    matchedCount
    totalScore
    pairs {
      ...MatchingPair
    }
    unmatched {
      applicationId
      eligible
      topics
      person {
        ...PersonName
      }
    }
  }
`;
export const MyApplicationFragmentDoc = gql`
  fragment MyApplication on MenteeApplication {
    id
    cohortId
    status
    appliedAt
    withdrawnAt
    goals
    topics
    professionPreference
    departmentPreference
    region
    availability
  }
`;
export const OpenCohortFragmentDoc = gql`
  fragment OpenCohort on Cohort {
    id
    code
    name
    applicationsClose
    startDate
    isOpen
    myEligibility {
      eligible
      reasons
    }
    myApplication {
      id
      status
    }
    myMentorOffer {
      id
      paused
    }
  }
`;
export const MyMentorOfferFragmentDoc = gql`
  fragment MyMentorOffer on MentorOffer {
    id
    cohortId
    capacity
    seatsTaken
    paused
    topics
    professions
  }
`;
export const ProgrammeRulesFragmentDoc = gql`
  fragment ProgrammeRules on Programme {
    id
    code
    name
    type
    description
    durationMonths
    participatingDepartments
    eligibility {
      sebGroups
      minimumGrade
      maximumGrade
      departments
      careLeaver
      minimumAge
      maximumAge
    }
    matchingRules {
      mentorMinimumGrade
      minimumGradeGap
      maximumGradeGap
      profession
      department
      defaultMentorCapacity
    }
    matchingWeights {
      gradeGap
      idealGradeGap
      professionFit
      sharedTopics
      sameRegion
      previouslyUnmatched
    }
  }
`;
export const LeadCohortSummaryFragmentDoc = gql`
  fragment LeadCohortSummary on Cohort {
    id
    code
    name
    applicationsOpen
    applicationsClose
    startDate
    isOpen
  }
`;
export const RelationshipSummaryFragmentDoc = gql`
  fragment RelationshipSummary on Relationship {
    id
    status
    viewer
    awaitingMyResponse
    proposedAt
    startedOn
    endedOn
    endReason
    sessionCount
    lastSessionOn
    cohort {
      id
      name
      programme {
        id
        name
        type
      }
    }
    mentee {
      applicationId
      goals
      topics
      person {
        ...PersonName
      }
    }
    mentor {
      topics
      professions
      person {
        ...PersonName
      }
    }
  }
`;
export const CareerEventFieldsFragmentDoc = gql`
  fragment CareerEventFields on CareerEvent {
    id
    type
    effectiveDate
    fromGrade
    toGrade
    fromDepartment
    toDepartment
    source
    confirmed
  }
`;
export const OutcomeCountFieldsFragmentDoc = gql`
  fragment OutcomeCountFields on SebCount {
    sebGroup
    count {
      value
      suppressed
    }
  }
`;
export const OutcomeShareFieldsFragmentDoc = gql`
  fragment OutcomeShareFields on SebShare {
    sebGroup
    share
    count {
      value
      suppressed
    }
    total {
      value
      suppressed
    }
  }
`;
export const OutcomeGroupFieldsFragmentDoc = gql`
  fragment OutcomeGroupFields on OutcomeReportGroup {
    sebGroup
    suppressed
    participants
    mature
    progressed
    rate
    ciLow
    ciHigh
    comparisonMature
    comparisonProgressed
    comparisonRate
    pValue
    metExpectations
    sessionsInteresting
  }
`;
export const CompositionRowFieldsFragmentDoc = gql`
  fragment CompositionRowFields on SebCompositionRow {
    key
    label
    declarationRate
    professional {
      value
      suppressed
    }
    intermediate {
      value
      suppressed
    }
    lower {
      value
      suppressed
    }
    unknown {
      value
      suppressed
    }
    total {
      value
      suppressed
    }
    professionalShare
    intermediateShare
    lowerShare
  }
`;
export const CompositionTableFieldsFragmentDoc = gql`
  fragment CompositionTableFields on SebCompositionTable {
    dimension
    rows {
      ...CompositionRowFields
    }
    total {
      ...CompositionRowFields
    }
  }
`;
export const FiveYearTargetFieldsFragmentDoc = gql`
  fragment FiveYearTargetFields on FiveYearTarget {
    id
    name
    sebGroup
    grades
    departmentCode
    targetShare
    targetYear
    currentShare
  }
`;
export const AlertRuleFieldsFragmentDoc = gql`
  fragment AlertRuleFields on AlertRule {
    id
    name
    gradeCodes
    professionCodes
    regionCodes
    departmentCodes
    keywords
    delivery
    inApp
    email
    createdAt
  }
`;
export const VacancyFunnelFieldsFragmentDoc = gql`
  fragment VacancyFunnelFields on VacancyFunnel {
    vacancyId
    vacancyCount
    stages {
      stage
      counts {
        sebGroup
        value
        suppressed
      }
    }
  }
`;
export const NetworkFieldsFragmentDoc = gql`
  fragment NetworkFields on Network {
    id
    code
    name
    kind
    description
    departmentCodes
    joined
    leading
  }
`;
export const ReservedShareFieldsFragmentDoc = gql`
  fragment ReservedShareFields on ReservedShare {
    departmentCode
    departmentName
    maxPercent
    openCount
    reservedCount
    sharePercent
  }
`;
export const VacancyFieldsFragmentDoc = gql`
  fragment VacancyFields on Vacancy {
    id
    title
    summary
    departmentCode
    gradeCodes
    professionCode
    regionCodes
    remote
    workingPattern
    contractType
    closingDate
    applyUrl
    applyContact
    applyLink
    category
    reservedForTalentScheme
    talentScheme
    status
    publishedAt
    postedByMe
  }
`;
export const ServiceInfoDocument = gql`
  query ServiceInfo {
    serviceInfo {
      name
      phase
      version
    }
  }
`;
export function useServiceInfoQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
export function useServiceInfoLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
// @ts-ignore
export function useServiceInfoSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ServiceInfoQuery,
    ServiceInfoQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ServiceInfoQuery, ServiceInfoQueryVariables>;
export function useServiceInfoSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ServiceInfoQuery,
  ServiceInfoQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useServiceInfoSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ServiceInfoQuery, ServiceInfoQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ServiceInfoQuery, ServiceInfoQueryVariables>(
    ServiceInfoDocument,
    options,
  );
}
export type ServiceInfoQueryHookResult = ReturnType<typeof useServiceInfoQuery>;
export type ServiceInfoLazyQueryHookResult = ReturnType<typeof useServiceInfoLazyQuery>;
export type ServiceInfoSuspenseQueryHookResult = ReturnType<typeof useServiceInfoSuspenseQuery>;
export const AccountReferenceNamesDocument = gql`
  query AccountReferenceNames {
    departments {
      code
      name
    }
    grades {
      code
      name
    }
  }
`;
export function useAccountReferenceNamesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AccountReferenceNamesQuery, AccountReferenceNamesQueryVariables>(
    AccountReferenceNamesDocument,
    options,
  );
}
export function useAccountReferenceNamesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >(AccountReferenceNamesDocument, options);
}
// @ts-ignore
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  AccountReferenceNamesQuery,
  AccountReferenceNamesQueryVariables
>;
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AccountReferenceNamesQuery,
        AccountReferenceNamesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  AccountReferenceNamesQuery,
  AccountReferenceNamesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAccountReferenceNamesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AccountReferenceNamesQuery,
        AccountReferenceNamesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    AccountReferenceNamesQuery,
    AccountReferenceNamesQueryVariables
  >(AccountReferenceNamesDocument, options);
}
export type AccountReferenceNamesQueryHookResult = ReturnType<typeof useAccountReferenceNamesQuery>;
export type AccountReferenceNamesLazyQueryHookResult = ReturnType<
  typeof useAccountReferenceNamesLazyQuery
>;
export type AccountReferenceNamesSuspenseQueryHookResult = ReturnType<
  typeof useAccountReferenceNamesSuspenseQuery
>;
export const ChangePasswordDocument = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;
export function useChangePasswordMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ChangePasswordMutation,
    ChangePasswordMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ChangePasswordMutation, ChangePasswordMutationVariables>(
    ChangePasswordDocument,
    options,
  );
}
export type ChangePasswordMutationHookResult = ReturnType<typeof useChangePasswordMutation>;
export const MyPersonalDataDocument = gql`
  query MyPersonalData {
    myPersonalData {
      json
      generatedAt
    }
  }
`;
export function useMyPersonalDataQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
export function useMyPersonalDataLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
// @ts-ignore
export function useMyPersonalDataSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyPersonalDataQuery,
    MyPersonalDataQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export function useMyPersonalDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyPersonalDataQuery, MyPersonalDataQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyPersonalDataQuery,
  MyPersonalDataQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyPersonalDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyPersonalDataQuery, MyPersonalDataQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyPersonalDataQuery, MyPersonalDataQueryVariables>(
    MyPersonalDataDocument,
    options,
  );
}
export type MyPersonalDataQueryHookResult = ReturnType<typeof useMyPersonalDataQuery>;
export type MyPersonalDataLazyQueryHookResult = ReturnType<typeof useMyPersonalDataLazyQuery>;
export type MyPersonalDataSuspenseQueryHookResult = ReturnType<
  typeof useMyPersonalDataSuspenseQuery
>;
export const PeopleSearchDocument = gql`
  query PeopleSearch($search: String! = "") {
    peopleSearch(search: $search) {
      ...AdminPersonSummary
    }
  }
  ${AdminPersonSummaryFragmentDoc}
`;
export function usePeopleSearchQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
export function usePeopleSearchLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    PeopleSearchQuery,
    PeopleSearchQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
// @ts-ignore
export function usePeopleSearchSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    PeopleSearchQuery,
    PeopleSearchQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<PeopleSearchQuery, PeopleSearchQueryVariables>;
export function usePeopleSearchSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  PeopleSearchQuery,
  PeopleSearchQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function usePeopleSearchSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<PeopleSearchQuery, PeopleSearchQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<PeopleSearchQuery, PeopleSearchQueryVariables>(
    PeopleSearchDocument,
    options,
  );
}
export type PeopleSearchQueryHookResult = ReturnType<typeof usePeopleSearchQuery>;
export type PeopleSearchLazyQueryHookResult = ReturnType<typeof usePeopleSearchLazyQuery>;
export type PeopleSearchSuspenseQueryHookResult = ReturnType<typeof usePeopleSearchSuspenseQuery>;
export const PersonRoleGrantsDocument = gql`
  query PersonRoleGrants($personId: ID! = "") {
    roleGrants(personId: $personId) {
      ...AdminRoleGrant
    }
  }
  ${AdminRoleGrantFragmentDoc}
`;
export function usePersonRoleGrantsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
export function usePersonRoleGrantsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
// @ts-ignore
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    PersonRoleGrantsQuery,
    PersonRoleGrantsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>;
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        PersonRoleGrantsQuery,
        PersonRoleGrantsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  PersonRoleGrantsQuery,
  PersonRoleGrantsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function usePersonRoleGrantsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        PersonRoleGrantsQuery,
        PersonRoleGrantsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<PersonRoleGrantsQuery, PersonRoleGrantsQueryVariables>(
    PersonRoleGrantsDocument,
    options,
  );
}
export type PersonRoleGrantsQueryHookResult = ReturnType<typeof usePersonRoleGrantsQuery>;
export type PersonRoleGrantsLazyQueryHookResult = ReturnType<typeof usePersonRoleGrantsLazyQuery>;
export type PersonRoleGrantsSuspenseQueryHookResult = ReturnType<
  typeof usePersonRoleGrantsSuspenseQuery
>;
export const GrantRoleDocument = gql`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...AdminRoleGrant
    }
  }
  ${AdminRoleGrantFragmentDoc}
`;
export function useGrantRoleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<GrantRoleMutation, GrantRoleMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<GrantRoleMutation, GrantRoleMutationVariables>(
    GrantRoleDocument,
    options,
  );
}
export type GrantRoleMutationHookResult = ReturnType<typeof useGrantRoleMutation>;
export const RevokeRoleDocument = gql`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`;
export function useRevokeRoleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RevokeRoleMutation,
    RevokeRoleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RevokeRoleMutation, RevokeRoleMutationVariables>(
    RevokeRoleDocument,
    options,
  );
}
export type RevokeRoleMutationHookResult = ReturnType<typeof useRevokeRoleMutation>;
export const ErasePersonDocument = gql`
  mutation ErasePerson($input: ErasePersonInput!) {
    erasePerson(input: $input) {
      personId
      erasedAt
    }
  }
`;
export function useErasePersonMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ErasePersonMutation,
    ErasePersonMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ErasePersonMutation, ErasePersonMutationVariables>(
    ErasePersonDocument,
    options,
  );
}
export type ErasePersonMutationHookResult = ReturnType<typeof useErasePersonMutation>;
export const AuditEventsDocument = gql`
  query AuditEvents($input: AuditFilterInput) {
    auditEvents(input: $input) {
      total
      items {
        id
        at
        action
        actorPersonId
        subjectPersonIds
        detail
      }
    }
  }
`;
export function useAuditEventsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
export function useAuditEventsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
// @ts-ignore
export function useAuditEventsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    AuditEventsQuery,
    AuditEventsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<AuditEventsQuery, AuditEventsQueryVariables>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  AuditEventsQuery,
  AuditEventsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAuditEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<AuditEventsQuery, AuditEventsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<AuditEventsQuery, AuditEventsQueryVariables>(
    AuditEventsDocument,
    options,
  );
}
export type AuditEventsQueryHookResult = ReturnType<typeof useAuditEventsQuery>;
export type AuditEventsLazyQueryHookResult = ReturnType<typeof useAuditEventsLazyQuery>;
export type AuditEventsSuspenseQueryHookResult = ReturnType<typeof useAuditEventsSuspenseQuery>;
export const ReferenceDataDocument = gql`
  query ReferenceData {
    departments {
      code
      name
      active
    }
    professions {
      code
      name
      active
    }
  }
`;
export function useReferenceDataQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
export function useReferenceDataLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ReferenceDataQuery,
    ReferenceDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
// @ts-ignore
export function useReferenceDataSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ReferenceDataQuery,
    ReferenceDataQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ReferenceDataQuery, ReferenceDataQueryVariables>;
export function useReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ReferenceDataQuery,
  ReferenceDataQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReferenceDataQuery, ReferenceDataQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ReferenceDataQuery, ReferenceDataQueryVariables>(
    ReferenceDataDocument,
    options,
  );
}
export type ReferenceDataQueryHookResult = ReturnType<typeof useReferenceDataQuery>;
export type ReferenceDataLazyQueryHookResult = ReturnType<typeof useReferenceDataLazyQuery>;
export type ReferenceDataSuspenseQueryHookResult = ReturnType<typeof useReferenceDataSuspenseQuery>;
export const AddDepartmentDocument = gql`
  mutation AddDepartment($input: AddReferenceItemInput!) {
    addDepartment(input: $input) {
      code
      name
      active
    }
  }
`;
export function useAddDepartmentMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    AddDepartmentMutation,
    AddDepartmentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AddDepartmentMutation, AddDepartmentMutationVariables>(
    AddDepartmentDocument,
    options,
  );
}
export type AddDepartmentMutationHookResult = ReturnType<typeof useAddDepartmentMutation>;
export const AddProfessionDocument = gql`
  mutation AddProfession($input: AddReferenceItemInput!) {
    addProfession(input: $input) {
      code
      name
      active
    }
  }
`;
export function useAddProfessionMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    AddProfessionMutation,
    AddProfessionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AddProfessionMutation, AddProfessionMutationVariables>(
    AddProfessionDocument,
    options,
  );
}
export type AddProfessionMutationHookResult = ReturnType<typeof useAddProfessionMutation>;
export const SignOutDocument = gql`
  mutation SignOut {
    signOut
  }
`;
export function useSignOutMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignOutMutation, SignOutMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignOutMutation, SignOutMutationVariables>(
    SignOutDocument,
    options,
  );
}
export type SignOutMutationHookResult = ReturnType<typeof useSignOutMutation>;
export const UnreadNotificationCountChangedDocument = gql`
  subscription UnreadNotificationCountChanged {
    unreadNotificationCountChanged
  }
`;
export function useUnreadNotificationCountChangedSubscription(
  baseOptions?: ApolloReactHooks.SubscriptionHookOptions<
    UnreadNotificationCountChangedSubscription,
    UnreadNotificationCountChangedSubscriptionVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSubscription<
    UnreadNotificationCountChangedSubscription,
    UnreadNotificationCountChangedSubscriptionVariables
  >(UnreadNotificationCountChangedDocument, options);
}
export type UnreadNotificationCountChangedSubscriptionHookResult = ReturnType<
  typeof useUnreadNotificationCountChangedSubscription
>;
export const MyAnswersDocument = gql`
  query MyAnswers {
    myAnswers {
      answers {
        question
        code
        label
      }
      sebGroup
      updatedAt
    }
  }
`;
export function useMyAnswersQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
export function useMyAnswersLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
// @ts-ignore
export function useMyAnswersSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<MyAnswersQuery, MyAnswersQueryVariables>;
export function useMyAnswersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyAnswersQuery,
  MyAnswersQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyAnswersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAnswersQuery, MyAnswersQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyAnswersQuery, MyAnswersQueryVariables>(
    MyAnswersDocument,
    options,
  );
}
export type MyAnswersQueryHookResult = ReturnType<typeof useMyAnswersQuery>;
export type MyAnswersLazyQueryHookResult = ReturnType<typeof useMyAnswersLazyQuery>;
export type MyAnswersSuspenseQueryHookResult = ReturnType<typeof useMyAnswersSuspenseQuery>;
export const SaveMyAnswersDocument = gql`
  mutation SaveMyAnswers($input: SaveMyAnswersInput!) {
    saveMyAnswers(input: $input) {
      updatedAt
    }
  }
`;
export function useSaveMyAnswersMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SaveMyAnswersMutation,
    SaveMyAnswersMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SaveMyAnswersMutation, SaveMyAnswersMutationVariables>(
    SaveMyAnswersDocument,
    options,
  );
}
export type SaveMyAnswersMutationHookResult = ReturnType<typeof useSaveMyAnswersMutation>;
export const WithdrawMyAnswersDocument = gql`
  mutation WithdrawMyAnswers {
    withdrawMyAnswers {
      updatedAt
    }
  }
`;
export function useWithdrawMyAnswersMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    WithdrawMyAnswersMutation,
    WithdrawMyAnswersMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    WithdrawMyAnswersMutation,
    WithdrawMyAnswersMutationVariables
  >(WithdrawMyAnswersDocument, options);
}
export type WithdrawMyAnswersMutationHookResult = ReturnType<typeof useWithdrawMyAnswersMutation>;
export const CurrentUserDocument = gql`
  query CurrentUser {
    me {
      personId
      givenName
      familyName
      email
      staffNumber
      departmentCode
      gradeCode
      roles {
        id
        role
        scopeType
        scopeId
        grantedAt
      }
    }
  }
`;
export function useCurrentUserQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
export function useCurrentUserLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
// @ts-ignore
export function useCurrentUserSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    CurrentUserQuery,
    CurrentUserQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<CurrentUserQuery, CurrentUserQueryVariables>;
export function useCurrentUserSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  CurrentUserQuery,
  CurrentUserQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCurrentUserSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CurrentUserQuery, CurrentUserQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<CurrentUserQuery, CurrentUserQueryVariables>(
    CurrentUserDocument,
    options,
  );
}
export type CurrentUserQueryHookResult = ReturnType<typeof useCurrentUserQuery>;
export type CurrentUserLazyQueryHookResult = ReturnType<typeof useCurrentUserLazyQuery>;
export type CurrentUserSuspenseQueryHookResult = ReturnType<typeof useCurrentUserSuspenseQuery>;
export const SignInDocument = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input)
  }
`;
export function useSignInMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignInMutation, SignInMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignInMutation, SignInMutationVariables>(
    SignInDocument,
    options,
  );
}
export type SignInMutationHookResult = ReturnType<typeof useSignInMutation>;
export const SignUpDocument = gql`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`;
export function useSignUpMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<SignUpMutation, SignUpMutationVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SignUpMutation, SignUpMutationVariables>(
    SignUpDocument,
    options,
  );
}
export type SignUpMutationHookResult = ReturnType<typeof useSignUpMutation>;
export const SignUpOptionsDocument = gql`
  query SignUpOptions {
    departments {
      code
      name
      active
    }
    grades {
      code
      name
      rank
    }
  }
`;
export function useSignUpOptionsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
export function useSignUpOptionsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    SignUpOptionsQuery,
    SignUpOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
// @ts-ignore
export function useSignUpOptionsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    SignUpOptionsQuery,
    SignUpOptionsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<SignUpOptionsQuery, SignUpOptionsQueryVariables>;
export function useSignUpOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  SignUpOptionsQuery,
  SignUpOptionsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useSignUpOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<SignUpOptionsQuery, SignUpOptionsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<SignUpOptionsQuery, SignUpOptionsQueryVariables>(
    SignUpOptionsDocument,
    options,
  );
}
export type SignUpOptionsQueryHookResult = ReturnType<typeof useSignUpOptionsQuery>;
export type SignUpOptionsLazyQueryHookResult = ReturnType<typeof useSignUpOptionsLazyQuery>;
export type SignUpOptionsSuspenseQueryHookResult = ReturnType<typeof useSignUpOptionsSuspenseQuery>;
export const InternshipIntakeForApplicantDocument = gql`
  query InternshipIntakeForApplicant($id: ID! = "") {
    internshipIntakeForApplicant(id: $id) {
      id
      name
      programmeName
      programmeDescription
      applicationsClose
      startDate
      termMonths
      minimumAge
      maximumAge
      applied
      needsDateOfBirth
    }
  }
`;
export function useInternshipIntakeForApplicantQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >(InternshipIntakeForApplicantDocument, options);
}
export function useInternshipIntakeForApplicantLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >(InternshipIntakeForApplicantDocument, options);
}
// @ts-ignore
export function useInternshipIntakeForApplicantSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  InternshipIntakeForApplicantQuery,
  InternshipIntakeForApplicantQueryVariables
>;
export function useInternshipIntakeForApplicantSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipIntakeForApplicantQuery,
        InternshipIntakeForApplicantQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipIntakeForApplicantQuery,
  InternshipIntakeForApplicantQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipIntakeForApplicantSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipIntakeForApplicantQuery,
        InternshipIntakeForApplicantQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    InternshipIntakeForApplicantQuery,
    InternshipIntakeForApplicantQueryVariables
  >(InternshipIntakeForApplicantDocument, options);
}
export type InternshipIntakeForApplicantQueryHookResult = ReturnType<
  typeof useInternshipIntakeForApplicantQuery
>;
export type InternshipIntakeForApplicantLazyQueryHookResult = ReturnType<
  typeof useInternshipIntakeForApplicantLazyQuery
>;
export type InternshipIntakeForApplicantSuspenseQueryHookResult = ReturnType<
  typeof useInternshipIntakeForApplicantSuspenseQuery
>;
export const InternshipEligibilityDocument = gql`
  query InternshipEligibility(
    $input: InternshipEligibilityInput! = {
      intakeId: ""
      weeksInCare: 0
      inCareAfterSixteen: false
    }
  ) {
    internshipEligibility(input: $input) {
      eligible
      reasons
    }
  }
`;
export function useInternshipEligibilityQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipEligibilityQuery,
    InternshipEligibilityQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<InternshipEligibilityQuery, InternshipEligibilityQueryVariables>(
    InternshipEligibilityDocument,
    options,
  );
}
export function useInternshipEligibilityLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipEligibilityQuery,
    InternshipEligibilityQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    InternshipEligibilityQuery,
    InternshipEligibilityQueryVariables
  >(InternshipEligibilityDocument, options);
}
// @ts-ignore
export function useInternshipEligibilitySuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipEligibilityQuery,
    InternshipEligibilityQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  InternshipEligibilityQuery,
  InternshipEligibilityQueryVariables
>;
export function useInternshipEligibilitySuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipEligibilityQuery,
        InternshipEligibilityQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipEligibilityQuery,
  InternshipEligibilityQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipEligibilitySuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipEligibilityQuery,
        InternshipEligibilityQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    InternshipEligibilityQuery,
    InternshipEligibilityQueryVariables
  >(InternshipEligibilityDocument, options);
}
export type InternshipEligibilityQueryHookResult = ReturnType<typeof useInternshipEligibilityQuery>;
export type InternshipEligibilityLazyQueryHookResult = ReturnType<
  typeof useInternshipEligibilityLazyQuery
>;
export type InternshipEligibilitySuspenseQueryHookResult = ReturnType<
  typeof useInternshipEligibilitySuspenseQuery
>;
export const InternshipApplicationChoicesDocument = gql`
  query InternshipApplicationChoices {
    regions {
      code
      name
    }
    professions {
      code
      name
      active
    }
  }
`;
export function useInternshipApplicationChoicesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >(InternshipApplicationChoicesDocument, options);
}
export function useInternshipApplicationChoicesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >(InternshipApplicationChoicesDocument, options);
}
// @ts-ignore
export function useInternshipApplicationChoicesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  InternshipApplicationChoicesQuery,
  InternshipApplicationChoicesQueryVariables
>;
export function useInternshipApplicationChoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipApplicationChoicesQuery,
        InternshipApplicationChoicesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipApplicationChoicesQuery,
  InternshipApplicationChoicesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipApplicationChoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipApplicationChoicesQuery,
        InternshipApplicationChoicesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    InternshipApplicationChoicesQuery,
    InternshipApplicationChoicesQueryVariables
  >(InternshipApplicationChoicesDocument, options);
}
export type InternshipApplicationChoicesQueryHookResult = ReturnType<
  typeof useInternshipApplicationChoicesQuery
>;
export type InternshipApplicationChoicesLazyQueryHookResult = ReturnType<
  typeof useInternshipApplicationChoicesLazyQuery
>;
export type InternshipApplicationChoicesSuspenseQueryHookResult = ReturnType<
  typeof useInternshipApplicationChoicesSuspenseQuery
>;
export const ApplyToInternshipDocument = gql`
  mutation ApplyToInternship($input: ApplyToInternshipInput!) {
    applyToInternship(input: $input)
  }
`;
export function useApplyToInternshipMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ApplyToInternshipMutation,
    ApplyToInternshipMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ApplyToInternshipMutation,
    ApplyToInternshipMutationVariables
  >(ApplyToInternshipDocument, options);
}
export type ApplyToInternshipMutationHookResult = ReturnType<typeof useApplyToInternshipMutation>;
export const InternshipsHomeDocument = gql`
  query InternshipsHome {
    openInternshipIntakes {
      id
      name
      programmeName
      applicationsClose
      startDate
      applied
    }
    myInternshipApplications {
      id
      intakeId
      intakeName
      programmeName
      startDate
      offer {
        ...MyInternshipOfferFields
      }
    }
    myCareLeaverNetwork {
      member
      joinedAt
      canJoin
    }
    managedPlacements {
      id
    }
  }
  ${MyInternshipOfferFieldsFragmentDoc}
`;
export function useInternshipsHomeQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipsHomeQuery,
    InternshipsHomeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<InternshipsHomeQuery, InternshipsHomeQueryVariables>(
    InternshipsHomeDocument,
    options,
  );
}
export function useInternshipsHomeLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipsHomeQuery,
    InternshipsHomeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<InternshipsHomeQuery, InternshipsHomeQueryVariables>(
    InternshipsHomeDocument,
    options,
  );
}
// @ts-ignore
export function useInternshipsHomeSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipsHomeQuery,
    InternshipsHomeQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<InternshipsHomeQuery, InternshipsHomeQueryVariables>;
export function useInternshipsHomeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipsHomeQuery,
        InternshipsHomeQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipsHomeQuery,
  InternshipsHomeQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipsHomeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipsHomeQuery,
        InternshipsHomeQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<InternshipsHomeQuery, InternshipsHomeQueryVariables>(
    InternshipsHomeDocument,
    options,
  );
}
export type InternshipsHomeQueryHookResult = ReturnType<typeof useInternshipsHomeQuery>;
export type InternshipsHomeLazyQueryHookResult = ReturnType<typeof useInternshipsHomeLazyQuery>;
export type InternshipsHomeSuspenseQueryHookResult = ReturnType<
  typeof useInternshipsHomeSuspenseQuery
>;
export const RespondToInternshipOfferDocument = gql`
  mutation RespondToInternshipOffer($input: RespondToInternshipOfferInput!) {
    respondToInternshipOffer(input: $input) {
      id
      offer {
        ...MyInternshipOfferFields
      }
    }
  }
  ${MyInternshipOfferFieldsFragmentDoc}
`;
export function useRespondToInternshipOfferMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RespondToInternshipOfferMutation,
    RespondToInternshipOfferMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RespondToInternshipOfferMutation,
    RespondToInternshipOfferMutationVariables
  >(RespondToInternshipOfferDocument, options);
}
export type RespondToInternshipOfferMutationHookResult = ReturnType<
  typeof useRespondToInternshipOfferMutation
>;
export const JoinCareLeaverNetworkDocument = gql`
  mutation JoinCareLeaverNetwork {
    joinCareLeaverNetwork {
      member
      joinedAt
      canJoin
    }
  }
`;
export function useJoinCareLeaverNetworkMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    JoinCareLeaverNetworkMutation,
    JoinCareLeaverNetworkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    JoinCareLeaverNetworkMutation,
    JoinCareLeaverNetworkMutationVariables
  >(JoinCareLeaverNetworkDocument, options);
}
export type JoinCareLeaverNetworkMutationHookResult = ReturnType<
  typeof useJoinCareLeaverNetworkMutation
>;
export const WithdrawInternshipApplicationDocument = gql`
  mutation WithdrawInternshipApplication($input: WithdrawInternshipApplicationInput!) {
    withdrawInternshipApplication(input: $input) {
      id
    }
  }
`;
export function useWithdrawInternshipApplicationMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    WithdrawInternshipApplicationMutation,
    WithdrawInternshipApplicationMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    WithdrawInternshipApplicationMutation,
    WithdrawInternshipApplicationMutationVariables
  >(WithdrawInternshipApplicationDocument, options);
}
export type WithdrawInternshipApplicationMutationHookResult = ReturnType<
  typeof useWithdrawInternshipApplicationMutation
>;
export const LedInternshipProgrammesDocument = gql`
  query LedInternshipProgrammes {
    ledInternshipProgrammes {
      ...InternshipProgrammeFields
    }
  }
  ${InternshipProgrammeFieldsFragmentDoc}
`;
export function useLedInternshipProgrammesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >(LedInternshipProgrammesDocument, options);
}
export function useLedInternshipProgrammesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >(LedInternshipProgrammesDocument, options);
}
// @ts-ignore
export function useLedInternshipProgrammesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  LedInternshipProgrammesQuery,
  LedInternshipProgrammesQueryVariables
>;
export function useLedInternshipProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        LedInternshipProgrammesQuery,
        LedInternshipProgrammesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  LedInternshipProgrammesQuery,
  LedInternshipProgrammesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useLedInternshipProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        LedInternshipProgrammesQuery,
        LedInternshipProgrammesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    LedInternshipProgrammesQuery,
    LedInternshipProgrammesQueryVariables
  >(LedInternshipProgrammesDocument, options);
}
export type LedInternshipProgrammesQueryHookResult = ReturnType<
  typeof useLedInternshipProgrammesQuery
>;
export type LedInternshipProgrammesLazyQueryHookResult = ReturnType<
  typeof useLedInternshipProgrammesLazyQuery
>;
export type LedInternshipProgrammesSuspenseQueryHookResult = ReturnType<
  typeof useLedInternshipProgrammesSuspenseQuery
>;
export const DefaultInternshipSettingsDocument = gql`
  query DefaultInternshipSettings {
    defaultInternshipSettings {
      termMonths
      minimumAge
      maximumAge
    }
  }
`;
export function useDefaultInternshipSettingsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >(DefaultInternshipSettingsDocument, options);
}
export function useDefaultInternshipSettingsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >(DefaultInternshipSettingsDocument, options);
}
// @ts-ignore
export function useDefaultInternshipSettingsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  DefaultInternshipSettingsQuery,
  DefaultInternshipSettingsQueryVariables
>;
export function useDefaultInternshipSettingsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        DefaultInternshipSettingsQuery,
        DefaultInternshipSettingsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  DefaultInternshipSettingsQuery,
  DefaultInternshipSettingsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useDefaultInternshipSettingsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        DefaultInternshipSettingsQuery,
        DefaultInternshipSettingsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    DefaultInternshipSettingsQuery,
    DefaultInternshipSettingsQueryVariables
  >(DefaultInternshipSettingsDocument, options);
}
export type DefaultInternshipSettingsQueryHookResult = ReturnType<
  typeof useDefaultInternshipSettingsQuery
>;
export type DefaultInternshipSettingsLazyQueryHookResult = ReturnType<
  typeof useDefaultInternshipSettingsLazyQuery
>;
export type DefaultInternshipSettingsSuspenseQueryHookResult = ReturnType<
  typeof useDefaultInternshipSettingsSuspenseQuery
>;
export const InternshipProgrammeDocument = gql`
  query InternshipProgramme($id: ID! = "") {
    internshipProgramme(id: $id) {
      ...InternshipProgrammeFields
    }
  }
  ${InternshipProgrammeFieldsFragmentDoc}
`;
export function useInternshipProgrammeQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipProgrammeQuery,
    InternshipProgrammeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<InternshipProgrammeQuery, InternshipProgrammeQueryVariables>(
    InternshipProgrammeDocument,
    options,
  );
}
export function useInternshipProgrammeLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipProgrammeQuery,
    InternshipProgrammeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<InternshipProgrammeQuery, InternshipProgrammeQueryVariables>(
    InternshipProgrammeDocument,
    options,
  );
}
// @ts-ignore
export function useInternshipProgrammeSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipProgrammeQuery,
    InternshipProgrammeQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  InternshipProgrammeQuery,
  InternshipProgrammeQueryVariables
>;
export function useInternshipProgrammeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipProgrammeQuery,
        InternshipProgrammeQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipProgrammeQuery,
  InternshipProgrammeQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipProgrammeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipProgrammeQuery,
        InternshipProgrammeQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    InternshipProgrammeQuery,
    InternshipProgrammeQueryVariables
  >(InternshipProgrammeDocument, options);
}
export type InternshipProgrammeQueryHookResult = ReturnType<typeof useInternshipProgrammeQuery>;
export type InternshipProgrammeLazyQueryHookResult = ReturnType<
  typeof useInternshipProgrammeLazyQuery
>;
export type InternshipProgrammeSuspenseQueryHookResult = ReturnType<
  typeof useInternshipProgrammeSuspenseQuery
>;
export const InternshipIntakeDocument = gql`
  query InternshipIntake($id: ID! = "") {
    internshipIntake(id: $id) {
      ...IntakeFields
    }
  }
  ${IntakeFieldsFragmentDoc}
  ${PlacementPersonFieldsFragmentDoc}
`;
export function useInternshipIntakeQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipIntakeQuery,
    InternshipIntakeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<InternshipIntakeQuery, InternshipIntakeQueryVariables>(
    InternshipIntakeDocument,
    options,
  );
}
export function useInternshipIntakeLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipIntakeQuery,
    InternshipIntakeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<InternshipIntakeQuery, InternshipIntakeQueryVariables>(
    InternshipIntakeDocument,
    options,
  );
}
// @ts-ignore
export function useInternshipIntakeSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipIntakeQuery,
    InternshipIntakeQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<InternshipIntakeQuery, InternshipIntakeQueryVariables>;
export function useInternshipIntakeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipIntakeQuery,
        InternshipIntakeQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipIntakeQuery,
  InternshipIntakeQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipIntakeSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipIntakeQuery,
        InternshipIntakeQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<InternshipIntakeQuery, InternshipIntakeQueryVariables>(
    InternshipIntakeDocument,
    options,
  );
}
export type InternshipIntakeQueryHookResult = ReturnType<typeof useInternshipIntakeQuery>;
export type InternshipIntakeLazyQueryHookResult = ReturnType<typeof useInternshipIntakeLazyQuery>;
export type InternshipIntakeSuspenseQueryHookResult = ReturnType<
  typeof useInternshipIntakeSuspenseQuery
>;
export const OfferPlacementChoicesDocument = gql`
  query OfferPlacementChoices {
    departments {
      code
      name
      active
    }
    regions {
      code
      name
    }
    professions {
      code
      name
      active
    }
  }
`;
export function useOfferPlacementChoicesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    OfferPlacementChoicesQuery,
    OfferPlacementChoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OfferPlacementChoicesQuery, OfferPlacementChoicesQueryVariables>(
    OfferPlacementChoicesDocument,
    options,
  );
}
export function useOfferPlacementChoicesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    OfferPlacementChoicesQuery,
    OfferPlacementChoicesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    OfferPlacementChoicesQuery,
    OfferPlacementChoicesQueryVariables
  >(OfferPlacementChoicesDocument, options);
}
// @ts-ignore
export function useOfferPlacementChoicesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    OfferPlacementChoicesQuery,
    OfferPlacementChoicesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  OfferPlacementChoicesQuery,
  OfferPlacementChoicesQueryVariables
>;
export function useOfferPlacementChoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OfferPlacementChoicesQuery,
        OfferPlacementChoicesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  OfferPlacementChoicesQuery,
  OfferPlacementChoicesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOfferPlacementChoicesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OfferPlacementChoicesQuery,
        OfferPlacementChoicesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    OfferPlacementChoicesQuery,
    OfferPlacementChoicesQueryVariables
  >(OfferPlacementChoicesDocument, options);
}
export type OfferPlacementChoicesQueryHookResult = ReturnType<typeof useOfferPlacementChoicesQuery>;
export type OfferPlacementChoicesLazyQueryHookResult = ReturnType<
  typeof useOfferPlacementChoicesLazyQuery
>;
export type OfferPlacementChoicesSuspenseQueryHookResult = ReturnType<
  typeof useOfferPlacementChoicesSuspenseQuery
>;
export const CreateInternshipProgrammeDocument = gql`
  mutation CreateInternshipProgramme($input: CreateInternshipProgrammeInput!) {
    createInternshipProgramme(input: $input) {
      ...InternshipProgrammeFields
    }
  }
  ${InternshipProgrammeFieldsFragmentDoc}
`;
export function useCreateInternshipProgrammeMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CreateInternshipProgrammeMutation,
    CreateInternshipProgrammeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    CreateInternshipProgrammeMutation,
    CreateInternshipProgrammeMutationVariables
  >(CreateInternshipProgrammeDocument, options);
}
export type CreateInternshipProgrammeMutationHookResult = ReturnType<
  typeof useCreateInternshipProgrammeMutation
>;
export const OpenInternshipIntakeDocument = gql`
  mutation OpenInternshipIntake($input: OpenInternshipIntakeInput!) {
    openInternshipIntake(input: $input) {
      id
    }
  }
`;
export function useOpenInternshipIntakeMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    OpenInternshipIntakeMutation,
    OpenInternshipIntakeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    OpenInternshipIntakeMutation,
    OpenInternshipIntakeMutationVariables
  >(OpenInternshipIntakeDocument, options);
}
export type OpenInternshipIntakeMutationHookResult = ReturnType<
  typeof useOpenInternshipIntakeMutation
>;
export const OfferInternshipPlacementDocument = gql`
  mutation OfferInternshipPlacement($input: OfferPlacementInput!) {
    offerInternshipPlacement(input: $input) {
      ...IntakeFields
    }
  }
  ${IntakeFieldsFragmentDoc}
  ${PlacementPersonFieldsFragmentDoc}
`;
export function useOfferInternshipPlacementMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    OfferInternshipPlacementMutation,
    OfferInternshipPlacementMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    OfferInternshipPlacementMutation,
    OfferInternshipPlacementMutationVariables
  >(OfferInternshipPlacementDocument, options);
}
export type OfferInternshipPlacementMutationHookResult = ReturnType<
  typeof useOfferInternshipPlacementMutation
>;
export const RunInternshipMatchingDocument = gql`
  mutation RunInternshipMatching($input: RunInternshipMatchingInput!) {
    runInternshipMatching(input: $input) {
      ...IntakeFields
    }
  }
  ${IntakeFieldsFragmentDoc}
  ${PlacementPersonFieldsFragmentDoc}
`;
export function useRunInternshipMatchingMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RunInternshipMatchingMutation,
    RunInternshipMatchingMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RunInternshipMatchingMutation,
    RunInternshipMatchingMutationVariables
  >(RunInternshipMatchingDocument, options);
}
export type RunInternshipMatchingMutationHookResult = ReturnType<
  typeof useRunInternshipMatchingMutation
>;
export const ApproveInternshipMatchesDocument = gql`
  mutation ApproveInternshipMatches($input: ApproveInternshipMatchesInput!) {
    approveInternshipMatches(input: $input) {
      ...IntakeFields
    }
  }
  ${IntakeFieldsFragmentDoc}
  ${PlacementPersonFieldsFragmentDoc}
`;
export function useApproveInternshipMatchesMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ApproveInternshipMatchesMutation,
    ApproveInternshipMatchesMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ApproveInternshipMatchesMutation,
    ApproveInternshipMatchesMutationVariables
  >(ApproveInternshipMatchesDocument, options);
}
export type ApproveInternshipMatchesMutationHookResult = ReturnType<
  typeof useApproveInternshipMatchesMutation
>;
export const InternshipReportDocument = gql`
  query InternshipReport($programmeId: ID! = "") {
    internshipReport(programmeId: $programmeId) {
      programmeId
      programmeCode
      programmeName
      asOf
      placementsByDepartment {
        ...InternshipReportTableFields
      }
      training {
        ...InternshipReportTableFields
      }
      outcomes {
        ...InternshipReportTableFields
      }
      progression {
        ...InternshipReportTableFields
      }
    }
  }
  ${InternshipReportTableFieldsFragmentDoc}
  ${InternshipReportCellFieldsFragmentDoc}
`;
export function useInternshipReportQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    InternshipReportQuery,
    InternshipReportQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<InternshipReportQuery, InternshipReportQueryVariables>(
    InternshipReportDocument,
    options,
  );
}
export function useInternshipReportLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    InternshipReportQuery,
    InternshipReportQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<InternshipReportQuery, InternshipReportQueryVariables>(
    InternshipReportDocument,
    options,
  );
}
// @ts-ignore
export function useInternshipReportSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    InternshipReportQuery,
    InternshipReportQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<InternshipReportQuery, InternshipReportQueryVariables>;
export function useInternshipReportSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipReportQuery,
        InternshipReportQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  InternshipReportQuery,
  InternshipReportQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useInternshipReportSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        InternshipReportQuery,
        InternshipReportQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<InternshipReportQuery, InternshipReportQueryVariables>(
    InternshipReportDocument,
    options,
  );
}
export type InternshipReportQueryHookResult = ReturnType<typeof useInternshipReportQuery>;
export type InternshipReportLazyQueryHookResult = ReturnType<typeof useInternshipReportLazyQuery>;
export type InternshipReportSuspenseQueryHookResult = ReturnType<
  typeof useInternshipReportSuspenseQuery
>;
export const DepartmentInternshipsDocument = gql`
  query DepartmentInternships {
    departmentInternships {
      departments {
        code
        name
      }
      intakes {
        id
        code
        name
        programmeName
        applicationsOpen
        applicationsClose
        startDate
        termMonths
      }
      placements {
        id
        intakeId
        intakeName
        programmeName
        departmentName
        team
        gradeCode
        regionName
        workAreaName
        lineManagerName
        startDate
        termMonths
        endDate
        filled
        trainingStatus
        trainingCompletedOn
        outcome
        outcomeEffectiveDate
        internName
      }
    }
  }
`;
export function useDepartmentInternshipsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    DepartmentInternshipsQuery,
    DepartmentInternshipsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<DepartmentInternshipsQuery, DepartmentInternshipsQueryVariables>(
    DepartmentInternshipsDocument,
    options,
  );
}
export function useDepartmentInternshipsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    DepartmentInternshipsQuery,
    DepartmentInternshipsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    DepartmentInternshipsQuery,
    DepartmentInternshipsQueryVariables
  >(DepartmentInternshipsDocument, options);
}
// @ts-ignore
export function useDepartmentInternshipsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    DepartmentInternshipsQuery,
    DepartmentInternshipsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  DepartmentInternshipsQuery,
  DepartmentInternshipsQueryVariables
>;
export function useDepartmentInternshipsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        DepartmentInternshipsQuery,
        DepartmentInternshipsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  DepartmentInternshipsQuery,
  DepartmentInternshipsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useDepartmentInternshipsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        DepartmentInternshipsQuery,
        DepartmentInternshipsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    DepartmentInternshipsQuery,
    DepartmentInternshipsQueryVariables
  >(DepartmentInternshipsDocument, options);
}
export type DepartmentInternshipsQueryHookResult = ReturnType<typeof useDepartmentInternshipsQuery>;
export type DepartmentInternshipsLazyQueryHookResult = ReturnType<
  typeof useDepartmentInternshipsLazyQuery
>;
export type DepartmentInternshipsSuspenseQueryHookResult = ReturnType<
  typeof useDepartmentInternshipsSuspenseQuery
>;
export const OfferDepartmentPlacementDocument = gql`
  mutation OfferDepartmentPlacement($input: OfferPlacementInput!) {
    offerDepartmentPlacement(input: $input) {
      id
    }
  }
`;
export function useOfferDepartmentPlacementMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    OfferDepartmentPlacementMutation,
    OfferDepartmentPlacementMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    OfferDepartmentPlacementMutation,
    OfferDepartmentPlacementMutationVariables
  >(OfferDepartmentPlacementDocument, options);
}
export type OfferDepartmentPlacementMutationHookResult = ReturnType<
  typeof useOfferDepartmentPlacementMutation
>;
export const ManagedPlacementsDocument = gql`
  query ManagedPlacements {
    managedPlacements {
      ...ManagedPlacementFields
    }
  }
  ${ManagedPlacementFieldsFragmentDoc}
`;
export function useManagedPlacementsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ManagedPlacementsQuery,
    ManagedPlacementsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ManagedPlacementsQuery, ManagedPlacementsQueryVariables>(
    ManagedPlacementsDocument,
    options,
  );
}
export function useManagedPlacementsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ManagedPlacementsQuery,
    ManagedPlacementsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ManagedPlacementsQuery, ManagedPlacementsQueryVariables>(
    ManagedPlacementsDocument,
    options,
  );
}
// @ts-ignore
export function useManagedPlacementsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ManagedPlacementsQuery,
    ManagedPlacementsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ManagedPlacementsQuery, ManagedPlacementsQueryVariables>;
export function useManagedPlacementsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ManagedPlacementsQuery,
        ManagedPlacementsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ManagedPlacementsQuery,
  ManagedPlacementsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useManagedPlacementsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ManagedPlacementsQuery,
        ManagedPlacementsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ManagedPlacementsQuery, ManagedPlacementsQueryVariables>(
    ManagedPlacementsDocument,
    options,
  );
}
export type ManagedPlacementsQueryHookResult = ReturnType<typeof useManagedPlacementsQuery>;
export type ManagedPlacementsLazyQueryHookResult = ReturnType<typeof useManagedPlacementsLazyQuery>;
export type ManagedPlacementsSuspenseQueryHookResult = ReturnType<
  typeof useManagedPlacementsSuspenseQuery
>;
export const ManagedPlacementDocument = gql`
  query ManagedPlacement($id: ID! = "") {
    managedPlacement(id: $id) {
      ...ManagedPlacementFields
    }
  }
  ${ManagedPlacementFieldsFragmentDoc}
`;
export function useManagedPlacementQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ManagedPlacementQuery,
    ManagedPlacementQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ManagedPlacementQuery, ManagedPlacementQueryVariables>(
    ManagedPlacementDocument,
    options,
  );
}
export function useManagedPlacementLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ManagedPlacementQuery,
    ManagedPlacementQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ManagedPlacementQuery, ManagedPlacementQueryVariables>(
    ManagedPlacementDocument,
    options,
  );
}
// @ts-ignore
export function useManagedPlacementSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ManagedPlacementQuery,
    ManagedPlacementQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ManagedPlacementQuery, ManagedPlacementQueryVariables>;
export function useManagedPlacementSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ManagedPlacementQuery,
        ManagedPlacementQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ManagedPlacementQuery,
  ManagedPlacementQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useManagedPlacementSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ManagedPlacementQuery,
        ManagedPlacementQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ManagedPlacementQuery, ManagedPlacementQueryVariables>(
    ManagedPlacementDocument,
    options,
  );
}
export type ManagedPlacementQueryHookResult = ReturnType<typeof useManagedPlacementQuery>;
export type ManagedPlacementLazyQueryHookResult = ReturnType<typeof useManagedPlacementLazyQuery>;
export type ManagedPlacementSuspenseQueryHookResult = ReturnType<
  typeof useManagedPlacementSuspenseQuery
>;
export const RecordLineManagerTrainingDocument = gql`
  mutation RecordLineManagerTraining($input: RecordLineManagerTrainingInput!) {
    recordLineManagerTraining(input: $input) {
      ...ManagedPlacementFields
    }
  }
  ${ManagedPlacementFieldsFragmentDoc}
`;
export function useRecordLineManagerTrainingMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordLineManagerTrainingMutation,
    RecordLineManagerTrainingMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordLineManagerTrainingMutation,
    RecordLineManagerTrainingMutationVariables
  >(RecordLineManagerTrainingDocument, options);
}
export type RecordLineManagerTrainingMutationHookResult = ReturnType<
  typeof useRecordLineManagerTrainingMutation
>;
export const RecordInternCheckInDocument = gql`
  mutation RecordInternCheckIn($input: RecordInternCheckInInput!) {
    recordInternCheckIn(input: $input) {
      ...ManagedPlacementFields
    }
  }
  ${ManagedPlacementFieldsFragmentDoc}
`;
export function useRecordInternCheckInMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordInternCheckInMutation,
    RecordInternCheckInMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordInternCheckInMutation,
    RecordInternCheckInMutationVariables
  >(RecordInternCheckInDocument, options);
}
export type RecordInternCheckInMutationHookResult = ReturnType<
  typeof useRecordInternCheckInMutation
>;
export const RecordPlacementOutcomeDocument = gql`
  mutation RecordPlacementOutcome($input: RecordPlacementOutcomeInput!) {
    recordPlacementOutcome(input: $input) {
      ...ManagedPlacementFields
    }
  }
  ${ManagedPlacementFieldsFragmentDoc}
`;
export function useRecordPlacementOutcomeMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordPlacementOutcomeMutation,
    RecordPlacementOutcomeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordPlacementOutcomeMutation,
    RecordPlacementOutcomeMutationVariables
  >(RecordPlacementOutcomeDocument, options);
}
export type RecordPlacementOutcomeMutationHookResult = ReturnType<
  typeof useRecordPlacementOutcomeMutation
>;
export const LeadCohortDocument = gql`
  query LeadCohort($id: ID!) {
    cohort(id: $id) {
      ...LeadCohortSummary
      programmeId
      programme {
        id
        code
        name
        type
        youLead
      }
    }
  }
  ${LeadCohortSummaryFragmentDoc}
`;
export function useLeadCohortQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<LeadCohortQuery, LeadCohortQueryVariables> &
    ({ variables: LeadCohortQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<LeadCohortQuery, LeadCohortQueryVariables>(
    LeadCohortDocument,
    options,
  );
}
export function useLeadCohortLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<LeadCohortQuery, LeadCohortQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<LeadCohortQuery, LeadCohortQueryVariables>(
    LeadCohortDocument,
    options,
  );
}
// @ts-ignore
export function useLeadCohortSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<LeadCohortQuery, LeadCohortQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<LeadCohortQuery, LeadCohortQueryVariables>;
export function useLeadCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LeadCohortQuery, LeadCohortQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  LeadCohortQuery,
  LeadCohortQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useLeadCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LeadCohortQuery, LeadCohortQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<LeadCohortQuery, LeadCohortQueryVariables>(
    LeadCohortDocument,
    options,
  );
}
export type LeadCohortQueryHookResult = ReturnType<typeof useLeadCohortQuery>;
export type LeadCohortLazyQueryHookResult = ReturnType<typeof useLeadCohortLazyQuery>;
export type LeadCohortSuspenseQueryHookResult = ReturnType<typeof useLeadCohortSuspenseQuery>;
export const CohortApplicationsDocument = gql`
  query CohortApplications($cohortId: ID!) {
    cohortApplications(cohortId: $cohortId) {
      applicationId
      appliedAt
      status
      eligible
      topics
      person {
        ...PersonName
      }
    }
  }
  ${PersonNameFragmentDoc}
`;
export function useCohortApplicationsQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    CohortApplicationsQuery,
    CohortApplicationsQueryVariables
  > &
    ({ variables: CohortApplicationsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CohortApplicationsQuery, CohortApplicationsQueryVariables>(
    CohortApplicationsDocument,
    options,
  );
}
export function useCohortApplicationsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    CohortApplicationsQuery,
    CohortApplicationsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CohortApplicationsQuery, CohortApplicationsQueryVariables>(
    CohortApplicationsDocument,
    options,
  );
}
// @ts-ignore
export function useCohortApplicationsSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    CohortApplicationsQuery,
    CohortApplicationsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  CohortApplicationsQuery,
  CohortApplicationsQueryVariables
>;
export function useCohortApplicationsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortApplicationsQuery,
        CohortApplicationsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  CohortApplicationsQuery,
  CohortApplicationsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCohortApplicationsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortApplicationsQuery,
        CohortApplicationsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    CohortApplicationsQuery,
    CohortApplicationsQueryVariables
  >(CohortApplicationsDocument, options);
}
export type CohortApplicationsQueryHookResult = ReturnType<typeof useCohortApplicationsQuery>;
export type CohortApplicationsLazyQueryHookResult = ReturnType<
  typeof useCohortApplicationsLazyQuery
>;
export type CohortApplicationsSuspenseQueryHookResult = ReturnType<
  typeof useCohortApplicationsSuspenseQuery
>;
export const CohortMentorsDocument = gql`
  query CohortMentors($cohortId: ID!) {
    cohortMentors(cohortId: $cohortId) {
      id
      capacity
      seatsTaken
      paused
      topics
      professions
      person {
        ...PersonName
      }
    }
  }
  ${PersonNameFragmentDoc}
`;
export function useCohortMentorsQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<CohortMentorsQuery, CohortMentorsQueryVariables> &
    ({ variables: CohortMentorsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CohortMentorsQuery, CohortMentorsQueryVariables>(
    CohortMentorsDocument,
    options,
  );
}
export function useCohortMentorsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    CohortMentorsQuery,
    CohortMentorsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CohortMentorsQuery, CohortMentorsQueryVariables>(
    CohortMentorsDocument,
    options,
  );
}
// @ts-ignore
export function useCohortMentorsSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    CohortMentorsQuery,
    CohortMentorsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<CohortMentorsQuery, CohortMentorsQueryVariables>;
export function useCohortMentorsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CohortMentorsQuery, CohortMentorsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  CohortMentorsQuery,
  CohortMentorsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCohortMentorsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<CohortMentorsQuery, CohortMentorsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<CohortMentorsQuery, CohortMentorsQueryVariables>(
    CohortMentorsDocument,
    options,
  );
}
export type CohortMentorsQueryHookResult = ReturnType<typeof useCohortMentorsQuery>;
export type CohortMentorsLazyQueryHookResult = ReturnType<typeof useCohortMentorsLazyQuery>;
export type CohortMentorsSuspenseQueryHookResult = ReturnType<typeof useCohortMentorsSuspenseQuery>;
export const CohortRelationshipsDocument = gql`
  query CohortRelationships($cohortId: ID!) {
    cohortRelationships(cohortId: $cohortId) {
      id
      status
      score
      locked
      startedOn
      endedOn
      sessionCount
      lastSessionOn
      inactiveSince
      declineReason
      mentee {
        applicationId
        person {
          ...PersonName
        }
      }
      mentor {
        person {
          ...PersonName
        }
      }
    }
  }
  ${PersonNameFragmentDoc}
`;
export function useCohortRelationshipsQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    CohortRelationshipsQuery,
    CohortRelationshipsQueryVariables
  > &
    ({ variables: CohortRelationshipsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CohortRelationshipsQuery, CohortRelationshipsQueryVariables>(
    CohortRelationshipsDocument,
    options,
  );
}
export function useCohortRelationshipsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    CohortRelationshipsQuery,
    CohortRelationshipsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CohortRelationshipsQuery, CohortRelationshipsQueryVariables>(
    CohortRelationshipsDocument,
    options,
  );
}
// @ts-ignore
export function useCohortRelationshipsSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    CohortRelationshipsQuery,
    CohortRelationshipsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  CohortRelationshipsQuery,
  CohortRelationshipsQueryVariables
>;
export function useCohortRelationshipsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortRelationshipsQuery,
        CohortRelationshipsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  CohortRelationshipsQuery,
  CohortRelationshipsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCohortRelationshipsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortRelationshipsQuery,
        CohortRelationshipsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    CohortRelationshipsQuery,
    CohortRelationshipsQueryVariables
  >(CohortRelationshipsDocument, options);
}
export type CohortRelationshipsQueryHookResult = ReturnType<typeof useCohortRelationshipsQuery>;
export type CohortRelationshipsLazyQueryHookResult = ReturnType<
  typeof useCohortRelationshipsLazyQuery
>;
export type CohortRelationshipsSuspenseQueryHookResult = ReturnType<
  typeof useCohortRelationshipsSuspenseQuery
>;
export const CohortExportCsvDocument = gql`
  query CohortExportCsv($cohortId: ID!) {
    cohortExportCsv(cohortId: $cohortId)
  }
`;
export function useCohortExportCsvQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    CohortExportCsvQuery,
    CohortExportCsvQueryVariables
  > &
    ({ variables: CohortExportCsvQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<CohortExportCsvQuery, CohortExportCsvQueryVariables>(
    CohortExportCsvDocument,
    options,
  );
}
export function useCohortExportCsvLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    CohortExportCsvQuery,
    CohortExportCsvQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<CohortExportCsvQuery, CohortExportCsvQueryVariables>(
    CohortExportCsvDocument,
    options,
  );
}
// @ts-ignore
export function useCohortExportCsvSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    CohortExportCsvQuery,
    CohortExportCsvQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<CohortExportCsvQuery, CohortExportCsvQueryVariables>;
export function useCohortExportCsvSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortExportCsvQuery,
        CohortExportCsvQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  CohortExportCsvQuery,
  CohortExportCsvQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCohortExportCsvSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CohortExportCsvQuery,
        CohortExportCsvQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<CohortExportCsvQuery, CohortExportCsvQueryVariables>(
    CohortExportCsvDocument,
    options,
  );
}
export type CohortExportCsvQueryHookResult = ReturnType<typeof useCohortExportCsvQuery>;
export type CohortExportCsvLazyQueryHookResult = ReturnType<typeof useCohortExportCsvLazyQuery>;
export type CohortExportCsvSuspenseQueryHookResult = ReturnType<
  typeof useCohortExportCsvSuspenseQuery
>;
export const MatchingRunDocument = gql`
  query MatchingRun($cohortId: ID!) {
    matchingRun(cohortId: $cohortId) {
      ...MatchingBoard
    }
  }
  ${MatchingBoardFragmentDoc}
  ${MatchingPairFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useMatchingRunQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<MatchingRunQuery, MatchingRunQueryVariables> &
    ({ variables: MatchingRunQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MatchingRunQuery, MatchingRunQueryVariables>(
    MatchingRunDocument,
    options,
  );
}
export function useMatchingRunLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MatchingRunQuery, MatchingRunQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MatchingRunQuery, MatchingRunQueryVariables>(
    MatchingRunDocument,
    options,
  );
}
// @ts-ignore
export function useMatchingRunSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    MatchingRunQuery,
    MatchingRunQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MatchingRunQuery, MatchingRunQueryVariables>;
export function useMatchingRunSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MatchingRunQuery, MatchingRunQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MatchingRunQuery,
  MatchingRunQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMatchingRunSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MatchingRunQuery, MatchingRunQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MatchingRunQuery, MatchingRunQueryVariables>(
    MatchingRunDocument,
    options,
  );
}
export type MatchingRunQueryHookResult = ReturnType<typeof useMatchingRunQuery>;
export type MatchingRunLazyQueryHookResult = ReturnType<typeof useMatchingRunLazyQuery>;
export type MatchingRunSuspenseQueryHookResult = ReturnType<typeof useMatchingRunSuspenseQuery>;
export const RunMatchingDocument = gql`
  mutation RunMatching($input: RunMatchingInput!) {
    runMatching(input: $input) {
      ...MatchingBoard
    }
  }
  ${MatchingBoardFragmentDoc}
  ${MatchingPairFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useRunMatchingMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RunMatchingMutation,
    RunMatchingMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<RunMatchingMutation, RunMatchingMutationVariables>(
    RunMatchingDocument,
    options,
  );
}
export type RunMatchingMutationHookResult = ReturnType<typeof useRunMatchingMutation>;
export const ApproveProposalsDocument = gql`
  mutation ApproveProposals($input: ApproveProposalsInput!) {
    approveProposals(input: $input) {
      id
      status
    }
  }
`;
export function useApproveProposalsMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ApproveProposalsMutation,
    ApproveProposalsMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ApproveProposalsMutation, ApproveProposalsMutationVariables>(
    ApproveProposalsDocument,
    options,
  );
}
export type ApproveProposalsMutationHookResult = ReturnType<typeof useApproveProposalsMutation>;
export const ReplacePairDocument = gql`
  mutation ReplacePair($input: ReplacePairInput!) {
    replacePair(input: $input) {
      ...MatchingPair
    }
  }
  ${MatchingPairFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useReplacePairMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ReplacePairMutation,
    ReplacePairMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ReplacePairMutation, ReplacePairMutationVariables>(
    ReplacePairDocument,
    options,
  );
}
export type ReplacePairMutationHookResult = ReturnType<typeof useReplacePairMutation>;
export const MatchingFairnessDocument = gql`
  query MatchingFairness($cohortId: ID!) {
    matchingFairness(cohortId: $cohortId) {
      runId
      createdAt
      rows {
        sebGroup
        mentees
        matched
        matchRate
        meanScore
        suppressed
      }
    }
  }
`;
export function useMatchingFairnessQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    MatchingFairnessQuery,
    MatchingFairnessQueryVariables
  > &
    ({ variables: MatchingFairnessQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MatchingFairnessQuery, MatchingFairnessQueryVariables>(
    MatchingFairnessDocument,
    options,
  );
}
export function useMatchingFairnessLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MatchingFairnessQuery,
    MatchingFairnessQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MatchingFairnessQuery, MatchingFairnessQueryVariables>(
    MatchingFairnessDocument,
    options,
  );
}
// @ts-ignore
export function useMatchingFairnessSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    MatchingFairnessQuery,
    MatchingFairnessQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MatchingFairnessQuery, MatchingFairnessQueryVariables>;
export function useMatchingFairnessSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MatchingFairnessQuery,
        MatchingFairnessQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  MatchingFairnessQuery,
  MatchingFairnessQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMatchingFairnessSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MatchingFairnessQuery,
        MatchingFairnessQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MatchingFairnessQuery, MatchingFairnessQueryVariables>(
    MatchingFairnessDocument,
    options,
  );
}
export type MatchingFairnessQueryHookResult = ReturnType<typeof useMatchingFairnessQuery>;
export type MatchingFairnessLazyQueryHookResult = ReturnType<typeof useMatchingFairnessLazyQuery>;
export type MatchingFairnessSuspenseQueryHookResult = ReturnType<
  typeof useMatchingFairnessSuspenseQuery
>;
export const OpenProgrammesDocument = gql`
  query OpenProgrammes {
    openProgrammes {
      id
      code
      name
      type
      description
      durationMonths
      myEligibility {
        eligible
        reasons
      }
      openCohorts {
        ...OpenCohort
      }
    }
  }
  ${OpenCohortFragmentDoc}
`;
export function useOpenProgrammesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    OpenProgrammesQuery,
    OpenProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OpenProgrammesQuery, OpenProgrammesQueryVariables>(
    OpenProgrammesDocument,
    options,
  );
}
export function useOpenProgrammesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    OpenProgrammesQuery,
    OpenProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<OpenProgrammesQuery, OpenProgrammesQueryVariables>(
    OpenProgrammesDocument,
    options,
  );
}
// @ts-ignore
export function useOpenProgrammesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    OpenProgrammesQuery,
    OpenProgrammesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<OpenProgrammesQuery, OpenProgrammesQueryVariables>;
export function useOpenProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OpenProgrammesQuery, OpenProgrammesQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  OpenProgrammesQuery,
  OpenProgrammesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOpenProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OpenProgrammesQuery, OpenProgrammesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<OpenProgrammesQuery, OpenProgrammesQueryVariables>(
    OpenProgrammesDocument,
    options,
  );
}
export type OpenProgrammesQueryHookResult = ReturnType<typeof useOpenProgrammesQuery>;
export type OpenProgrammesLazyQueryHookResult = ReturnType<typeof useOpenProgrammesLazyQuery>;
export type OpenProgrammesSuspenseQueryHookResult = ReturnType<
  typeof useOpenProgrammesSuspenseQuery
>;
export const MyApplicationsDocument = gql`
  query MyApplications {
    myApplications {
      ...MyApplication
      cohort {
        id
        code
        name
        programme {
          id
          name
        }
      }
    }
  }
  ${MyApplicationFragmentDoc}
`;
export function useMyApplicationsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyApplicationsQuery,
    MyApplicationsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyApplicationsQuery, MyApplicationsQueryVariables>(
    MyApplicationsDocument,
    options,
  );
}
export function useMyApplicationsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyApplicationsQuery,
    MyApplicationsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyApplicationsQuery, MyApplicationsQueryVariables>(
    MyApplicationsDocument,
    options,
  );
}
// @ts-ignore
export function useMyApplicationsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyApplicationsQuery,
    MyApplicationsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyApplicationsQuery, MyApplicationsQueryVariables>;
export function useMyApplicationsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyApplicationsQuery, MyApplicationsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyApplicationsQuery,
  MyApplicationsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyApplicationsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyApplicationsQuery, MyApplicationsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyApplicationsQuery, MyApplicationsQueryVariables>(
    MyApplicationsDocument,
    options,
  );
}
export type MyApplicationsQueryHookResult = ReturnType<typeof useMyApplicationsQuery>;
export type MyApplicationsLazyQueryHookResult = ReturnType<typeof useMyApplicationsLazyQuery>;
export type MyApplicationsSuspenseQueryHookResult = ReturnType<
  typeof useMyApplicationsSuspenseQuery
>;
export const ApplicationOptionsDocument = gql`
  query ApplicationOptions {
    mentoringTopics {
      code
      label
    }
    regions {
      code
      name
    }
  }
`;
export function useApplicationOptionsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ApplicationOptionsQuery,
    ApplicationOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ApplicationOptionsQuery, ApplicationOptionsQueryVariables>(
    ApplicationOptionsDocument,
    options,
  );
}
export function useApplicationOptionsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ApplicationOptionsQuery,
    ApplicationOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ApplicationOptionsQuery, ApplicationOptionsQueryVariables>(
    ApplicationOptionsDocument,
    options,
  );
}
// @ts-ignore
export function useApplicationOptionsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ApplicationOptionsQuery,
    ApplicationOptionsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  ApplicationOptionsQuery,
  ApplicationOptionsQueryVariables
>;
export function useApplicationOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ApplicationOptionsQuery,
        ApplicationOptionsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ApplicationOptionsQuery,
  ApplicationOptionsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useApplicationOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ApplicationOptionsQuery,
        ApplicationOptionsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    ApplicationOptionsQuery,
    ApplicationOptionsQueryVariables
  >(ApplicationOptionsDocument, options);
}
export type ApplicationOptionsQueryHookResult = ReturnType<typeof useApplicationOptionsQuery>;
export type ApplicationOptionsLazyQueryHookResult = ReturnType<
  typeof useApplicationOptionsLazyQuery
>;
export type ApplicationOptionsSuspenseQueryHookResult = ReturnType<
  typeof useApplicationOptionsSuspenseQuery
>;
export const ApplyCohortDocument = gql`
  query ApplyCohort($id: ID!) {
    cohort(id: $id) {
      ...OpenCohort
      programme {
        id
        name
        type
      }
    }
  }
  ${OpenCohortFragmentDoc}
`;
export function useApplyCohortQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<ApplyCohortQuery, ApplyCohortQueryVariables> &
    ({ variables: ApplyCohortQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ApplyCohortQuery, ApplyCohortQueryVariables>(
    ApplyCohortDocument,
    options,
  );
}
export function useApplyCohortLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<ApplyCohortQuery, ApplyCohortQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ApplyCohortQuery, ApplyCohortQueryVariables>(
    ApplyCohortDocument,
    options,
  );
}
// @ts-ignore
export function useApplyCohortSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    ApplyCohortQuery,
    ApplyCohortQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ApplyCohortQuery, ApplyCohortQueryVariables>;
export function useApplyCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ApplyCohortQuery, ApplyCohortQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ApplyCohortQuery,
  ApplyCohortQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useApplyCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ApplyCohortQuery, ApplyCohortQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ApplyCohortQuery, ApplyCohortQueryVariables>(
    ApplyCohortDocument,
    options,
  );
}
export type ApplyCohortQueryHookResult = ReturnType<typeof useApplyCohortQuery>;
export type ApplyCohortLazyQueryHookResult = ReturnType<typeof useApplyCohortLazyQuery>;
export type ApplyCohortSuspenseQueryHookResult = ReturnType<typeof useApplyCohortSuspenseQuery>;
export const ApplyToCohortDocument = gql`
  mutation ApplyToCohort($input: ApplyToCohortInput!) {
    applyToCohort(input: $input) {
      ...MyApplication
    }
  }
  ${MyApplicationFragmentDoc}
`;
export function useApplyToCohortMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ApplyToCohortMutation,
    ApplyToCohortMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<ApplyToCohortMutation, ApplyToCohortMutationVariables>(
    ApplyToCohortDocument,
    options,
  );
}
export type ApplyToCohortMutationHookResult = ReturnType<typeof useApplyToCohortMutation>;
export const WithdrawApplicationDocument = gql`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      ...MyApplication
    }
  }
  ${MyApplicationFragmentDoc}
`;
export function useWithdrawApplicationMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    WithdrawApplicationMutation,
    WithdrawApplicationMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    WithdrawApplicationMutation,
    WithdrawApplicationMutationVariables
  >(WithdrawApplicationDocument, options);
}
export type WithdrawApplicationMutationHookResult = ReturnType<
  typeof useWithdrawApplicationMutation
>;
export const MyMentorOffersDocument = gql`
  query MyMentorOffers {
    myMentorOffers {
      ...MyMentorOffer
      cohort {
        id
        code
        name
        startDate
        programme {
          id
          name
        }
      }
    }
  }
  ${MyMentorOfferFragmentDoc}
`;
export function useMyMentorOffersQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyMentorOffersQuery,
    MyMentorOffersQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyMentorOffersQuery, MyMentorOffersQueryVariables>(
    MyMentorOffersDocument,
    options,
  );
}
export function useMyMentorOffersLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyMentorOffersQuery,
    MyMentorOffersQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyMentorOffersQuery, MyMentorOffersQueryVariables>(
    MyMentorOffersDocument,
    options,
  );
}
// @ts-ignore
export function useMyMentorOffersSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyMentorOffersQuery,
    MyMentorOffersQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyMentorOffersQuery, MyMentorOffersQueryVariables>;
export function useMyMentorOffersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyMentorOffersQuery, MyMentorOffersQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyMentorOffersQuery,
  MyMentorOffersQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyMentorOffersSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyMentorOffersQuery, MyMentorOffersQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyMentorOffersQuery, MyMentorOffersQueryVariables>(
    MyMentorOffersDocument,
    options,
  );
}
export type MyMentorOffersQueryHookResult = ReturnType<typeof useMyMentorOffersQuery>;
export type MyMentorOffersLazyQueryHookResult = ReturnType<typeof useMyMentorOffersLazyQuery>;
export type MyMentorOffersSuspenseQueryHookResult = ReturnType<
  typeof useMyMentorOffersSuspenseQuery
>;
export const VolunteerOptionsDocument = gql`
  query VolunteerOptions {
    mentoringTopics {
      code
      label
    }
    professions {
      code
      name
      active
    }
  }
`;
export function useVolunteerOptionsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    VolunteerOptionsQuery,
    VolunteerOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<VolunteerOptionsQuery, VolunteerOptionsQueryVariables>(
    VolunteerOptionsDocument,
    options,
  );
}
export function useVolunteerOptionsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    VolunteerOptionsQuery,
    VolunteerOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<VolunteerOptionsQuery, VolunteerOptionsQueryVariables>(
    VolunteerOptionsDocument,
    options,
  );
}
// @ts-ignore
export function useVolunteerOptionsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    VolunteerOptionsQuery,
    VolunteerOptionsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<VolunteerOptionsQuery, VolunteerOptionsQueryVariables>;
export function useVolunteerOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VolunteerOptionsQuery,
        VolunteerOptionsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  VolunteerOptionsQuery,
  VolunteerOptionsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useVolunteerOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VolunteerOptionsQuery,
        VolunteerOptionsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<VolunteerOptionsQuery, VolunteerOptionsQueryVariables>(
    VolunteerOptionsDocument,
    options,
  );
}
export type VolunteerOptionsQueryHookResult = ReturnType<typeof useVolunteerOptionsQuery>;
export type VolunteerOptionsLazyQueryHookResult = ReturnType<typeof useVolunteerOptionsLazyQuery>;
export type VolunteerOptionsSuspenseQueryHookResult = ReturnType<
  typeof useVolunteerOptionsSuspenseQuery
>;
export const VolunteerAsMentorDocument = gql`
  mutation VolunteerAsMentor($input: VolunteerAsMentorInput!) {
    volunteerAsMentor(input: $input) {
      ...MyMentorOffer
    }
  }
  ${MyMentorOfferFragmentDoc}
`;
export function useVolunteerAsMentorMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    VolunteerAsMentorMutation,
    VolunteerAsMentorMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    VolunteerAsMentorMutation,
    VolunteerAsMentorMutationVariables
  >(VolunteerAsMentorDocument, options);
}
export type VolunteerAsMentorMutationHookResult = ReturnType<typeof useVolunteerAsMentorMutation>;
export const SetMentorPausedDocument = gql`
  mutation SetMentorPaused($input: SetMentorPausedInput!) {
    setMentorPaused(input: $input) {
      id
      paused
    }
  }
`;
export function useSetMentorPausedMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SetMentorPausedMutation,
    SetMentorPausedMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SetMentorPausedMutation, SetMentorPausedMutationVariables>(
    SetMentorPausedDocument,
    options,
  );
}
export type SetMentorPausedMutationHookResult = ReturnType<typeof useSetMentorPausedMutation>;
export const MyMentorProposalsDocument = gql`
  query MyMentorProposals {
    myMentorProposals {
      id
      status
      proposedAt
      awaitingMyResponse
      cohort {
        id
        name
        programme {
          id
          name
        }
      }
      mentee {
        applicationId
        goals
        topics
        availability
        professionPreference
        departmentPreference
        person {
          ...PersonName
        }
      }
    }
  }
  ${PersonNameFragmentDoc}
`;
export function useMyMentorProposalsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyMentorProposalsQuery,
    MyMentorProposalsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyMentorProposalsQuery, MyMentorProposalsQueryVariables>(
    MyMentorProposalsDocument,
    options,
  );
}
export function useMyMentorProposalsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyMentorProposalsQuery,
    MyMentorProposalsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyMentorProposalsQuery, MyMentorProposalsQueryVariables>(
    MyMentorProposalsDocument,
    options,
  );
}
// @ts-ignore
export function useMyMentorProposalsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyMentorProposalsQuery,
    MyMentorProposalsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyMentorProposalsQuery, MyMentorProposalsQueryVariables>;
export function useMyMentorProposalsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyMentorProposalsQuery,
        MyMentorProposalsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyMentorProposalsQuery,
  MyMentorProposalsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyMentorProposalsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyMentorProposalsQuery,
        MyMentorProposalsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyMentorProposalsQuery, MyMentorProposalsQueryVariables>(
    MyMentorProposalsDocument,
    options,
  );
}
export type MyMentorProposalsQueryHookResult = ReturnType<typeof useMyMentorProposalsQuery>;
export type MyMentorProposalsLazyQueryHookResult = ReturnType<typeof useMyMentorProposalsLazyQuery>;
export type MyMentorProposalsSuspenseQueryHookResult = ReturnType<
  typeof useMyMentorProposalsSuspenseQuery
>;
export const AcceptProposalDocument = gql`
  mutation AcceptProposal($input: AcceptProposalInput!) {
    acceptProposal(input: $input) {
      id
      status
      awaitingMyResponse
      startedOn
    }
  }
`;
export function useAcceptProposalMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    AcceptProposalMutation,
    AcceptProposalMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<AcceptProposalMutation, AcceptProposalMutationVariables>(
    AcceptProposalDocument,
    options,
  );
}
export type AcceptProposalMutationHookResult = ReturnType<typeof useAcceptProposalMutation>;
export const DeclineProposalDocument = gql`
  mutation DeclineProposal($input: DeclineProposalInput!) {
    declineProposal(input: $input) {
      id
      status
      awaitingMyResponse
    }
  }
`;
export function useDeclineProposalMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    DeclineProposalMutation,
    DeclineProposalMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<DeclineProposalMutation, DeclineProposalMutationVariables>(
    DeclineProposalDocument,
    options,
  );
}
export type DeclineProposalMutationHookResult = ReturnType<typeof useDeclineProposalMutation>;
export const VolunteerCohortDocument = gql`
  query VolunteerCohort($id: ID!) {
    cohort(id: $id) {
      id
      code
      name
      startDate
      myMentorOffer {
        ...MyMentorOffer
      }
      programme {
        id
        name
        type
        participatingDepartments
        matchingRules {
          mentorMinimumGrade
          defaultMentorCapacity
        }
      }
    }
  }
  ${MyMentorOfferFragmentDoc}
`;
export function useVolunteerCohortQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    VolunteerCohortQuery,
    VolunteerCohortQueryVariables
  > &
    ({ variables: VolunteerCohortQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<VolunteerCohortQuery, VolunteerCohortQueryVariables>(
    VolunteerCohortDocument,
    options,
  );
}
export function useVolunteerCohortLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    VolunteerCohortQuery,
    VolunteerCohortQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<VolunteerCohortQuery, VolunteerCohortQueryVariables>(
    VolunteerCohortDocument,
    options,
  );
}
// @ts-ignore
export function useVolunteerCohortSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    VolunteerCohortQuery,
    VolunteerCohortQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<VolunteerCohortQuery, VolunteerCohortQueryVariables>;
export function useVolunteerCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VolunteerCohortQuery,
        VolunteerCohortQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  VolunteerCohortQuery,
  VolunteerCohortQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useVolunteerCohortSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VolunteerCohortQuery,
        VolunteerCohortQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<VolunteerCohortQuery, VolunteerCohortQueryVariables>(
    VolunteerCohortDocument,
    options,
  );
}
export type VolunteerCohortQueryHookResult = ReturnType<typeof useVolunteerCohortQuery>;
export type VolunteerCohortLazyQueryHookResult = ReturnType<typeof useVolunteerCohortLazyQuery>;
export type VolunteerCohortSuspenseQueryHookResult = ReturnType<
  typeof useVolunteerCohortSuspenseQuery
>;
export const UnreadNotificationCountDocument = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;
export function useUnreadNotificationCountQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >(UnreadNotificationCountDocument, options);
}
export function useUnreadNotificationCountLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >(UnreadNotificationCountDocument, options);
}
// @ts-ignore
export function useUnreadNotificationCountSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables
>;
export function useUnreadNotificationCountSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        UnreadNotificationCountQuery,
        UnreadNotificationCountQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useUnreadNotificationCountSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        UnreadNotificationCountQuery,
        UnreadNotificationCountQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    UnreadNotificationCountQuery,
    UnreadNotificationCountQueryVariables
  >(UnreadNotificationCountDocument, options);
}
export type UnreadNotificationCountQueryHookResult = ReturnType<
  typeof useUnreadNotificationCountQuery
>;
export type UnreadNotificationCountLazyQueryHookResult = ReturnType<
  typeof useUnreadNotificationCountLazyQuery
>;
export type UnreadNotificationCountSuspenseQueryHookResult = ReturnType<
  typeof useUnreadNotificationCountSuspenseQuery
>;
export const MyNotificationsDocument = gql`
  query MyNotifications($input: MyNotificationsInput) {
    myNotifications(input: $input) {
      id
      kind
      title
      body
      link
      createdAt
      readAt
    }
  }
`;
export function useMyNotificationsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyNotificationsQuery,
    MyNotificationsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyNotificationsQuery, MyNotificationsQueryVariables>(
    MyNotificationsDocument,
    options,
  );
}
export function useMyNotificationsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyNotificationsQuery,
    MyNotificationsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyNotificationsQuery, MyNotificationsQueryVariables>(
    MyNotificationsDocument,
    options,
  );
}
// @ts-ignore
export function useMyNotificationsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyNotificationsQuery,
    MyNotificationsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyNotificationsQuery, MyNotificationsQueryVariables>;
export function useMyNotificationsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyNotificationsQuery,
        MyNotificationsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyNotificationsQuery,
  MyNotificationsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyNotificationsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyNotificationsQuery,
        MyNotificationsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyNotificationsQuery, MyNotificationsQueryVariables>(
    MyNotificationsDocument,
    options,
  );
}
export type MyNotificationsQueryHookResult = ReturnType<typeof useMyNotificationsQuery>;
export type MyNotificationsLazyQueryHookResult = ReturnType<typeof useMyNotificationsLazyQuery>;
export type MyNotificationsSuspenseQueryHookResult = ReturnType<
  typeof useMyNotificationsSuspenseQuery
>;
export const MarkNotificationReadDocument = gql`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`;
export function useMarkNotificationReadMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    MarkNotificationReadMutation,
    MarkNotificationReadMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    MarkNotificationReadMutation,
    MarkNotificationReadMutationVariables
  >(MarkNotificationReadDocument, options);
}
export type MarkNotificationReadMutationHookResult = ReturnType<
  typeof useMarkNotificationReadMutation
>;
export const MarkAllNotificationsReadDocument = gql`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`;
export function useMarkAllNotificationsReadMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    MarkAllNotificationsReadMutation,
    MarkAllNotificationsReadMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    MarkAllNotificationsReadMutation,
    MarkAllNotificationsReadMutationVariables
  >(MarkAllNotificationsReadDocument, options);
}
export type MarkAllNotificationsReadMutationHookResult = ReturnType<
  typeof useMarkAllNotificationsReadMutation
>;
export const LedProgrammesDocument = gql`
  query LedProgrammes {
    ledProgrammes {
      ...ProgrammeRules
      cohorts {
        ...LeadCohortSummary
      }
    }
  }
  ${ProgrammeRulesFragmentDoc}
  ${LeadCohortSummaryFragmentDoc}
`;
export function useLedProgrammesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<LedProgrammesQuery, LedProgrammesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<LedProgrammesQuery, LedProgrammesQueryVariables>(
    LedProgrammesDocument,
    options,
  );
}
export function useLedProgrammesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    LedProgrammesQuery,
    LedProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<LedProgrammesQuery, LedProgrammesQueryVariables>(
    LedProgrammesDocument,
    options,
  );
}
// @ts-ignore
export function useLedProgrammesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    LedProgrammesQuery,
    LedProgrammesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<LedProgrammesQuery, LedProgrammesQueryVariables>;
export function useLedProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LedProgrammesQuery, LedProgrammesQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  LedProgrammesQuery,
  LedProgrammesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useLedProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LedProgrammesQuery, LedProgrammesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<LedProgrammesQuery, LedProgrammesQueryVariables>(
    LedProgrammesDocument,
    options,
  );
}
export type LedProgrammesQueryHookResult = ReturnType<typeof useLedProgrammesQuery>;
export type LedProgrammesLazyQueryHookResult = ReturnType<typeof useLedProgrammesLazyQuery>;
export type LedProgrammesSuspenseQueryHookResult = ReturnType<typeof useLedProgrammesSuspenseQuery>;
export const ProgrammePresetsDocument = gql`
  query ProgrammePresets {
    programmePresets {
      key
      name
      description
      type
      durationMonths
      participatingDepartments
      eligibility {
        sebGroups
        minimumGrade
        maximumGrade
        departments
        careLeaver
        minimumAge
        maximumAge
      }
      matchingRules {
        mentorMinimumGrade
        minimumGradeGap
        maximumGradeGap
        profession
        department
        defaultMentorCapacity
      }
      matchingWeights {
        gradeGap
        idealGradeGap
        professionFit
        sharedTopics
        sameRegion
        previouslyUnmatched
      }
    }
  }
`;
export function useProgrammePresetsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ProgrammePresetsQuery,
    ProgrammePresetsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ProgrammePresetsQuery, ProgrammePresetsQueryVariables>(
    ProgrammePresetsDocument,
    options,
  );
}
export function useProgrammePresetsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ProgrammePresetsQuery,
    ProgrammePresetsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ProgrammePresetsQuery, ProgrammePresetsQueryVariables>(
    ProgrammePresetsDocument,
    options,
  );
}
// @ts-ignore
export function useProgrammePresetsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ProgrammePresetsQuery,
    ProgrammePresetsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ProgrammePresetsQuery, ProgrammePresetsQueryVariables>;
export function useProgrammePresetsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammePresetsQuery,
        ProgrammePresetsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ProgrammePresetsQuery,
  ProgrammePresetsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useProgrammePresetsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammePresetsQuery,
        ProgrammePresetsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ProgrammePresetsQuery, ProgrammePresetsQueryVariables>(
    ProgrammePresetsDocument,
    options,
  );
}
export type ProgrammePresetsQueryHookResult = ReturnType<typeof useProgrammePresetsQuery>;
export type ProgrammePresetsLazyQueryHookResult = ReturnType<typeof useProgrammePresetsLazyQuery>;
export type ProgrammePresetsSuspenseQueryHookResult = ReturnType<
  typeof useProgrammePresetsSuspenseQuery
>;
export const LeadProgrammeDocument = gql`
  query LeadProgramme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeRules
      youLead
      cohorts {
        ...LeadCohortSummary
      }
    }
  }
  ${ProgrammeRulesFragmentDoc}
  ${LeadCohortSummaryFragmentDoc}
`;
export function useLeadProgrammeQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<LeadProgrammeQuery, LeadProgrammeQueryVariables> &
    ({ variables: LeadProgrammeQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<LeadProgrammeQuery, LeadProgrammeQueryVariables>(
    LeadProgrammeDocument,
    options,
  );
}
export function useLeadProgrammeLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    LeadProgrammeQuery,
    LeadProgrammeQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<LeadProgrammeQuery, LeadProgrammeQueryVariables>(
    LeadProgrammeDocument,
    options,
  );
}
// @ts-ignore
export function useLeadProgrammeSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    LeadProgrammeQuery,
    LeadProgrammeQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<LeadProgrammeQuery, LeadProgrammeQueryVariables>;
export function useLeadProgrammeSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LeadProgrammeQuery, LeadProgrammeQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  LeadProgrammeQuery,
  LeadProgrammeQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useLeadProgrammeSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<LeadProgrammeQuery, LeadProgrammeQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<LeadProgrammeQuery, LeadProgrammeQueryVariables>(
    LeadProgrammeDocument,
    options,
  );
}
export type LeadProgrammeQueryHookResult = ReturnType<typeof useLeadProgrammeQuery>;
export type LeadProgrammeLazyQueryHookResult = ReturnType<typeof useLeadProgrammeLazyQuery>;
export type LeadProgrammeSuspenseQueryHookResult = ReturnType<typeof useLeadProgrammeSuspenseQuery>;
export const CreateProgrammeDocument = gql`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      ...ProgrammeRules
      youLead
      cohorts {
        ...LeadCohortSummary
      }
    }
  }
  ${ProgrammeRulesFragmentDoc}
  ${LeadCohortSummaryFragmentDoc}
`;
export function useCreateProgrammeMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CreateProgrammeMutation,
    CreateProgrammeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CreateProgrammeMutation, CreateProgrammeMutationVariables>(
    CreateProgrammeDocument,
    options,
  );
}
export type CreateProgrammeMutationHookResult = ReturnType<typeof useCreateProgrammeMutation>;
export const CreateCohortDocument = gql`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ...LeadCohortSummary
      programmeId
    }
  }
  ${LeadCohortSummaryFragmentDoc}
`;
export function useCreateCohortMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CreateCohortMutation,
    CreateCohortMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CreateCohortMutation, CreateCohortMutationVariables>(
    CreateCohortDocument,
    options,
  );
}
export type CreateCohortMutationHookResult = ReturnType<typeof useCreateCohortMutation>;
export const ProgrammeEditOptionsDocument = gql`
  query ProgrammeEditOptions {
    departments {
      code
      name
      active
    }
    grades {
      code
      name
      rank
    }
  }
`;
export function useProgrammeEditOptionsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ProgrammeEditOptionsQuery,
    ProgrammeEditOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ProgrammeEditOptionsQuery, ProgrammeEditOptionsQueryVariables>(
    ProgrammeEditOptionsDocument,
    options,
  );
}
export function useProgrammeEditOptionsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ProgrammeEditOptionsQuery,
    ProgrammeEditOptionsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    ProgrammeEditOptionsQuery,
    ProgrammeEditOptionsQueryVariables
  >(ProgrammeEditOptionsDocument, options);
}
// @ts-ignore
export function useProgrammeEditOptionsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ProgrammeEditOptionsQuery,
    ProgrammeEditOptionsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  ProgrammeEditOptionsQuery,
  ProgrammeEditOptionsQueryVariables
>;
export function useProgrammeEditOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammeEditOptionsQuery,
        ProgrammeEditOptionsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ProgrammeEditOptionsQuery,
  ProgrammeEditOptionsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useProgrammeEditOptionsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammeEditOptionsQuery,
        ProgrammeEditOptionsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    ProgrammeEditOptionsQuery,
    ProgrammeEditOptionsQueryVariables
  >(ProgrammeEditOptionsDocument, options);
}
export type ProgrammeEditOptionsQueryHookResult = ReturnType<typeof useProgrammeEditOptionsQuery>;
export type ProgrammeEditOptionsLazyQueryHookResult = ReturnType<
  typeof useProgrammeEditOptionsLazyQuery
>;
export type ProgrammeEditOptionsSuspenseQueryHookResult = ReturnType<
  typeof useProgrammeEditOptionsSuspenseQuery
>;
export const UpdateProgrammeDocument = gql`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      ...ProgrammeRules
      youLead
    }
  }
  ${ProgrammeRulesFragmentDoc}
`;
export function useUpdateProgrammeMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    UpdateProgrammeMutation,
    UpdateProgrammeMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>(
    UpdateProgrammeDocument,
    options,
  );
}
export type UpdateProgrammeMutationHookResult = ReturnType<typeof useUpdateProgrammeMutation>;
export const UpdateCohortDocument = gql`
  mutation UpdateCohort($input: UpdateCohortInput!) {
    updateCohort(input: $input) {
      ...LeadCohortSummary
      programmeId
    }
  }
  ${LeadCohortSummaryFragmentDoc}
`;
export function useUpdateCohortMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    UpdateCohortMutation,
    UpdateCohortMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateCohortMutation, UpdateCohortMutationVariables>(
    UpdateCohortDocument,
    options,
  );
}
export type UpdateCohortMutationHookResult = ReturnType<typeof useUpdateCohortMutation>;
export const MyRelationshipsDocument = gql`
  query MyRelationships {
    myRelationships {
      ...RelationshipSummary
    }
  }
  ${RelationshipSummaryFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useMyRelationshipsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyRelationshipsQuery,
    MyRelationshipsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyRelationshipsQuery, MyRelationshipsQueryVariables>(
    MyRelationshipsDocument,
    options,
  );
}
export function useMyRelationshipsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyRelationshipsQuery,
    MyRelationshipsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyRelationshipsQuery, MyRelationshipsQueryVariables>(
    MyRelationshipsDocument,
    options,
  );
}
// @ts-ignore
export function useMyRelationshipsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyRelationshipsQuery,
    MyRelationshipsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyRelationshipsQuery, MyRelationshipsQueryVariables>;
export function useMyRelationshipsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyRelationshipsQuery,
        MyRelationshipsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyRelationshipsQuery,
  MyRelationshipsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyRelationshipsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        MyRelationshipsQuery,
        MyRelationshipsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyRelationshipsQuery, MyRelationshipsQueryVariables>(
    MyRelationshipsDocument,
    options,
  );
}
export type MyRelationshipsQueryHookResult = ReturnType<typeof useMyRelationshipsQuery>;
export type MyRelationshipsLazyQueryHookResult = ReturnType<typeof useMyRelationshipsLazyQuery>;
export type MyRelationshipsSuspenseQueryHookResult = ReturnType<
  typeof useMyRelationshipsSuspenseQuery
>;
export const RelationshipDocument = gql`
  query Relationship($id: ID!) {
    relationship(id: $id) {
      ...RelationshipSummary
    }
  }
  ${RelationshipSummaryFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useRelationshipQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<RelationshipQuery, RelationshipQueryVariables> &
    ({ variables: RelationshipQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<RelationshipQuery, RelationshipQueryVariables>(
    RelationshipDocument,
    options,
  );
}
export function useRelationshipLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    RelationshipQuery,
    RelationshipQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<RelationshipQuery, RelationshipQueryVariables>(
    RelationshipDocument,
    options,
  );
}
// @ts-ignore
export function useRelationshipSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    RelationshipQuery,
    RelationshipQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<RelationshipQuery, RelationshipQueryVariables>;
export function useRelationshipSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<RelationshipQuery, RelationshipQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  RelationshipQuery,
  RelationshipQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useRelationshipSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<RelationshipQuery, RelationshipQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<RelationshipQuery, RelationshipQueryVariables>(
    RelationshipDocument,
    options,
  );
}
export type RelationshipQueryHookResult = ReturnType<typeof useRelationshipQuery>;
export type RelationshipLazyQueryHookResult = ReturnType<typeof useRelationshipLazyQuery>;
export type RelationshipSuspenseQueryHookResult = ReturnType<typeof useRelationshipSuspenseQuery>;
export const RelationshipTimelineDocument = gql`
  query RelationshipTimeline($id: ID!) {
    relationshipTimeline(id: $id) {
      relationship {
        ...RelationshipSummary
      }
      events {
        at
        kind
        title
        session {
          id
          heldOn
          durationMinutes
          format
          topics
          nextSteps
          privateNote
          loggedByMe
          loggedBy {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
  ${RelationshipSummaryFragmentDoc}
  ${PersonNameFragmentDoc}
`;
export function useRelationshipTimelineQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    RelationshipTimelineQuery,
    RelationshipTimelineQueryVariables
  > &
    ({ variables: RelationshipTimelineQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<RelationshipTimelineQuery, RelationshipTimelineQueryVariables>(
    RelationshipTimelineDocument,
    options,
  );
}
export function useRelationshipTimelineLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    RelationshipTimelineQuery,
    RelationshipTimelineQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    RelationshipTimelineQuery,
    RelationshipTimelineQueryVariables
  >(RelationshipTimelineDocument, options);
}
// @ts-ignore
export function useRelationshipTimelineSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    RelationshipTimelineQuery,
    RelationshipTimelineQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  RelationshipTimelineQuery,
  RelationshipTimelineQueryVariables
>;
export function useRelationshipTimelineSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        RelationshipTimelineQuery,
        RelationshipTimelineQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  RelationshipTimelineQuery,
  RelationshipTimelineQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useRelationshipTimelineSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        RelationshipTimelineQuery,
        RelationshipTimelineQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    RelationshipTimelineQuery,
    RelationshipTimelineQueryVariables
  >(RelationshipTimelineDocument, options);
}
export type RelationshipTimelineQueryHookResult = ReturnType<typeof useRelationshipTimelineQuery>;
export type RelationshipTimelineLazyQueryHookResult = ReturnType<
  typeof useRelationshipTimelineLazyQuery
>;
export type RelationshipTimelineSuspenseQueryHookResult = ReturnType<
  typeof useRelationshipTimelineSuspenseQuery
>;
export const LogSessionDocument = gql`
  mutation LogSession($input: LogSessionInput!) {
    logSession(input: $input) {
      id
      relationshipId
    }
  }
`;
export function useLogSessionMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    LogSessionMutation,
    LogSessionMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<LogSessionMutation, LogSessionMutationVariables>(
    LogSessionDocument,
    options,
  );
}
export type LogSessionMutationHookResult = ReturnType<typeof useLogSessionMutation>;
export const CompleteRelationshipDocument = gql`
  mutation CompleteRelationship($input: CompleteRelationshipInput!) {
    completeRelationship(input: $input) {
      id
      status
      endedOn
    }
  }
`;
export function useCompleteRelationshipMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CompleteRelationshipMutation,
    CompleteRelationshipMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    CompleteRelationshipMutation,
    CompleteRelationshipMutationVariables
  >(CompleteRelationshipDocument, options);
}
export type CompleteRelationshipMutationHookResult = ReturnType<
  typeof useCompleteRelationshipMutation
>;
export const EndRelationshipDocument = gql`
  mutation EndRelationship($input: EndRelationshipInput!) {
    endRelationship(input: $input) {
      id
      status
      endedOn
      endReason
    }
  }
`;
export function useEndRelationshipMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    EndRelationshipMutation,
    EndRelationshipMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<EndRelationshipMutation, EndRelationshipMutationVariables>(
    EndRelationshipDocument,
    options,
  );
}
export type EndRelationshipMutationHookResult = ReturnType<typeof useEndRelationshipMutation>;
export const MySurveysDueDocument = gql`
  query MySurveysDue {
    mySurveysDue {
      relationshipId
      kind
      dueOn
      relationship {
        id
        viewer
        status
        cohort {
          id
          name
        }
        mentee {
          applicationId
          person {
            id
            givenName
            familyName
          }
        }
        mentor {
          person {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
`;
export function useMySurveysDueQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<MySurveysDueQuery, MySurveysDueQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MySurveysDueQuery, MySurveysDueQueryVariables>(
    MySurveysDueDocument,
    options,
  );
}
export function useMySurveysDueLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MySurveysDueQuery,
    MySurveysDueQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MySurveysDueQuery, MySurveysDueQueryVariables>(
    MySurveysDueDocument,
    options,
  );
}
// @ts-ignore
export function useMySurveysDueSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MySurveysDueQuery,
    MySurveysDueQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MySurveysDueQuery, MySurveysDueQueryVariables>;
export function useMySurveysDueSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MySurveysDueQuery, MySurveysDueQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MySurveysDueQuery,
  MySurveysDueQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMySurveysDueSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MySurveysDueQuery, MySurveysDueQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MySurveysDueQuery, MySurveysDueQueryVariables>(
    MySurveysDueDocument,
    options,
  );
}
export type MySurveysDueQueryHookResult = ReturnType<typeof useMySurveysDueQuery>;
export type MySurveysDueLazyQueryHookResult = ReturnType<typeof useMySurveysDueLazyQuery>;
export type MySurveysDueSuspenseQueryHookResult = ReturnType<typeof useMySurveysDueSuspenseQuery>;
export const SubmitSurveyDocument = gql`
  mutation SubmitSurvey($input: SubmitSurveyInput!) {
    submitSurvey(input: $input) {
      id
      kind
      relationshipId
    }
  }
`;
export function useSubmitSurveyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SubmitSurveyMutation,
    SubmitSurveyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SubmitSurveyMutation, SubmitSurveyMutationVariables>(
    SubmitSurveyDocument,
    options,
  );
}
export type SubmitSurveyMutationHookResult = ReturnType<typeof useSubmitSurveyMutation>;
export const MyCareerEventsDocument = gql`
  query MyCareerEvents {
    myCareerEvents {
      ...CareerEventFields
    }
  }
  ${CareerEventFieldsFragmentDoc}
`;
export function useMyCareerEventsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    MyCareerEventsQuery,
    MyCareerEventsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyCareerEventsQuery, MyCareerEventsQueryVariables>(
    MyCareerEventsDocument,
    options,
  );
}
export function useMyCareerEventsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyCareerEventsQuery,
    MyCareerEventsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyCareerEventsQuery, MyCareerEventsQueryVariables>(
    MyCareerEventsDocument,
    options,
  );
}
// @ts-ignore
export function useMyCareerEventsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyCareerEventsQuery,
    MyCareerEventsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyCareerEventsQuery, MyCareerEventsQueryVariables>;
export function useMyCareerEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyCareerEventsQuery, MyCareerEventsQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyCareerEventsQuery,
  MyCareerEventsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyCareerEventsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyCareerEventsQuery, MyCareerEventsQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyCareerEventsQuery, MyCareerEventsQueryVariables>(
    MyCareerEventsDocument,
    options,
  );
}
export type MyCareerEventsQueryHookResult = ReturnType<typeof useMyCareerEventsQuery>;
export type MyCareerEventsLazyQueryHookResult = ReturnType<typeof useMyCareerEventsLazyQuery>;
export type MyCareerEventsSuspenseQueryHookResult = ReturnType<
  typeof useMyCareerEventsSuspenseQuery
>;
export const ReportMyCareerEventDocument = gql`
  mutation ReportMyCareerEvent($input: MyCareerEventInput!) {
    reportMyCareerEvent(input: $input) {
      ...CareerEventFields
    }
  }
  ${CareerEventFieldsFragmentDoc}
`;
export function useReportMyCareerEventMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ReportMyCareerEventMutation,
    ReportMyCareerEventMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ReportMyCareerEventMutation,
    ReportMyCareerEventMutationVariables
  >(ReportMyCareerEventDocument, options);
}
export type ReportMyCareerEventMutationHookResult = ReturnType<
  typeof useReportMyCareerEventMutation
>;
export const UnconfirmedCareerEventsDocument = gql`
  query UnconfirmedCareerEvents($input: UnconfirmedCareerEventsInput!) {
    unconfirmedCareerEvents(input: $input) {
      ...CareerEventFields
      personName
    }
  }
  ${CareerEventFieldsFragmentDoc}
`;
export function useUnconfirmedCareerEventsQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  > &
    ({ variables: UnconfirmedCareerEventsQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  >(UnconfirmedCareerEventsDocument, options);
}
export function useUnconfirmedCareerEventsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  >(UnconfirmedCareerEventsDocument, options);
}
// @ts-ignore
export function useUnconfirmedCareerEventsSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  UnconfirmedCareerEventsQuery,
  UnconfirmedCareerEventsQueryVariables
>;
export function useUnconfirmedCareerEventsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        UnconfirmedCareerEventsQuery,
        UnconfirmedCareerEventsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  UnconfirmedCareerEventsQuery,
  UnconfirmedCareerEventsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useUnconfirmedCareerEventsSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        UnconfirmedCareerEventsQuery,
        UnconfirmedCareerEventsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    UnconfirmedCareerEventsQuery,
    UnconfirmedCareerEventsQueryVariables
  >(UnconfirmedCareerEventsDocument, options);
}
export type UnconfirmedCareerEventsQueryHookResult = ReturnType<
  typeof useUnconfirmedCareerEventsQuery
>;
export type UnconfirmedCareerEventsLazyQueryHookResult = ReturnType<
  typeof useUnconfirmedCareerEventsLazyQuery
>;
export type UnconfirmedCareerEventsSuspenseQueryHookResult = ReturnType<
  typeof useUnconfirmedCareerEventsSuspenseQuery
>;
export const ConfirmCareerEventDocument = gql`
  mutation ConfirmCareerEvent($input: ConfirmCareerEventInput!) {
    confirmCareerEvent(input: $input) {
      ...CareerEventFields
    }
  }
  ${CareerEventFieldsFragmentDoc}
`;
export function useConfirmCareerEventMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    ConfirmCareerEventMutation,
    ConfirmCareerEventMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    ConfirmCareerEventMutation,
    ConfirmCareerEventMutationVariables
  >(ConfirmCareerEventDocument, options);
}
export type ConfirmCareerEventMutationHookResult = ReturnType<typeof useConfirmCareerEventMutation>;
export const RecordCareerEventDocument = gql`
  mutation RecordCareerEvent($input: RecordCareerEventInput!) {
    recordCareerEvent(input: $input) {
      ...CareerEventFields
    }
  }
  ${CareerEventFieldsFragmentDoc}
`;
export function useRecordCareerEventMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordCareerEventMutation,
    RecordCareerEventMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordCareerEventMutation,
    RecordCareerEventMutationVariables
  >(RecordCareerEventDocument, options);
}
export type RecordCareerEventMutationHookResult = ReturnType<typeof useRecordCareerEventMutation>;
export const CareerEventDepartmentsDocument = gql`
  query CareerEventDepartments {
    departments {
      code
      name
      active
    }
  }
`;
export function useCareerEventDepartmentsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >(CareerEventDepartmentsDocument, options);
}
export function useCareerEventDepartmentsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >(CareerEventDepartmentsDocument, options);
}
// @ts-ignore
export function useCareerEventDepartmentsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  CareerEventDepartmentsQuery,
  CareerEventDepartmentsQueryVariables
>;
export function useCareerEventDepartmentsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CareerEventDepartmentsQuery,
        CareerEventDepartmentsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  CareerEventDepartmentsQuery,
  CareerEventDepartmentsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useCareerEventDepartmentsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        CareerEventDepartmentsQuery,
        CareerEventDepartmentsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    CareerEventDepartmentsQuery,
    CareerEventDepartmentsQueryVariables
  >(CareerEventDepartmentsDocument, options);
}
export type CareerEventDepartmentsQueryHookResult = ReturnType<
  typeof useCareerEventDepartmentsQuery
>;
export type CareerEventDepartmentsLazyQueryHookResult = ReturnType<
  typeof useCareerEventDepartmentsLazyQuery
>;
export type CareerEventDepartmentsSuspenseQueryHookResult = ReturnType<
  typeof useCareerEventDepartmentsSuspenseQuery
>;
export const ProgrammeDashboardDocument = gql`
  query ProgrammeDashboard($input: ProgrammeDashboardInput!) {
    programmeDashboard(input: $input) {
      programme
      asOf
      participants {
        ...OutcomeCountFields
      }
      activeRelationships {
        ...OutcomeCountFields
      }
      sessionsLogged {
        ...OutcomeCountFields
      }
      metExpectations {
        ...OutcomeShareFields
      }
      sessionsInteresting {
        ...OutcomeShareFields
      }
      progression {
        ...OutcomeGroupFields
      }
    }
  }
  ${OutcomeCountFieldsFragmentDoc}
  ${OutcomeShareFieldsFragmentDoc}
  ${OutcomeGroupFieldsFragmentDoc}
`;
export function useProgrammeDashboardQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    ProgrammeDashboardQuery,
    ProgrammeDashboardQueryVariables
  > &
    ({ variables: ProgrammeDashboardQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ProgrammeDashboardQuery, ProgrammeDashboardQueryVariables>(
    ProgrammeDashboardDocument,
    options,
  );
}
export function useProgrammeDashboardLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ProgrammeDashboardQuery,
    ProgrammeDashboardQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ProgrammeDashboardQuery, ProgrammeDashboardQueryVariables>(
    ProgrammeDashboardDocument,
    options,
  );
}
// @ts-ignore
export function useProgrammeDashboardSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    ProgrammeDashboardQuery,
    ProgrammeDashboardQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  ProgrammeDashboardQuery,
  ProgrammeDashboardQueryVariables
>;
export function useProgrammeDashboardSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammeDashboardQuery,
        ProgrammeDashboardQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  ProgrammeDashboardQuery,
  ProgrammeDashboardQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useProgrammeDashboardSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        ProgrammeDashboardQuery,
        ProgrammeDashboardQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    ProgrammeDashboardQuery,
    ProgrammeDashboardQueryVariables
  >(ProgrammeDashboardDocument, options);
}
export type ProgrammeDashboardQueryHookResult = ReturnType<typeof useProgrammeDashboardQuery>;
export type ProgrammeDashboardLazyQueryHookResult = ReturnType<
  typeof useProgrammeDashboardLazyQuery
>;
export type ProgrammeDashboardSuspenseQueryHookResult = ReturnType<
  typeof useProgrammeDashboardSuspenseQuery
>;
export const OutcomeProgrammesDocument = gql`
  query OutcomeProgrammes {
    ledProgrammes {
      id
      code
      name
    }
  }
`;
export function useOutcomeProgrammesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    OutcomeProgrammesQuery,
    OutcomeProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OutcomeProgrammesQuery, OutcomeProgrammesQueryVariables>(
    OutcomeProgrammesDocument,
    options,
  );
}
export function useOutcomeProgrammesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    OutcomeProgrammesQuery,
    OutcomeProgrammesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<OutcomeProgrammesQuery, OutcomeProgrammesQueryVariables>(
    OutcomeProgrammesDocument,
    options,
  );
}
// @ts-ignore
export function useOutcomeProgrammesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    OutcomeProgrammesQuery,
    OutcomeProgrammesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<OutcomeProgrammesQuery, OutcomeProgrammesQueryVariables>;
export function useOutcomeProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OutcomeProgrammesQuery,
        OutcomeProgrammesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  OutcomeProgrammesQuery,
  OutcomeProgrammesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOutcomeProgrammesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OutcomeProgrammesQuery,
        OutcomeProgrammesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<OutcomeProgrammesQuery, OutcomeProgrammesQueryVariables>(
    OutcomeProgrammesDocument,
    options,
  );
}
export type OutcomeProgrammesQueryHookResult = ReturnType<typeof useOutcomeProgrammesQuery>;
export type OutcomeProgrammesLazyQueryHookResult = ReturnType<typeof useOutcomeProgrammesLazyQuery>;
export type OutcomeProgrammesSuspenseQueryHookResult = ReturnType<
  typeof useOutcomeProgrammesSuspenseQuery
>;
export const OutcomeReportDocument = gql`
  query OutcomeReport($input: OutcomeReportInput!) {
    outcomeReport(input: $input) {
      programme
      asOf
      groups {
        ...OutcomeGroupFields
      }
    }
  }
  ${OutcomeGroupFieldsFragmentDoc}
`;
export function useOutcomeReportQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<OutcomeReportQuery, OutcomeReportQueryVariables> &
    ({ variables: OutcomeReportQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OutcomeReportQuery, OutcomeReportQueryVariables>(
    OutcomeReportDocument,
    options,
  );
}
export function useOutcomeReportLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    OutcomeReportQuery,
    OutcomeReportQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<OutcomeReportQuery, OutcomeReportQueryVariables>(
    OutcomeReportDocument,
    options,
  );
}
// @ts-ignore
export function useOutcomeReportSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    OutcomeReportQuery,
    OutcomeReportQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<OutcomeReportQuery, OutcomeReportQueryVariables>;
export function useOutcomeReportSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OutcomeReportQuery, OutcomeReportQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  OutcomeReportQuery,
  OutcomeReportQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOutcomeReportSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OutcomeReportQuery, OutcomeReportQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<OutcomeReportQuery, OutcomeReportQueryVariables>(
    OutcomeReportDocument,
    options,
  );
}
export type OutcomeReportQueryHookResult = ReturnType<typeof useOutcomeReportQuery>;
export type OutcomeReportLazyQueryHookResult = ReturnType<typeof useOutcomeReportLazyQuery>;
export type OutcomeReportSuspenseQueryHookResult = ReturnType<typeof useOutcomeReportSuspenseQuery>;
export const OutcomeReportCsvDocument = gql`
  query OutcomeReportCsv($input: OutcomeReportInput!) {
    outcomeReport(input: $input) {
      programme
      asOf
      csv
    }
  }
`;
export function useOutcomeReportCsvQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    OutcomeReportCsvQuery,
    OutcomeReportCsvQueryVariables
  > &
    ({ variables: OutcomeReportCsvQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OutcomeReportCsvQuery, OutcomeReportCsvQueryVariables>(
    OutcomeReportCsvDocument,
    options,
  );
}
export function useOutcomeReportCsvLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    OutcomeReportCsvQuery,
    OutcomeReportCsvQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<OutcomeReportCsvQuery, OutcomeReportCsvQueryVariables>(
    OutcomeReportCsvDocument,
    options,
  );
}
// @ts-ignore
export function useOutcomeReportCsvSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    OutcomeReportCsvQuery,
    OutcomeReportCsvQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<OutcomeReportCsvQuery, OutcomeReportCsvQueryVariables>;
export function useOutcomeReportCsvSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OutcomeReportCsvQuery,
        OutcomeReportCsvQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  OutcomeReportCsvQuery,
  OutcomeReportCsvQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOutcomeReportCsvSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        OutcomeReportCsvQuery,
        OutcomeReportCsvQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<OutcomeReportCsvQuery, OutcomeReportCsvQueryVariables>(
    OutcomeReportCsvDocument,
    options,
  );
}
export type OutcomeReportCsvQueryHookResult = ReturnType<typeof useOutcomeReportCsvQuery>;
export type OutcomeReportCsvLazyQueryHookResult = ReturnType<typeof useOutcomeReportCsvLazyQuery>;
export type OutcomeReportCsvSuspenseQueryHookResult = ReturnType<
  typeof useOutcomeReportCsvSuspenseQuery
>;
export const WorkforceDashboardDocument = gql`
  query WorkforceDashboard {
    workforceDashboard {
      asOf
      departments
      overall {
        ...CompositionRowFields
      }
      byGrade {
        ...CompositionTableFields
      }
      byDepartment {
        ...CompositionTableFields
      }
      byProfession {
        ...CompositionTableFields
      }
      byRegion {
        ...CompositionTableFields
      }
      byGender {
        ...CompositionTableFields
      }
      byEthnicity {
        ...CompositionTableFields
      }
      byDisability {
        ...CompositionTableFields
      }
      bySexualOrientation {
        ...CompositionTableFields
      }
      benchmarks {
        key
        measure
        sebGroup
        department
        value
        source
        note
        verify
      }
      attrition {
        ...OutcomeShareFields
      }
      temporaryPromotions {
        ...OutcomeShareFields
      }
      eoiSuccesses {
        ...OutcomeShareFields
      }
      targets {
        ...FiveYearTargetFields
      }
    }
  }
  ${CompositionRowFieldsFragmentDoc}
  ${CompositionTableFieldsFragmentDoc}
  ${OutcomeShareFieldsFragmentDoc}
  ${FiveYearTargetFieldsFragmentDoc}
`;
export function useWorkforceDashboardQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    WorkforceDashboardQuery,
    WorkforceDashboardQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<WorkforceDashboardQuery, WorkforceDashboardQueryVariables>(
    WorkforceDashboardDocument,
    options,
  );
}
export function useWorkforceDashboardLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    WorkforceDashboardQuery,
    WorkforceDashboardQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<WorkforceDashboardQuery, WorkforceDashboardQueryVariables>(
    WorkforceDashboardDocument,
    options,
  );
}
// @ts-ignore
export function useWorkforceDashboardSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    WorkforceDashboardQuery,
    WorkforceDashboardQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  WorkforceDashboardQuery,
  WorkforceDashboardQueryVariables
>;
export function useWorkforceDashboardSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        WorkforceDashboardQuery,
        WorkforceDashboardQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  WorkforceDashboardQuery,
  WorkforceDashboardQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useWorkforceDashboardSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        WorkforceDashboardQuery,
        WorkforceDashboardQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    WorkforceDashboardQuery,
    WorkforceDashboardQueryVariables
  >(WorkforceDashboardDocument, options);
}
export type WorkforceDashboardQueryHookResult = ReturnType<typeof useWorkforceDashboardQuery>;
export type WorkforceDashboardLazyQueryHookResult = ReturnType<
  typeof useWorkforceDashboardLazyQuery
>;
export type WorkforceDashboardSuspenseQueryHookResult = ReturnType<
  typeof useWorkforceDashboardSuspenseQuery
>;
export const WorkforceDashboardCsvDocument = gql`
  query WorkforceDashboardCsv {
    workforceDashboard {
      asOf
      csv
    }
  }
`;
export function useWorkforceDashboardCsvQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    WorkforceDashboardCsvQuery,
    WorkforceDashboardCsvQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<WorkforceDashboardCsvQuery, WorkforceDashboardCsvQueryVariables>(
    WorkforceDashboardCsvDocument,
    options,
  );
}
export function useWorkforceDashboardCsvLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    WorkforceDashboardCsvQuery,
    WorkforceDashboardCsvQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    WorkforceDashboardCsvQuery,
    WorkforceDashboardCsvQueryVariables
  >(WorkforceDashboardCsvDocument, options);
}
// @ts-ignore
export function useWorkforceDashboardCsvSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    WorkforceDashboardCsvQuery,
    WorkforceDashboardCsvQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  WorkforceDashboardCsvQuery,
  WorkforceDashboardCsvQueryVariables
>;
export function useWorkforceDashboardCsvSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        WorkforceDashboardCsvQuery,
        WorkforceDashboardCsvQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  WorkforceDashboardCsvQuery,
  WorkforceDashboardCsvQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useWorkforceDashboardCsvSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        WorkforceDashboardCsvQuery,
        WorkforceDashboardCsvQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    WorkforceDashboardCsvQuery,
    WorkforceDashboardCsvQueryVariables
  >(WorkforceDashboardCsvDocument, options);
}
export type WorkforceDashboardCsvQueryHookResult = ReturnType<typeof useWorkforceDashboardCsvQuery>;
export type WorkforceDashboardCsvLazyQueryHookResult = ReturnType<
  typeof useWorkforceDashboardCsvLazyQuery
>;
export type WorkforceDashboardCsvSuspenseQueryHookResult = ReturnType<
  typeof useWorkforceDashboardCsvSuspenseQuery
>;
export const FiveYearTargetsDocument = gql`
  query FiveYearTargets {
    workforceDashboard {
      asOf
      targets {
        ...FiveYearTargetFields
      }
    }
  }
  ${FiveYearTargetFieldsFragmentDoc}
`;
export function useFiveYearTargetsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    FiveYearTargetsQuery,
    FiveYearTargetsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<FiveYearTargetsQuery, FiveYearTargetsQueryVariables>(
    FiveYearTargetsDocument,
    options,
  );
}
export function useFiveYearTargetsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    FiveYearTargetsQuery,
    FiveYearTargetsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<FiveYearTargetsQuery, FiveYearTargetsQueryVariables>(
    FiveYearTargetsDocument,
    options,
  );
}
// @ts-ignore
export function useFiveYearTargetsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    FiveYearTargetsQuery,
    FiveYearTargetsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<FiveYearTargetsQuery, FiveYearTargetsQueryVariables>;
export function useFiveYearTargetsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        FiveYearTargetsQuery,
        FiveYearTargetsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  FiveYearTargetsQuery,
  FiveYearTargetsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useFiveYearTargetsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        FiveYearTargetsQuery,
        FiveYearTargetsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<FiveYearTargetsQuery, FiveYearTargetsQueryVariables>(
    FiveYearTargetsDocument,
    options,
  );
}
export type FiveYearTargetsQueryHookResult = ReturnType<typeof useFiveYearTargetsQuery>;
export type FiveYearTargetsLazyQueryHookResult = ReturnType<typeof useFiveYearTargetsLazyQuery>;
export type FiveYearTargetsSuspenseQueryHookResult = ReturnType<
  typeof useFiveYearTargetsSuspenseQuery
>;
export const SetFiveYearTargetDocument = gql`
  mutation SetFiveYearTarget($input: SetFiveYearTargetInput!) {
    setFiveYearTarget(input: $input) {
      ...FiveYearTargetFields
    }
  }
  ${FiveYearTargetFieldsFragmentDoc}
`;
export function useSetFiveYearTargetMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SetFiveYearTargetMutation,
    SetFiveYearTargetMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SetFiveYearTargetMutation,
    SetFiveYearTargetMutationVariables
  >(SetFiveYearTargetDocument, options);
}
export type SetFiveYearTargetMutationHookResult = ReturnType<typeof useSetFiveYearTargetMutation>;
export const RemoveFiveYearTargetDocument = gql`
  mutation RemoveFiveYearTarget($input: RemoveFiveYearTargetInput!) {
    removeFiveYearTarget(input: $input)
  }
`;
export function useRemoveFiveYearTargetMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RemoveFiveYearTargetMutation,
    RemoveFiveYearTargetMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RemoveFiveYearTargetMutation,
    RemoveFiveYearTargetMutationVariables
  >(RemoveFiveYearTargetDocument, options);
}
export type RemoveFiveYearTargetMutationHookResult = ReturnType<
  typeof useRemoveFiveYearTargetMutation
>;
export const MyAlertRulesDocument = gql`
  query MyAlertRules {
    myAlertRules {
      ...AlertRuleFields
    }
  }
  ${AlertRuleFieldsFragmentDoc}
`;
export function useMyAlertRulesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<MyAlertRulesQuery, MyAlertRulesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyAlertRulesQuery, MyAlertRulesQueryVariables>(
    MyAlertRulesDocument,
    options,
  );
}
export function useMyAlertRulesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    MyAlertRulesQuery,
    MyAlertRulesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyAlertRulesQuery, MyAlertRulesQueryVariables>(
    MyAlertRulesDocument,
    options,
  );
}
// @ts-ignore
export function useMyAlertRulesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyAlertRulesQuery,
    MyAlertRulesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyAlertRulesQuery, MyAlertRulesQueryVariables>;
export function useMyAlertRulesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAlertRulesQuery, MyAlertRulesQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyAlertRulesQuery,
  MyAlertRulesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyAlertRulesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyAlertRulesQuery, MyAlertRulesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyAlertRulesQuery, MyAlertRulesQueryVariables>(
    MyAlertRulesDocument,
    options,
  );
}
export type MyAlertRulesQueryHookResult = ReturnType<typeof useMyAlertRulesQuery>;
export type MyAlertRulesLazyQueryHookResult = ReturnType<typeof useMyAlertRulesLazyQuery>;
export type MyAlertRulesSuspenseQueryHookResult = ReturnType<typeof useMyAlertRulesSuspenseQuery>;
export const SaveAlertRuleDocument = gql`
  mutation SaveAlertRule($input: SaveAlertRuleInput!) {
    saveAlertRule(input: $input) {
      ...AlertRuleFields
    }
  }
  ${AlertRuleFieldsFragmentDoc}
`;
export function useSaveAlertRuleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SaveAlertRuleMutation,
    SaveAlertRuleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<SaveAlertRuleMutation, SaveAlertRuleMutationVariables>(
    SaveAlertRuleDocument,
    options,
  );
}
export type SaveAlertRuleMutationHookResult = ReturnType<typeof useSaveAlertRuleMutation>;
export const DeleteAlertRuleDocument = gql`
  mutation DeleteAlertRule($input: AlertRuleIdInput!) {
    deleteAlertRule(input: $input)
  }
`;
export function useDeleteAlertRuleMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    DeleteAlertRuleMutation,
    DeleteAlertRuleMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>(
    DeleteAlertRuleDocument,
    options,
  );
}
export type DeleteAlertRuleMutationHookResult = ReturnType<typeof useDeleteAlertRuleMutation>;
export const VacancyReferenceDataDocument = gql`
  query VacancyReferenceData {
    departments {
      code
      name
      active
    }
    grades {
      code
      name
      rank
    }
    professions {
      code
      name
      active
    }
    regions {
      code
      name
    }
  }
`;
export function useVacancyReferenceDataQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    VacancyReferenceDataQuery,
    VacancyReferenceDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<VacancyReferenceDataQuery, VacancyReferenceDataQueryVariables>(
    VacancyReferenceDataDocument,
    options,
  );
}
export function useVacancyReferenceDataLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    VacancyReferenceDataQuery,
    VacancyReferenceDataQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<
    VacancyReferenceDataQuery,
    VacancyReferenceDataQueryVariables
  >(VacancyReferenceDataDocument, options);
}
// @ts-ignore
export function useVacancyReferenceDataSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    VacancyReferenceDataQuery,
    VacancyReferenceDataQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  VacancyReferenceDataQuery,
  VacancyReferenceDataQueryVariables
>;
export function useVacancyReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VacancyReferenceDataQuery,
        VacancyReferenceDataQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  VacancyReferenceDataQuery,
  VacancyReferenceDataQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useVacancyReferenceDataSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VacancyReferenceDataQuery,
        VacancyReferenceDataQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    VacancyReferenceDataQuery,
    VacancyReferenceDataQueryVariables
  >(VacancyReferenceDataDocument, options);
}
export type VacancyReferenceDataQueryHookResult = ReturnType<typeof useVacancyReferenceDataQuery>;
export type VacancyReferenceDataLazyQueryHookResult = ReturnType<
  typeof useVacancyReferenceDataLazyQuery
>;
export type VacancyReferenceDataSuspenseQueryHookResult = ReturnType<
  typeof useVacancyReferenceDataSuspenseQuery
>;
export const VacancyFunnelDocument = gql`
  query VacancyFunnel($input: VacancyIdInput!) {
    vacancyFunnel(input: $input) {
      ...VacancyFunnelFields
    }
    acceleratorRole(input: $input) {
      id
      title
      departmentCode
      status
    }
  }
  ${VacancyFunnelFieldsFragmentDoc}
`;
export function useVacancyFunnelQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<VacancyFunnelQuery, VacancyFunnelQueryVariables> &
    ({ variables: VacancyFunnelQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<VacancyFunnelQuery, VacancyFunnelQueryVariables>(
    VacancyFunnelDocument,
    options,
  );
}
export function useVacancyFunnelLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    VacancyFunnelQuery,
    VacancyFunnelQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<VacancyFunnelQuery, VacancyFunnelQueryVariables>(
    VacancyFunnelDocument,
    options,
  );
}
// @ts-ignore
export function useVacancyFunnelSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    VacancyFunnelQuery,
    VacancyFunnelQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<VacancyFunnelQuery, VacancyFunnelQueryVariables>;
export function useVacancyFunnelSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<VacancyFunnelQuery, VacancyFunnelQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  VacancyFunnelQuery,
  VacancyFunnelQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useVacancyFunnelSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<VacancyFunnelQuery, VacancyFunnelQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<VacancyFunnelQuery, VacancyFunnelQueryVariables>(
    VacancyFunnelDocument,
    options,
  );
}
export type VacancyFunnelQueryHookResult = ReturnType<typeof useVacancyFunnelQuery>;
export type VacancyFunnelLazyQueryHookResult = ReturnType<typeof useVacancyFunnelLazyQuery>;
export type VacancyFunnelSuspenseQueryHookResult = ReturnType<typeof useVacancyFunnelSuspenseQuery>;
export const VacancyFunnelTotalsDocument = gql`
  query VacancyFunnelTotals($input: VacancyFunnelTotalsInput) {
    vacancyFunnelTotals(input: $input) {
      ...VacancyFunnelFields
    }
  }
  ${VacancyFunnelFieldsFragmentDoc}
`;
export function useVacancyFunnelTotalsQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    VacancyFunnelTotalsQuery,
    VacancyFunnelTotalsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<VacancyFunnelTotalsQuery, VacancyFunnelTotalsQueryVariables>(
    VacancyFunnelTotalsDocument,
    options,
  );
}
export function useVacancyFunnelTotalsLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    VacancyFunnelTotalsQuery,
    VacancyFunnelTotalsQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<VacancyFunnelTotalsQuery, VacancyFunnelTotalsQueryVariables>(
    VacancyFunnelTotalsDocument,
    options,
  );
}
// @ts-ignore
export function useVacancyFunnelTotalsSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    VacancyFunnelTotalsQuery,
    VacancyFunnelTotalsQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<
  VacancyFunnelTotalsQuery,
  VacancyFunnelTotalsQueryVariables
>;
export function useVacancyFunnelTotalsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VacancyFunnelTotalsQuery,
        VacancyFunnelTotalsQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  VacancyFunnelTotalsQuery,
  VacancyFunnelTotalsQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useVacancyFunnelTotalsSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        VacancyFunnelTotalsQuery,
        VacancyFunnelTotalsQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<
    VacancyFunnelTotalsQuery,
    VacancyFunnelTotalsQueryVariables
  >(VacancyFunnelTotalsDocument, options);
}
export type VacancyFunnelTotalsQueryHookResult = ReturnType<typeof useVacancyFunnelTotalsQuery>;
export type VacancyFunnelTotalsLazyQueryHookResult = ReturnType<
  typeof useVacancyFunnelTotalsLazyQuery
>;
export type VacancyFunnelTotalsSuspenseQueryHookResult = ReturnType<
  typeof useVacancyFunnelTotalsSuspenseQuery
>;
export const NetworksDocument = gql`
  query Networks {
    networks {
      ...NetworkFields
    }
  }
  ${NetworkFieldsFragmentDoc}
`;
export function useNetworksQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<NetworksQuery, NetworksQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<NetworksQuery, NetworksQueryVariables>(
    NetworksDocument,
    options,
  );
}
export function useNetworksLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<NetworksQuery, NetworksQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<NetworksQuery, NetworksQueryVariables>(
    NetworksDocument,
    options,
  );
}
// @ts-ignore
export function useNetworksSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<NetworksQuery, NetworksQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<NetworksQuery, NetworksQueryVariables>;
export function useNetworksSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworksQuery, NetworksQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  NetworksQuery,
  NetworksQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useNetworksSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworksQuery, NetworksQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<NetworksQuery, NetworksQueryVariables>(
    NetworksDocument,
    options,
  );
}
export type NetworksQueryHookResult = ReturnType<typeof useNetworksQuery>;
export type NetworksLazyQueryHookResult = ReturnType<typeof useNetworksLazyQuery>;
export type NetworksSuspenseQueryHookResult = ReturnType<typeof useNetworksSuspenseQuery>;
export const NetworkDocument = gql`
  query Network($input: NetworkInput!) {
    network(input: $input) {
      ...NetworkFields
    }
  }
  ${NetworkFieldsFragmentDoc}
`;
export function useNetworkQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<NetworkQuery, NetworkQueryVariables> &
    ({ variables: NetworkQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<NetworkQuery, NetworkQueryVariables>(NetworkDocument, options);
}
export function useNetworkLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<NetworkQuery, NetworkQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<NetworkQuery, NetworkQueryVariables>(
    NetworkDocument,
    options,
  );
}
// @ts-ignore
export function useNetworkSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<NetworkQuery, NetworkQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<NetworkQuery, NetworkQueryVariables>;
export function useNetworkSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworkQuery, NetworkQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  NetworkQuery,
  NetworkQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useNetworkSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworkQuery, NetworkQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<NetworkQuery, NetworkQueryVariables>(
    NetworkDocument,
    options,
  );
}
export type NetworkQueryHookResult = ReturnType<typeof useNetworkQuery>;
export type NetworkLazyQueryHookResult = ReturnType<typeof useNetworkLazyQuery>;
export type NetworkSuspenseQueryHookResult = ReturnType<typeof useNetworkSuspenseQuery>;
export const NetworkMembersDocument = gql`
  query NetworkMembers($input: NetworkInput!) {
    networkMembers(input: $input) {
      personId
      givenName
      familyName
      email
      departmentCode
      gradeCode
      joinedAt
    }
  }
`;
export function useNetworkMembersQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    NetworkMembersQuery,
    NetworkMembersQueryVariables
  > &
    ({ variables: NetworkMembersQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<NetworkMembersQuery, NetworkMembersQueryVariables>(
    NetworkMembersDocument,
    options,
  );
}
export function useNetworkMembersLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    NetworkMembersQuery,
    NetworkMembersQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<NetworkMembersQuery, NetworkMembersQueryVariables>(
    NetworkMembersDocument,
    options,
  );
}
// @ts-ignore
export function useNetworkMembersSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    NetworkMembersQuery,
    NetworkMembersQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<NetworkMembersQuery, NetworkMembersQueryVariables>;
export function useNetworkMembersSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworkMembersQuery, NetworkMembersQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  NetworkMembersQuery,
  NetworkMembersQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useNetworkMembersSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<NetworkMembersQuery, NetworkMembersQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<NetworkMembersQuery, NetworkMembersQueryVariables>(
    NetworkMembersDocument,
    options,
  );
}
export type NetworkMembersQueryHookResult = ReturnType<typeof useNetworkMembersQuery>;
export type NetworkMembersLazyQueryHookResult = ReturnType<typeof useNetworkMembersLazyQuery>;
export type NetworkMembersSuspenseQueryHookResult = ReturnType<
  typeof useNetworkMembersSuspenseQuery
>;
export const JoinNetworkDocument = gql`
  mutation JoinNetwork($input: NetworkInput!) {
    joinNetwork(input: $input) {
      ...NetworkFields
    }
  }
  ${NetworkFieldsFragmentDoc}
`;
export function useJoinNetworkMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    JoinNetworkMutation,
    JoinNetworkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<JoinNetworkMutation, JoinNetworkMutationVariables>(
    JoinNetworkDocument,
    options,
  );
}
export type JoinNetworkMutationHookResult = ReturnType<typeof useJoinNetworkMutation>;
export const LeaveNetworkDocument = gql`
  mutation LeaveNetwork($input: NetworkInput!) {
    leaveNetwork(input: $input)
  }
`;
export function useLeaveNetworkMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    LeaveNetworkMutation,
    LeaveNetworkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<LeaveNetworkMutation, LeaveNetworkMutationVariables>(
    LeaveNetworkDocument,
    options,
  );
}
export type LeaveNetworkMutationHookResult = ReturnType<typeof useLeaveNetworkMutation>;
export const CreateNetworkDocument = gql`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      ...NetworkFields
    }
  }
  ${NetworkFieldsFragmentDoc}
`;
export function useCreateNetworkMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CreateNetworkMutation,
    CreateNetworkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CreateNetworkMutation, CreateNetworkMutationVariables>(
    CreateNetworkDocument,
    options,
  );
}
export type CreateNetworkMutationHookResult = ReturnType<typeof useCreateNetworkMutation>;
export const UpdateNetworkDocument = gql`
  mutation UpdateNetwork($input: UpdateNetworkInput!) {
    updateNetwork(input: $input) {
      ...NetworkFields
    }
  }
  ${NetworkFieldsFragmentDoc}
`;
export function useUpdateNetworkMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    UpdateNetworkMutation,
    UpdateNetworkMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateNetworkMutation, UpdateNetworkMutationVariables>(
    UpdateNetworkDocument,
    options,
  );
}
export type UpdateNetworkMutationHookResult = ReturnType<typeof useUpdateNetworkMutation>;
export const RemoveNetworkMemberDocument = gql`
  mutation RemoveNetworkMember($input: RemoveNetworkMemberInput!) {
    removeNetworkMember(input: $input)
  }
`;
export function useRemoveNetworkMemberMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RemoveNetworkMemberMutation,
    RemoveNetworkMemberMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RemoveNetworkMemberMutation,
    RemoveNetworkMemberMutationVariables
  >(RemoveNetworkMemberDocument, options);
}
export type RemoveNetworkMemberMutationHookResult = ReturnType<
  typeof useRemoveNetworkMemberMutation
>;
export const OutboxDocument = gql`
  query Outbox($input: OutboxInput) {
    outbox(input: $input) {
      total
      items {
        id
        to
        subject
        text
        createdAt
        headers {
          name
          value
        }
      }
    }
  }
`;
export function useOutboxQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<OutboxQuery, OutboxQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<OutboxQuery, OutboxQueryVariables>(OutboxDocument, options);
}
export function useOutboxLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<OutboxQuery, OutboxQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<OutboxQuery, OutboxQueryVariables>(OutboxDocument, options);
}
// @ts-ignore
export function useOutboxSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<OutboxQuery, OutboxQueryVariables>,
): ApolloReactHooks.UseSuspenseQueryResult<OutboxQuery, OutboxQueryVariables>;
export function useOutboxSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OutboxQuery, OutboxQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  OutboxQuery,
  OutboxQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useOutboxSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<OutboxQuery, OutboxQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<OutboxQuery, OutboxQueryVariables>(
    OutboxDocument,
    options,
  );
}
export type OutboxQueryHookResult = ReturnType<typeof useOutboxQuery>;
export type OutboxLazyQueryHookResult = ReturnType<typeof useOutboxLazyQuery>;
export type OutboxSuspenseQueryHookResult = ReturnType<typeof useOutboxSuspenseQuery>;
export const MyVacanciesDocument = gql`
  query MyVacancies {
    myVacancies {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useMyVacanciesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<MyVacanciesQuery, MyVacanciesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<MyVacanciesQuery, MyVacanciesQueryVariables>(
    MyVacanciesDocument,
    options,
  );
}
export function useMyVacanciesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<MyVacanciesQuery, MyVacanciesQueryVariables>,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<MyVacanciesQuery, MyVacanciesQueryVariables>(
    MyVacanciesDocument,
    options,
  );
}
// @ts-ignore
export function useMyVacanciesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    MyVacanciesQuery,
    MyVacanciesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<MyVacanciesQuery, MyVacanciesQueryVariables>;
export function useMyVacanciesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyVacanciesQuery, MyVacanciesQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  MyVacanciesQuery,
  MyVacanciesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useMyVacanciesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<MyVacanciesQuery, MyVacanciesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<MyVacanciesQuery, MyVacanciesQueryVariables>(
    MyVacanciesDocument,
    options,
  );
}
export type MyVacanciesQueryHookResult = ReturnType<typeof useMyVacanciesQuery>;
export type MyVacanciesLazyQueryHookResult = ReturnType<typeof useMyVacanciesLazyQuery>;
export type MyVacanciesSuspenseQueryHookResult = ReturnType<typeof useMyVacanciesSuspenseQuery>;
export const CreateVacancyDocument = gql`
  mutation CreateVacancy($input: CreateVacancyInput!) {
    createVacancy(input: $input) {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useCreateVacancyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CreateVacancyMutation,
    CreateVacancyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CreateVacancyMutation, CreateVacancyMutationVariables>(
    CreateVacancyDocument,
    options,
  );
}
export type CreateVacancyMutationHookResult = ReturnType<typeof useCreateVacancyMutation>;
export const UpdateVacancyDocument = gql`
  mutation UpdateVacancy($input: UpdateVacancyInput!) {
    updateVacancy(input: $input) {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useUpdateVacancyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    UpdateVacancyMutation,
    UpdateVacancyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<UpdateVacancyMutation, UpdateVacancyMutationVariables>(
    UpdateVacancyDocument,
    options,
  );
}
export type UpdateVacancyMutationHookResult = ReturnType<typeof useUpdateVacancyMutation>;
export const PublishVacancyDocument = gql`
  mutation PublishVacancy($input: VacancyIdInput!) {
    publishVacancy(input: $input) {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function usePublishVacancyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    PublishVacancyMutation,
    PublishVacancyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<PublishVacancyMutation, PublishVacancyMutationVariables>(
    PublishVacancyDocument,
    options,
  );
}
export type PublishVacancyMutationHookResult = ReturnType<typeof usePublishVacancyMutation>;
export const CloseVacancyDocument = gql`
  mutation CloseVacancy($input: VacancyIdInput!) {
    closeVacancy(input: $input) {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useCloseVacancyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    CloseVacancyMutation,
    CloseVacancyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<CloseVacancyMutation, CloseVacancyMutationVariables>(
    CloseVacancyDocument,
    options,
  );
}
export type CloseVacancyMutationHookResult = ReturnType<typeof useCloseVacancyMutation>;
export const BroadcastVacancyDocument = gql`
  mutation BroadcastVacancy($input: BroadcastVacancyInput!) {
    broadcastVacancy(input: $input) {
      id
      audience
      networkIds
      createdAt
    }
  }
`;
export function useBroadcastVacancyMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    BroadcastVacancyMutation,
    BroadcastVacancyMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<BroadcastVacancyMutation, BroadcastVacancyMutationVariables>(
    BroadcastVacancyDocument,
    options,
  );
}
export type BroadcastVacancyMutationHookResult = ReturnType<typeof useBroadcastVacancyMutation>;
export const RecordAppointmentDocument = gql`
  mutation RecordAppointment($input: RecordAppointmentInput!) {
    recordAppointment(input: $input)
  }
`;
export function useRecordAppointmentMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordAppointmentMutation,
    RecordAppointmentMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordAppointmentMutation,
    RecordAppointmentMutationVariables
  >(RecordAppointmentDocument, options);
}
export type RecordAppointmentMutationHookResult = ReturnType<typeof useRecordAppointmentMutation>;
export const ReservedSharesDocument = gql`
  query ReservedShares {
    reservedShares {
      ...ReservedShareFields
    }
  }
  ${ReservedShareFieldsFragmentDoc}
`;
export function useReservedSharesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    ReservedSharesQuery,
    ReservedSharesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<ReservedSharesQuery, ReservedSharesQueryVariables>(
    ReservedSharesDocument,
    options,
  );
}
export function useReservedSharesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    ReservedSharesQuery,
    ReservedSharesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<ReservedSharesQuery, ReservedSharesQueryVariables>(
    ReservedSharesDocument,
    options,
  );
}
// @ts-ignore
export function useReservedSharesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    ReservedSharesQuery,
    ReservedSharesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<ReservedSharesQuery, ReservedSharesQueryVariables>;
export function useReservedSharesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReservedSharesQuery, ReservedSharesQueryVariables>,
): ApolloReactHooks.useSuspenseQuery.Result<
  ReservedSharesQuery,
  ReservedSharesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useReservedSharesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<ReservedSharesQuery, ReservedSharesQueryVariables>,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<ReservedSharesQuery, ReservedSharesQueryVariables>(
    ReservedSharesDocument,
    options,
  );
}
export type ReservedSharesQueryHookResult = ReturnType<typeof useReservedSharesQuery>;
export type ReservedSharesLazyQueryHookResult = ReturnType<typeof useReservedSharesLazyQuery>;
export type ReservedSharesSuspenseQueryHookResult = ReturnType<
  typeof useReservedSharesSuspenseQuery
>;
export const SetReservedShareCapDocument = gql`
  mutation SetReservedShareCap($input: SetReservedShareCapInput!) {
    setReservedShareCap(input: $input) {
      ...ReservedShareFields
    }
  }
  ${ReservedShareFieldsFragmentDoc}
`;
export function useSetReservedShareCapMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    SetReservedShareCapMutation,
    SetReservedShareCapMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    SetReservedShareCapMutation,
    SetReservedShareCapMutationVariables
  >(SetReservedShareCapDocument, options);
}
export type SetReservedShareCapMutationHookResult = ReturnType<
  typeof useSetReservedShareCapMutation
>;
export const AcceleratorRolesDocument = gql`
  query AcceleratorRoles($input: AcceleratorRolesInput) {
    acceleratorRoles(input: $input) {
      total
      items {
        ...VacancyFields
      }
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useAcceleratorRolesQuery(
  baseOptions?: ApolloReactHooks.QueryHookOptions<
    AcceleratorRolesQuery,
    AcceleratorRolesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AcceleratorRolesQuery, AcceleratorRolesQueryVariables>(
    AcceleratorRolesDocument,
    options,
  );
}
export function useAcceleratorRolesLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    AcceleratorRolesQuery,
    AcceleratorRolesQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<AcceleratorRolesQuery, AcceleratorRolesQueryVariables>(
    AcceleratorRolesDocument,
    options,
  );
}
// @ts-ignore
export function useAcceleratorRolesSuspenseQuery(
  baseOptions?: ApolloReactHooks.SuspenseQueryHookOptions<
    AcceleratorRolesQuery,
    AcceleratorRolesQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<AcceleratorRolesQuery, AcceleratorRolesQueryVariables>;
export function useAcceleratorRolesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AcceleratorRolesQuery,
        AcceleratorRolesQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  AcceleratorRolesQuery,
  AcceleratorRolesQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAcceleratorRolesSuspenseQuery(
  baseOptions?:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AcceleratorRolesQuery,
        AcceleratorRolesQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<AcceleratorRolesQuery, AcceleratorRolesQueryVariables>(
    AcceleratorRolesDocument,
    options,
  );
}
export type AcceleratorRolesQueryHookResult = ReturnType<typeof useAcceleratorRolesQuery>;
export type AcceleratorRolesLazyQueryHookResult = ReturnType<typeof useAcceleratorRolesLazyQuery>;
export type AcceleratorRolesSuspenseQueryHookResult = ReturnType<
  typeof useAcceleratorRolesSuspenseQuery
>;
export const AcceleratorRoleDocument = gql`
  query AcceleratorRole($input: VacancyIdInput!) {
    acceleratorRole(input: $input) {
      ...VacancyFields
    }
  }
  ${VacancyFieldsFragmentDoc}
`;
export function useAcceleratorRoleQuery(
  baseOptions: ApolloReactHooks.QueryHookOptions<
    AcceleratorRoleQuery,
    AcceleratorRoleQueryVariables
  > &
    ({ variables: AcceleratorRoleQueryVariables; skip?: boolean } | { skip: boolean }),
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useQuery<AcceleratorRoleQuery, AcceleratorRoleQueryVariables>(
    AcceleratorRoleDocument,
    options,
  );
}
export function useAcceleratorRoleLazyQuery(
  baseOptions?: ApolloReactHooks.LazyQueryHookOptions<
    AcceleratorRoleQuery,
    AcceleratorRoleQueryVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useLazyQuery<AcceleratorRoleQuery, AcceleratorRoleQueryVariables>(
    AcceleratorRoleDocument,
    options,
  );
}
// @ts-ignore
export function useAcceleratorRoleSuspenseQuery(
  baseOptions: ApolloReactHooks.SuspenseQueryHookOptions<
    AcceleratorRoleQuery,
    AcceleratorRoleQueryVariables
  >,
): ApolloReactHooks.UseSuspenseQueryResult<AcceleratorRoleQuery, AcceleratorRoleQueryVariables>;
export function useAcceleratorRoleSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AcceleratorRoleQuery,
        AcceleratorRoleQueryVariables
      >,
): ApolloReactHooks.useSuspenseQuery.Result<
  AcceleratorRoleQuery,
  AcceleratorRoleQueryVariables,
  'empty' | 'complete' | 'streaming'
>;
export function useAcceleratorRoleSuspenseQuery(
  baseOptions:
    | ApolloReactHooks.SkipToken
    | ApolloReactHooks.SuspenseQueryHookOptions<
        AcceleratorRoleQuery,
        AcceleratorRoleQueryVariables
      >,
) {
  const options =
    baseOptions === ApolloReactHooks.skipToken
      ? baseOptions
      : { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useSuspenseQuery<AcceleratorRoleQuery, AcceleratorRoleQueryVariables>(
    AcceleratorRoleDocument,
    options,
  );
}
export type AcceleratorRoleQueryHookResult = ReturnType<typeof useAcceleratorRoleQuery>;
export type AcceleratorRoleLazyQueryHookResult = ReturnType<typeof useAcceleratorRoleLazyQuery>;
export type AcceleratorRoleSuspenseQueryHookResult = ReturnType<
  typeof useAcceleratorRoleSuspenseQuery
>;
export const RecordVacancyViewDocument = gql`
  mutation RecordVacancyView($input: VacancyIdInput!) {
    recordVacancyView(input: $input)
  }
`;
export function useRecordVacancyViewMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordVacancyViewMutation,
    RecordVacancyViewMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordVacancyViewMutation,
    RecordVacancyViewMutationVariables
  >(RecordVacancyViewDocument, options);
}
export type RecordVacancyViewMutationHookResult = ReturnType<typeof useRecordVacancyViewMutation>;
export const RecordApplicationDocument = gql`
  mutation RecordApplication($input: VacancyIdInput!) {
    recordApplication(input: $input)
  }
`;
export function useRecordApplicationMutation(
  baseOptions?: ApolloReactHooks.MutationHookOptions<
    RecordApplicationMutation,
    RecordApplicationMutationVariables
  >,
) {
  const options = { ...defaultOptions, ...baseOptions };
  return ApolloReactHooks.useMutation<
    RecordApplicationMutation,
    RecordApplicationMutationVariables
  >(RecordApplicationDocument, options);
}
export type RecordApplicationMutationHookResult = ReturnType<typeof useRecordApplicationMutation>;
