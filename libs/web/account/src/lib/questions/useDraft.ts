import { useMyAnswersQuery } from '@pathways/web-graphql';
import { useSyncExternalStore } from 'react';
import { readDraft, subscribeToDraft } from './draft-store';
import { draftFromSaved, type Draft } from './questionnaire-flow';

export interface DraftState {
  /** null while the saved answers a new draft starts from are loading, or when they failed to. */
  draft: Draft | null;
  failed: boolean;
}

/** The answers being edited: the tab's draft, or else a new one starting from the saved answers. */
export function useDraft(): DraftState {
  const stored = useSyncExternalStore(subscribeToDraft, readDraft, () => null);
  const { data, error } = useMyAnswersQuery({ skip: stored !== null, fetchPolicy: 'network-only' });
  if (stored) return { draft: stored, failed: false };
  if (data) return { draft: draftFromSaved(data.myAnswers.answers), failed: false };
  // Never start from nothing when the saved answers could not be read: sending would clear them.
  return { draft: null, failed: Boolean(error) };
}
