/** Counts from 1 to threshold - 1 are withheld; 0 is shown (UK government practice, seb.md). */
export const DISCLOSURE_THRESHOLD = 10;

export function isBelowThreshold(count: number, threshold: number = DISCLOSURE_THRESHOLD): boolean {
  return count > 0 && count < threshold;
}
