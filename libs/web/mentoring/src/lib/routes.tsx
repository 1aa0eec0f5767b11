import { RequireSignIn } from '@pathways/web-account';
import type { ReactElement } from 'react';
import { CohortPage } from './cohorts/CohortPage';
import { RequireProgrammeLead } from './common/RequireProgrammeLead';
import { FairnessPage } from './matching/FairnessPage';
import { MatchingPage } from './matching/MatchingPage';
import { PairByHandPage } from './matching/PairByHandPage';
import { ApplicationSentPage } from './mentee/ApplicationSentPage';
import { ApplyQuestionPage } from './mentee/ApplyQuestionPage';
import { ApplyStartPage } from './mentee/ApplyStartPage';
import { CheckApplicationPage } from './mentee/CheckApplicationPage';
import { MentoringPage } from './mentee/MentoringPage';
import { MyApplicationsPage } from './mentee/MyApplicationsPage';
import { WithdrawApplicationPage } from './mentee/WithdrawApplicationPage';
import { CheckVolunteerPage } from './mentor/CheckVolunteerPage';
import { DeclineProposalPage } from './mentor/DeclineProposalPage';
import { MentorProposalsPage } from './mentor/MentorProposalsPage';
import { MyOffersPage } from './mentor/MyOffersPage';
import { VolunteerPage } from './mentor/VolunteerPage';
import { NotificationsPage } from './notifications/NotificationsPage';
import { CheckCohortPage } from './programmes/CheckCohortPage';
import { CheckProgrammePage } from './programmes/CheckProgrammePage';
import { ChoosePresetPage } from './programmes/ChoosePresetPage';
import { EditCohortPage } from './programmes/EditCohortPage';
import { EditProgrammePage } from './programmes/EditProgrammePage';
import { NewCohortPage } from './programmes/NewCohortPage';
import { ProgrammeDetailsPage } from './programmes/ProgrammeDetailsPage';
import { ProgrammePage } from './programmes/ProgrammePage';
import { ProgrammesPage } from './programmes/ProgrammesPage';
import { CompleteRelationshipPage } from './relationships/CompleteRelationshipPage';
import { EndRelationshipPage } from './relationships/EndRelationshipPage';
import { LogSessionPage } from './relationships/LogSessionPage';
import { RelationshipPage } from './relationships/RelationshipPage';
import { SurveyPage } from './surveys/SurveyPage';
import { SurveysPage } from './surveys/SurveysPage';

export interface MentoringRoute {
  path: string;
  element: ReactElement;
}

const signedIn = (element: ReactElement) => <RequireSignIn>{element}</RequireSignIn>;
const lead = (element: ReactElement) => <RequireProgrammeLead>{element}</RequireProgrammeLead>;

/**
 * Every page of this lib, for the app's router. Notification links point at /mentoring,
 * /mentoring/proposals, /mentoring/relationships/:id, /mentoring/surveys and
 * /programmes/cohorts/:id/matching, so those paths must stay.
 */
export const MENTORING_ROUTES: readonly MentoringRoute[] = [
  { path: '/programmes', element: lead(<ProgrammesPage />) },
  { path: '/programmes/new', element: lead(<ChoosePresetPage />) },
  { path: '/programmes/new/details', element: lead(<ProgrammeDetailsPage />) },
  { path: '/programmes/new/check', element: lead(<CheckProgrammePage />) },
  { path: '/programmes/cohorts/:cohortId', element: lead(<CohortPage />) },
  { path: '/programmes/cohorts/:cohortId/edit', element: lead(<EditCohortPage />) },
  { path: '/programmes/cohorts/:cohortId/matching', element: lead(<MatchingPage />) },
  { path: '/programmes/cohorts/:cohortId/matching/pair', element: lead(<PairByHandPage />) },
  { path: '/programmes/cohorts/:cohortId/fairness', element: lead(<FairnessPage />) },
  { path: '/programmes/:programmeId', element: lead(<ProgrammePage />) },
  { path: '/programmes/:programmeId/edit', element: lead(<EditProgrammePage />) },
  { path: '/programmes/:programmeId/cohorts/new', element: lead(<NewCohortPage />) },
  { path: '/programmes/:programmeId/cohorts/new/check', element: lead(<CheckCohortPage />) },
  { path: '/mentoring', element: signedIn(<MentoringPage />) },
  { path: '/mentoring/applications', element: signedIn(<MyApplicationsPage />) },
  {
    path: '/mentoring/applications/:applicationId/withdraw',
    element: signedIn(<WithdrawApplicationPage />),
  },
  { path: '/mentoring/cohorts/:cohortId/apply', element: signedIn(<ApplyStartPage />) },
  { path: '/mentoring/cohorts/:cohortId/apply/check', element: signedIn(<CheckApplicationPage />) },
  {
    path: '/mentoring/cohorts/:cohortId/apply/confirmation',
    element: signedIn(<ApplicationSentPage />),
  },
  { path: '/mentoring/cohorts/:cohortId/apply/:step', element: signedIn(<ApplyQuestionPage />) },
  { path: '/mentoring/cohorts/:cohortId/volunteer', element: signedIn(<VolunteerPage />) },
  {
    path: '/mentoring/cohorts/:cohortId/volunteer/check',
    element: signedIn(<CheckVolunteerPage />),
  },
  { path: '/mentoring/volunteering', element: signedIn(<MyOffersPage />) },
  { path: '/mentoring/proposals', element: signedIn(<MentorProposalsPage />) },
  {
    path: '/mentoring/proposals/:relationshipId/decline',
    element: signedIn(<DeclineProposalPage />),
  },
  { path: '/mentoring/relationships/:relationshipId', element: signedIn(<RelationshipPage />) },
  {
    path: '/mentoring/relationships/:relationshipId/sessions/new',
    element: signedIn(<LogSessionPage />),
  },
  {
    path: '/mentoring/relationships/:relationshipId/complete',
    element: signedIn(<CompleteRelationshipPage />),
  },
  {
    path: '/mentoring/relationships/:relationshipId/end',
    element: signedIn(<EndRelationshipPage />),
  },
  { path: '/mentoring/surveys', element: signedIn(<SurveysPage />) },
  { path: '/mentoring/surveys/:relationshipId/:kind', element: signedIn(<SurveyPage />) },
  { path: '/notifications', element: signedIn(<NotificationsPage />) },
];
