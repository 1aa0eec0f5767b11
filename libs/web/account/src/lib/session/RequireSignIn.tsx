import { Loading } from '@pathways/web-ui';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { ReturnState } from './return-path';
import { useCurrentUser } from './useCurrentUser';

/** Sends signed-out visitors to sign in, then back here; the path carries no personal data. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { loading, user } = useCurrentUser();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) {
    const state: ReturnState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return children;
}
