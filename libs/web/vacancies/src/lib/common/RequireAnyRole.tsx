import { RequireSignIn } from '@pathways/web-account';
import { useCurrentUserQuery } from '@pathways/web-graphql';
import { NotAllowed } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { holdsAnyRole } from './roles';

export interface RequireAnyRoleProps {
  roles: readonly string[];
  /** Who may use the page, for the refusal: "network leads", "analysts and admins". */
  who: string;
  children: ReactNode;
}

/** Hides pages from people without one of the roles; the API refuses them the data either way. */
export function RequireAnyRole({ roles, who, children }: RequireAnyRoleProps) {
  return (
    <RequireSignIn>
      <RoleCheck roles={roles} who={who}>
        {children}
      </RoleCheck>
    </RequireSignIn>
  );
}

function RoleCheck({ roles, who, children }: RequireAnyRoleProps) {
  const { data } = useCurrentUserQuery();
  return holdsAnyRole(data?.me?.roles, roles) ? children : <NotAllowed who={who} />;
}
