import { assertPartOf } from './counts';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** The two-sided 95% normal quantile used by the outcome report (contracts.md). */
export const Z_95 = 1.959964;

/** Wilson score interval for successes / n; null when n is 0. */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  assertPartOf('successes', successes, 'n', n);
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`z must be finite and > 0, got ${z}`);
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The bounds are exactly 0 and 1 at p = 0 and p = 1; rounding would leave a stray 1e-17.
  return {
    low: successes === 0 ? 0 : centre - halfWidth,
    high: successes === n ? 1 : centre + halfWidth,
  };
}
