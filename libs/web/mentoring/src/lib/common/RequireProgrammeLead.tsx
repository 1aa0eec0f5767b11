import { RequireSignIn } from '@pathways/web-account';
import { useCurrentUserQuery } from '@pathways/web-graphql';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

/** Hides the lead's pages from everyone else; the API refuses them the data either way. */
export function RequireProgrammeLead({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <LeadCheck>{children}</LeadCheck>
    </RequireSignIn>
  );
}

function LeadCheck({ children }: { children: ReactNode }) {
  const { data } = useCurrentUserQuery();
  const leads = (data?.me?.roles ?? []).some((grant) => grant.role === 'programme_lead');
  return leads ? children : <NotAllowed />;
}

function NotAllowed() {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">
          Only programme leads can use this page. If you run a programme, ask an administrator to
          give you the programme lead role.
        </p>
      </div>
    </div>
  );
}
