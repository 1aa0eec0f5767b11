import { useAccountReferenceNamesQuery } from '@pathways/web-graphql';
import {
  NotificationBanner,
  SummaryList,
  useDocumentTitle,
  useLinkComponent,
} from '@pathways/web-ui';
import { useLocation } from 'react-router-dom';
import { flashFrom } from '../common/flash';
import { roleLabel, scopeLabel } from '../session/roles';
import { useCurrentUser } from '../session/useCurrentUser';
import { DownloadDataButton } from './DownloadDataButton';

export function AccountPage() {
  useDocumentTitle('Your account');
  const Link = useLinkComponent();
  const flash = flashFrom(useLocation().state);
  const { user } = useCurrentUser();
  const { data: names } = useAccountReferenceNamesQuery();
  if (!user) return null;
  const nameOf = (items: readonly { code: string; name: string }[] | undefined, code: string) =>
    items?.find((item) => item.code === code)?.name ?? code;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {flash && <NotificationBanner type="success" heading={flash} />}
        <h1 className="govuk-heading-l">Your account</h1>
        <h2 className="govuk-heading-m">Your details</h2>
        <SummaryList
          rows={[
            { key: 'Name', value: `${user.givenName} ${user.familyName}` },
            { key: 'Email address', value: user.email },
            { key: 'Staff number', value: user.staffNumber },
            { key: 'Department', value: nameOf(names?.departments, user.departmentCode) },
            { key: 'Grade', value: nameOf(names?.grades, user.gradeCode) },
            {
              key: 'Password',
              value: '••••••••••••',
              actions: [
                {
                  href: '/account/change-password',
                  text: 'Change',
                  visuallyHiddenText: 'password',
                },
              ],
            },
          ]}
        />
        <h2 className="govuk-heading-m">Your roles</h2>
        <ul className="govuk-list govuk-list--bullet">
          {user.roles.map((grant) => (
            <li key={grant.id}>
              {roleLabel(grant.role)}
              {grant.scopeType && ` (${scopeLabel(grant)})`}
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">Your answers about your background</h2>
        <p className="govuk-body">
          Only you can see your answers.{' '}
          <Link href="/questions/mine" className="govuk-link">
            See, change or withdraw your answers
          </Link>
          , or{' '}
          <Link href="/questions" className="govuk-link">
            find out why we ask
          </Link>
          .
        </p>
        <h2 className="govuk-heading-m">Your data</h2>
        <p className="govuk-body">
          Download everything Pathways holds about you as a JSON file: your details, answers,
          account, roles and the audit trail of who has used your data.
        </p>
        <DownloadDataButton />
      </div>
    </div>
  );
}
