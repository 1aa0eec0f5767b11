import { RequireSignIn } from '@pathways/web-account';
import type { ReactElement } from 'react';
import { ApplicationSentPage } from './apply/ApplicationSentPage';
import { AfterSixteenPage } from './apply/AfterSixteenPage';
import { ApplyStartPage } from './apply/ApplyStartPage';
import { CheckApplicationPage } from './apply/CheckApplicationPage';
import { DateOfBirthPage } from './apply/DateOfBirthPage';
import { EligibilityPage } from './apply/EligibilityPage';
import { RegionsPage } from './apply/RegionsPage';
import { WeeksInCarePage } from './apply/WeeksInCarePage';
import { WorkPage } from './apply/WorkPage';
import { InternshipsHomePage } from './candidate/InternshipsHomePage';
import { OfferPage } from './candidate/OfferPage';
import { WithdrawApplicationPage } from './candidate/WithdrawApplicationPage';
import { RequireCoordinator } from './common/RequireCoordinator';
import { RequireDepartmentLead } from './common/RequireDepartmentLead';
import { CoordinatorHomePage } from './coordinator/CoordinatorHomePage';
import { CreateProgrammePage } from './coordinator/CreateProgrammePage';
import { IntakePage } from './coordinator/IntakePage';
import { OfferPlacementPage } from './coordinator/OfferPlacementPage';
import { OpenIntakePage } from './coordinator/OpenIntakePage';
import { ProgrammePage } from './coordinator/ProgrammePage';
import { ReportPage } from './coordinator/ReportPage';
import { DepartmentHomePage } from './department/DepartmentHomePage';
import { DepartmentOfferPlacementPage } from './department/DepartmentOfferPlacementPage';
import { CheckInPage } from './line-manager/CheckInPage';
import { CheckOutcomePage } from './line-manager/CheckOutcomePage';
import { ManagedPlacementPage } from './line-manager/ManagedPlacementPage';
import { ManagedPlacementsPage } from './line-manager/ManagedPlacementsPage';
import { OutcomePage } from './line-manager/OutcomePage';
import { TrainingPage } from './line-manager/TrainingPage';

export interface InternshipRoute {
  path: string;
  element: ReactElement;
}

const signedIn = (element: ReactElement) => <RequireSignIn>{element}</RequireSignIn>;
const coordinator = (element: ReactElement) => <RequireCoordinator>{element}</RequireCoordinator>;
const departmentLead = (element: ReactElement) => (
  <RequireDepartmentLead>{element}</RequireDepartmentLead>
);
const apply = '/internships/apply/:intakeId';
const manage = '/internships/manage';
const placement = '/internships/placements/:placementId';

/** Every page of care leaver internships; the API decides what each person may see. */
export const INTERNSHIP_ROUTES: readonly InternshipRoute[] = [
  { path: '/internships', element: signedIn(<InternshipsHomePage />) },
  { path: '/internships/offers/:matchId', element: signedIn(<OfferPage />) },
  {
    path: '/internships/applications/:applicationId/withdraw',
    element: signedIn(<WithdrawApplicationPage />),
  },
  { path: apply, element: signedIn(<ApplyStartPage />) },
  { path: `${apply}/weeks-in-care`, element: signedIn(<WeeksInCarePage />) },
  { path: `${apply}/after-sixteen`, element: signedIn(<AfterSixteenPage />) },
  { path: `${apply}/date-of-birth`, element: signedIn(<DateOfBirthPage />) },
  { path: `${apply}/eligibility`, element: signedIn(<EligibilityPage />) },
  { path: `${apply}/regions`, element: signedIn(<RegionsPage />) },
  { path: `${apply}/work`, element: signedIn(<WorkPage />) },
  { path: `${apply}/check`, element: signedIn(<CheckApplicationPage />) },
  { path: `${apply}/sent`, element: signedIn(<ApplicationSentPage />) },
  { path: manage, element: coordinator(<CoordinatorHomePage />) },
  { path: `${manage}/new`, element: coordinator(<CreateProgrammePage />) },
  { path: `${manage}/programmes/:programmeId`, element: coordinator(<ProgrammePage />) },
  {
    path: `${manage}/programmes/:programmeId/intakes/new`,
    element: coordinator(<OpenIntakePage />),
  },
  { path: `${manage}/programmes/:programmeId/report`, element: signedIn(<ReportPage />) },
  { path: `${manage}/intakes/:intakeId`, element: coordinator(<IntakePage />) },
  {
    path: `${manage}/intakes/:intakeId/placements/new`,
    element: coordinator(<OfferPlacementPage />),
  },
  { path: '/internships/department', element: departmentLead(<DepartmentHomePage />) },
  {
    path: '/internships/department/intakes/:intakeId/placements/new',
    element: departmentLead(<DepartmentOfferPlacementPage />),
  },
  { path: '/internships/placements', element: signedIn(<ManagedPlacementsPage />) },
  { path: placement, element: signedIn(<ManagedPlacementPage />) },
  { path: `${placement}/training`, element: signedIn(<TrainingPage />) },
  { path: `${placement}/check-in`, element: signedIn(<CheckInPage />) },
  { path: `${placement}/outcome`, element: signedIn(<OutcomePage />) },
  { path: `${placement}/outcome/check`, element: signedIn(<CheckOutcomePage />) },
];
