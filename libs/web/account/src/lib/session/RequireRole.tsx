import { useDocumentTitle } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { RequireSignIn } from './RequireSignIn';
import { holdsRole, type RoleName } from './roles';
import { useCurrentUser } from './useCurrentUser';

/** Hides pages a person's roles do not cover; the API refuses their data either way. */
export function RequireRole({ role, children }: { role: RoleName; children: ReactNode }) {
  return (
    <RequireSignIn>
      <RoleCheck role={role}>{children}</RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ role, children }: { role: RoleName; children: ReactNode }) {
  const { user } = useCurrentUser();
  if (holdsRole(user?.roles, role)) return children;
  return <NotAllowed />;
}

function NotAllowed() {
  useDocumentTitle('You do not have permission to see this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have permission to see this page</h1>
        <p className="govuk-body">
          Only administrators can use this page. If you need access, ask an administrator to give
          you the admin role.
        </p>
      </div>
    </div>
  );
}
