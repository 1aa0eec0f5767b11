import { RequireSignIn } from '@pathways/web-account';
import { useCurrentUserQuery } from '@pathways/web-graphql';
import { MessagePage } from '@pathways/web-ui';
import type { ReactNode } from 'react';

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
  return (
    <MessagePage title="You do not have permission to see this page">
      <p className="govuk-body">
        Only programme leads can use this page. If you run a programme, ask an administrator to give
        you the programme lead role.
      </p>
    </MessagePage>
  );
}
