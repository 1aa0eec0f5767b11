import { MatchingInputError } from './matching-input-error';
import { DEFAULT_SCORING_WEIGHTS, ScoringWeights } from './scoring-types';

/** Defaults overlaid with a programme's own weights; rejects negative or non-finite ones. */
export function resolveScoringWeights(overrides: Partial<ScoringWeights> = {}): ScoringWeights {
  const weights: ScoringWeights = { ...DEFAULT_SCORING_WEIGHTS, ...overrides };
  for (const [name, value] of Object.entries(weights)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new MatchingInputError(`weights.${name}: expected a finite number ≥ 0, got ${value}`);
    }
  }
  return weights;
}
