import type { ReactElement } from 'react';
import { AccountPage } from './account/AccountPage';
import { ChangePasswordPage } from './account/ChangePasswordPage';
import { AddReferenceItemPage } from './admin/AddReferenceItemPage';
import { AdminHomePage } from './admin/AdminHomePage';
import { AuditLogPage } from './admin/AuditLogPage';
import { ErasePersonPage } from './admin/ErasePersonPage';
import { PeopleSearchPage } from './admin/PeopleSearchPage';
import { PersonRolesPage } from './admin/PersonRolesPage';
import { ReferenceDataPage } from './admin/ReferenceDataPage';
import { RevokeRolePage } from './admin/RevokeRolePage';
import { AnswersSentPage } from './questions/AnswersSentPage';
import { CheckAnswersPage } from './questions/CheckAnswersPage';
import { MyAnswersPage } from './questions/MyAnswersPage';
import { QuestionPage } from './questions/QuestionPage';
import { QuestionsStartPage } from './questions/QuestionsStartPage';
import { WithdrawAnswersPage } from './questions/WithdrawAnswersPage';
import { RequireRole } from './session/RequireRole';
import { RequireSignIn } from './session/RequireSignIn';
import { SignedOutPage } from './sign-in/SignedOutPage';
import { SignInPage } from './sign-in/SignInPage';
import { SignUpPage } from './sign-in/SignUpPage';

export interface AccountRoute {
  path: string;
  element: ReactElement;
}

const signedIn = (element: ReactElement) => <RequireSignIn>{element}</RequireSignIn>;
const admin = (element: ReactElement) => <RequireRole role="admin">{element}</RequireRole>;

/** Every page of this lib, for the app's router; guarded pages send visitors to sign in. */
export const ACCOUNT_ROUTES: readonly AccountRoute[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/sign-up', element: <SignUpPage /> },
  { path: '/signed-out', element: <SignedOutPage /> },
  { path: '/account', element: signedIn(<AccountPage />) },
  { path: '/account/change-password', element: signedIn(<ChangePasswordPage />) },
  { path: '/questions', element: <QuestionsStartPage /> },
  { path: '/questions/check', element: signedIn(<CheckAnswersPage />) },
  { path: '/questions/confirmation', element: signedIn(<AnswersSentPage />) },
  { path: '/questions/mine', element: signedIn(<MyAnswersPage />) },
  { path: '/questions/mine/withdraw', element: signedIn(<WithdrawAnswersPage />) },
  { path: '/questions/:key', element: signedIn(<QuestionPage />) },
  { path: '/admin', element: admin(<AdminHomePage />) },
  { path: '/admin/people', element: admin(<PeopleSearchPage />) },
  { path: '/admin/people/:personId', element: admin(<PersonRolesPage />) },
  { path: '/admin/people/:personId/roles/:grantId/revoke', element: admin(<RevokeRolePage />) },
  { path: '/admin/people/:personId/erase', element: admin(<ErasePersonPage />) },
  { path: '/admin/reference-data', element: admin(<ReferenceDataPage />) },
  {
    path: '/admin/reference-data/departments/new',
    element: admin(<AddReferenceItemPage kind="department" />),
  },
  {
    path: '/admin/reference-data/professions/new',
    element: admin(<AddReferenceItemPage kind="profession" />),
  },
  { path: '/admin/audit', element: admin(<AuditLogPage />) },
];
