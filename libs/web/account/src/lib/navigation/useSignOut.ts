import { useSignOutMutation } from '@pathways/web-graphql';
import { clearDraft } from '../questions/draft-store';

/**
 * Signs out, forgets the questionnaire draft, then loads a fresh page so nothing read while
 * signed in (answers, people) stays in this tab's memory.
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const [mutate, { loading }] = useSignOutMutation();
  const signOut = async () => {
    try {
      await mutate();
    } finally {
      clearDraft();
      window.location.assign('/signed-out');
    }
  };
  return { signOut, signingOut: loading };
}
