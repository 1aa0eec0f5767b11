import { RequireSignIn } from '@pathways/web-account';
import { useCurrentUserQuery } from '@pathways/web-graphql';
import { Loading } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { NotYours } from './NotYours';

export const NOT_A_DEPARTMENT_LEAD =
  'Only department leads can use this page. An admin can make you the lead of your department.';

/** For department leads; the API decides which departments' placements they see. */
export function RequireDepartmentLead({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <DepartmentLeadCheck>{children}</DepartmentLeadCheck>
    </RequireSignIn>
  );
}

function DepartmentLeadCheck({ children }: { children: ReactNode }) {
  const { data, loading } = useCurrentUserQuery();
  if (loading && !data) return <Loading />;
  if (isDepartmentLead(data?.me?.roles ?? [])) return children;
  return <NotYours what={NOT_A_DEPARTMENT_LEAD} />;
}

export function isDepartmentLead(roles: readonly { role: string }[]): boolean {
  return roles.some((grant) => grant.role === 'department_lead');
}
