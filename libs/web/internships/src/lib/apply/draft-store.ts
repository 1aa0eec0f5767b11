import { useSyncExternalStore } from 'react';
import { EMPTY_DRAFT, type ApplicationDraft } from './apply-flow';

// In memory only: a reload or signing out (a fresh page) forgets what was said about care.
const drafts = new Map<string, ApplicationDraft>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readDraft(intakeId: string): ApplicationDraft {
  return drafts.get(intakeId) ?? EMPTY_DRAFT;
}

export function updateDraft(intakeId: string, changes: Partial<ApplicationDraft>): void {
  drafts.set(intakeId, { ...readDraft(intakeId), ...changes });
  listeners.forEach((listener) => listener());
}

export function clearDraft(intakeId: string): void {
  drafts.delete(intakeId);
  listeners.forEach((listener) => listener());
}

export function useApplicationDraft(intakeId: string): ApplicationDraft {
  return useSyncExternalStore(
    subscribe,
    () => readDraft(intakeId),
    () => EMPTY_DRAFT,
  );
}
