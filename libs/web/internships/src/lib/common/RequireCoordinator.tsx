import { RequireSignIn } from '@pathways/web-account';
import { useCurrentUserQuery } from '@pathways/web-graphql';
import { Loading } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { NotYours } from './NotYours';

/** Coordinating is for programme leads and admins; the API checks which programmes. */
export function RequireCoordinator({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <CoordinatorCheck>{children}</CoordinatorCheck>
    </RequireSignIn>
  );
}

function CoordinatorCheck({ children }: { children: ReactNode }) {
  const { data, loading } = useCurrentUserQuery();
  if (loading && !data) return <Loading />;
  const roles = data?.me?.roles ?? [];
  if (roles.some((grant) => grant.role === 'programme_lead' || grant.role === 'admin')) {
    return children;
  }
  return (
    <NotYours what="Only programme leads who coordinate an internship programme, and admins, can use this page." />
  );
}

export function isCoordinator(roles: readonly { role: string }[]): boolean {
  return roles.some((grant) => grant.role === 'programme_lead' || grant.role === 'admin');
}
