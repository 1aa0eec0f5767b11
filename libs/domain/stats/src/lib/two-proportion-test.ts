import { assertPartOf } from './counts';
import { twoSidedNormalPValue } from './normal';

/**
 * Two-sided two-proportion z-test with pooled proportion: the p-value for x1/n1 vs x2/n2,
 * or null when either n is 0 or the pooled proportion is 0 or 1 (no variance to test against).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): number | null {
  assertPartOf('x1', x1, 'n1', n1);
  assertPartOf('x2', x2, 'n2', n2);
  if (n1 === 0 || n2 === 0) return null;
  const successes = x1 + x2;
  const trials = n1 + n2;
  if (successes === 0 || successes === trials) return null;
  const pooled = successes / trials;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return twoSidedNormalPValue((x1 / n1 - x2 / n2) / standardError);
}
