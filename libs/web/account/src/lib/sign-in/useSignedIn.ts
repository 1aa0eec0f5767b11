import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { clearDraft } from '../questions/draft-store';

/** After signing in or up: forget what was cached while signed out, then go where they were going. */
export function useSignedIn(): (to: string) => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (to: string) => {
    clearDraft();
    await client.resetStore();
    navigate(to, { replace: true });
  };
}
