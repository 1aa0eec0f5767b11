import { assertPartOf } from './counts';

/** numerator / denominator as a fraction 0..1, or null when the denominator is 0. */
export function rate(numerator: number, denominator: number): number | null {
  assertPartOf('numerator', numerator, 'denominator', denominator);
  return denominator === 0 ? null : numerator / denominator;
}
