import { useSyncExternalStore } from 'react';

export interface DraftStore<T> {
  read: () => T;
  write: (draft: T) => void;
  clear: () => void;
  subscribe: (listener: () => void) => () => void;
}

/**
 * What someone has answered so far in a multi-page form. Kept in memory only, never in
 * storage: signing out reloads the page, so nothing typed (goals, say) outlives the session.
 */
export function createDraftStore<T>(empty: T): DraftStore<T> {
  let current = empty;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    read: () => current,
    write: (draft) => {
      current = draft;
      notify();
    },
    clear: () => {
      current = empty;
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useDraftStore<T>(store: DraftStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.read, store.read);
}
