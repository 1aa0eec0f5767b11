/** A one-off success message carried to the next page in router state, never in the URL. */
export interface FlashState {
  flash?: string;
}

export function flashFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const { flash } = state as FlashState;
  return typeof flash === 'string' ? flash : null;
}
