import { RequireSignIn } from '@pathways/web-account';
import type { ReactElement } from 'react';
import { CareerEventsPage } from './career/CareerEventsPage';
import { MyCareerEventsPage } from './career/MyCareerEventsPage';
import { RecordCareerEventPage } from './career/RecordCareerEventPage';
import { ReportCareerEventPage } from './career/ReportCareerEventPage';
import { RequireAnyRole } from './common/RequireAnyRole';
import { ProgrammeDashboardPage } from './dashboard/ProgrammeDashboardPage';
import { OutcomesHomePage } from './programmes/OutcomesHomePage';
import { OutcomeReportPage } from './report/OutcomeReportPage';
import { FiveYearTargetsPage } from './workforce/FiveYearTargetsPage';
import { WorkforceDashboardPage } from './workforce/WorkforceDashboardPage';

export interface OutcomeRoute {
  path: string;
  element: ReactElement;
}

const signedIn = (element: ReactElement) => <RequireSignIn>{element}</RequireSignIn>;
const leads = (element: ReactElement) => (
  <RequireAnyRole roles={['programme_lead', 'admin']} who="programme leads">
    {element}
  </RequireAnyRole>
);
// The API also lets analysts read a programme's report; it checks the programme either way.
const reportReaders = (element: ReactElement) => (
  <RequireAnyRole roles={['programme_lead', 'analyst', 'admin']} who="programme leads and analysts">
    {element}
  </RequireAnyRole>
);
const analysts = (element: ReactElement) => (
  <RequireAnyRole roles={['analyst', 'admin']} who="analysts and admins">
    {element}
  </RequireAnyRole>
);
const admins = (element: ReactElement) => (
  <RequireAnyRole roles={['admin']} who="admins">
    {element}
  </RequireAnyRole>
);

/** Programme codes appear in addresses; people never do. */
export const OUTCOME_ROUTES: readonly OutcomeRoute[] = [
  { path: '/outcomes', element: leads(<OutcomesHomePage />) },
  { path: '/outcomes/:programme', element: reportReaders(<OutcomeReportPage />) },
  { path: '/outcomes/:programme/dashboard', element: leads(<ProgrammeDashboardPage />) },
  { path: '/outcomes/:programme/career-events', element: leads(<CareerEventsPage />) },
  { path: '/outcomes/:programme/career-events/new', element: leads(<RecordCareerEventPage />) },
  { path: '/account/career', element: signedIn(<MyCareerEventsPage />) },
  { path: '/account/career/new', element: signedIn(<ReportCareerEventPage />) },
  { path: '/workforce', element: analysts(<WorkforceDashboardPage />) },
  { path: '/workforce/targets', element: admins(<FiveYearTargetsPage />) },
];
