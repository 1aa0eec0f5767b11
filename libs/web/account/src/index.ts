// Accounts, sign-in, the questions about background, and admin pages of the web client.
export { ACCOUNT_ROUTES, type AccountRoute } from './lib/routes';
export { AccountNavigation } from './lib/navigation/AccountNavigation';
export { HomeAccountActions } from './lib/home/HomeAccountActions';

export { SignInPage } from './lib/sign-in/SignInPage';
export { SignUpPage } from './lib/sign-in/SignUpPage';
export { SignedOutPage } from './lib/sign-in/SignedOutPage';
export { AccountPage } from './lib/account/AccountPage';
export { ChangePasswordPage } from './lib/account/ChangePasswordPage';
export { QuestionsStartPage } from './lib/questions/QuestionsStartPage';
export { QuestionPage } from './lib/questions/QuestionPage';
export { CheckAnswersPage } from './lib/questions/CheckAnswersPage';
export { AnswersSentPage } from './lib/questions/AnswersSentPage';
export { MyAnswersPage } from './lib/questions/MyAnswersPage';
export { WithdrawAnswersPage } from './lib/questions/WithdrawAnswersPage';
export { AdminHomePage } from './lib/admin/AdminHomePage';
export { PeopleSearchPage } from './lib/admin/PeopleSearchPage';
export { PersonRolesPage } from './lib/admin/PersonRolesPage';
export { RevokeRolePage } from './lib/admin/RevokeRolePage';
export { ErasePersonPage } from './lib/admin/ErasePersonPage';
export { ReferenceDataPage } from './lib/admin/ReferenceDataPage';
export { AddReferenceItemPage } from './lib/admin/AddReferenceItemPage';
export { AuditLogPage } from './lib/admin/AuditLogPage';
export { RequireSignIn } from './lib/session/RequireSignIn';
export { RequireRole } from './lib/session/RequireRole';
