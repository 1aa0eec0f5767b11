/** Where sign-in sends someone back to: only paths of this app, never another site. */
export function safeReturnPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string') return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return fallback;
  }
  if (candidate === '/sign-in' || candidate === '/sign-up' || candidate === '/signed-out') {
    return fallback;
  }
  return candidate;
}

export interface ReturnState {
  from?: string;
}

export function returnPathFrom(state: unknown, fallback: string): string {
  const from =
    typeof state === 'object' && state !== null ? (state as ReturnState).from : undefined;
  return safeReturnPath(from, fallback);
}
