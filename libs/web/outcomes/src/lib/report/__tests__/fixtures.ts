import type { OutcomeGroupLike } from '../outcome-rows';

/** The demo's "lower" row, as the API returned it. */
export const LOWER: OutcomeGroupLike = {
  sebGroup: 'lower',
  suppressed: false,
  participants: 289,
  mature: 229,
  progressed: 77,
  rate: 0.33624454148471616,
  ciLow: 0.2782055299112498,
  ciHigh: 0.39968688512367123,
  comparisonMature: 1074,
  comparisonProgressed: 135,
  comparisonRate: 0.12569832402234637,
  pValue: 4.608166286540923e-15,
  metExpectations: 0.7864077669902912,
  sessionsInteresting: 0.8932038834951457,
};

export const WITHHELD: OutcomeGroupLike = { sebGroup: 'professional', suppressed: true };
