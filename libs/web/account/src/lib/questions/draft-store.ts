import { parseDraft, type Draft } from './questionnaire-flow';

// Only this tab keeps the draft, and only until it is sent, withdrawn or the person signs out.
const STORAGE_KEY = 'pathways.questions.draft';
const listeners = new Set<() => void>();
let cache: { raw: string | null; draft: Draft | null } = { raw: null, draft: null };

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The same object until the stored draft changes, as useSyncExternalStore requires. */
export function readDraft(): Draft | null {
  const raw = storage()?.getItem(STORAGE_KEY) ?? null;
  if (raw !== cache.raw) cache = { raw, draft: parseDraft(raw) };
  return cache.draft;
}

export function writeDraft(draft: Draft): void {
  storage()?.setItem(STORAGE_KEY, JSON.stringify(draft));
  listeners.forEach((listener) => listener());
}

export function clearDraft(): void {
  storage()?.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function subscribeToDraft(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
